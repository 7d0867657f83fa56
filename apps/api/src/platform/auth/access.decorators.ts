import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor, Capability, FamilyActor } from '@childfirst/domain/access';
import type { FastifyRequest } from 'fastify';
import type { PortalAccount } from '@childfirst/server';

export const PUBLIC_ROUTE = 'childfirst:public-route';
export const REQUIRED_CAPABILITY = 'childfirst:required-capability';
export const ALLOW_UNLINKED = 'childfirst:allow-unlinked-family-account';

/** A family route a signed-in account may use before it is linked to a family (who am I, link me). */
export const AllowUnlinked = () => SetMetadata(ALLOW_UNLINKED, true);

/** No sign-in needed (health checks, API documents). Everything else requires a verified token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The role-level gate for a route; record-level rules are the service's policy. */
export const RequireCapability = (capability: Capability) => SetMetadata(REQUIRED_CAPABILITY, capability);

export interface AuthenticatedRequest extends FastifyRequest {
  actor?: Actor;
  familyActor?: FamilyActor;
  portalAccount?: PortalAccount;
}

/** The linked family portal account (family, person, parent or young person) behind a family route. */
export const CurrentPortalAccount = createParamDecorator((_: unknown, context: ExecutionContext): PortalAccount => {
  const account = context.switchToHttp().getRequest<AuthenticatedRequest>().portalAccount;
  if (!account) throw new Error('CurrentPortalAccount used outside the family portal surface, or on an unlinked route');
  return account;
});

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

export const CurrentFamilyActor = createParamDecorator((_: unknown, context: ExecutionContext): FamilyActor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().familyActor;
  if (!actor) throw new Error('CurrentFamilyActor used outside the family portal surface');
  return actor;
});
