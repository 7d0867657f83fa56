import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor, Capability, FamilyActor } from '@childfirst/domain/access';
import type { FastifyRequest } from 'fastify';

export const PUBLIC_ROUTE = 'childfirst:public-route';
export const REQUIRED_CAPABILITY = 'childfirst:required-capability';

/** No sign-in needed (health checks, API documents). Everything else requires a verified token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The role-level gate for a route; record-level rules are the service's policy. */
export const RequireCapability = (capability: Capability) => SetMetadata(REQUIRED_CAPABILITY, capability);

export interface AuthenticatedRequest extends FastifyRequest {
  actor?: Actor;
  familyActor?: FamilyActor;
}

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
