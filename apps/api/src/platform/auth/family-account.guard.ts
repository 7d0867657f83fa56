import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@childfirst/domain/errors';
import { PortalService } from '@childfirst/server';
import { ALLOW_UNLINKED, type AuthenticatedRequest } from './access.decorators';

/**
 * The family surface: only a `family` sign-in linked to a family gets through, and every handler
 * behind it is scoped to that one family (never to an id the caller sends). Routes marked
 * AllowUnlinked (who am I, link my account) also admit a family sign-in not linked yet.
 */
@Injectable()
export class FamilyAccountGuard implements CanActivate {
  constructor(
    private readonly portal: PortalService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = request.actor;
    if (!actor || !actor.roles.includes('family')) {
      throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to use the family portal.');
    }
    const account = await this.portal.findAccount(actor.subject);
    if (!account) {
      if (this.reflector.getAllAndOverride<boolean>(ALLOW_UNLINKED, [context.getHandler(), context.getClass()])) return true;
      throw new DomainError(
        'FAMILY_ACCOUNT_NOT_LINKED',
        'Your account is not linked to a family yet. Your key worker can send you an invitation to link it.',
      );
    }
    request.portalAccount = account;
    request.familyActor = { ...actor, familyId: account.familyId };
    return true;
  }
}
