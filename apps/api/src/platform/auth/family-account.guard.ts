import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '@childfirst/domain/errors';
import { FamilyAccountRepository } from '@childfirst/server';
import type { AuthenticatedRequest } from './access.decorators';

/**
 * The family surface: only a `family` sign-in linked to a family gets through, and every handler
 * behind it is scoped to that one family (never to an id the caller sends).
 */
@Injectable()
export class FamilyAccountGuard implements CanActivate {
  constructor(private readonly accounts: FamilyAccountRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = request.actor;
    if (!actor || !actor.roles.includes('family')) {
      throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to use the family portal.');
    }
    const linked = await this.accounts.findLinkedFamily(actor.subject);
    if (!linked) {
      throw new DomainError(
        'FAMILY_ACCOUNT_NOT_LINKED',
        'Your account is not linked to a family yet. Your key worker can send you an invitation to link it.',
      );
    }
    request.familyActor = { ...actor, familyId: linked.familyId };
    return true;
  }
}
