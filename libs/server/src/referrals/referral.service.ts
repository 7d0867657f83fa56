import { Injectable } from '@nestjs/common';
import type { Actor, FamilyActor } from '@childfirst/domain/access';
import { DomainError } from '@childfirst/domain/errors';
import { draftFromFamily, familyHelpRequestView, triageOutcomeLabels, type FamilyHelpRequest, type HelpRequestSubmission } from '@childfirst/domain/referrals';
import { AuditService, type AuditContext } from '../audit/audit.service';
import { FrontDoorService } from './front-door.service';
import { ReferralRepository, type DecisionToRecord, type ReferralWithDeadline } from './referral.repository';

export interface RequestContext {
  requestId: string | null;
  /** What the caller is doing, for the audit trail (e.g. "GET /staff/referrals/:id"). */
  purpose: string;
  now: Date;
}

const notFound = () => new DomainError('REFERRAL_NOT_FOUND', 'There is no referral with that id, or you do not have access to it.');

@Injectable()
export class ReferralService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditService,
    private readonly frontDoor: FrontDoorService,
  ) {}

  /**
   * A family asks for help. Stored and clocked in one transaction, then the triage workflow is
   * started; a retry with the same Idempotency-Key returns the same referral and starts nothing new.
   */
  async submitFamilyHelpRequest(
    actor: FamilyActor,
    submission: HelpRequestSubmission,
    idempotencyKey: string,
    context: RequestContext,
  ): Promise<{ request: FamilyHelpRequest; created: boolean }> {
    const children: { personId: string }[] = await this.referrals.transaction((manager) =>
      manager.query(`SELECT person_id AS "personId" FROM people.family_member WHERE family_id = $1 AND member_role = 'child' AND left_on IS NULL ORDER BY person_id`, [actor.familyId]),
    );
    const { created, ...stored } = await this.frontDoor.createReferral(
      draftFromFamily(submission, children.map((c) => c.personId)),
      { subject: actor.subject, displayName: actor.displayName },
      idempotencyKey,
      context,
      { familyId: actor.familyId, helpWanted: submission.helpWanted ?? null, preferredContact: submission.preferredContact, contactPhone: submission.contactPhone ?? null },
    );
    return { request: this.toFamilyView(stored), created };
  }

  // --- used by the triage workflow's activities -------------------------------------------

  /** Idempotent: a retry after a recorded decision returns the recorded version. */
  async recordTriageDecision(decision: DecisionToRecord): Promise<{ version: number }> {
    return this.referrals.transaction(async (manager) => {
      const version = await this.referrals.recordDecision(decision, manager);
      if (version !== null) {
        const decided = await this.referrals.findById(decision.referralId, manager);
        await this.referrals.addToFamilyChronology(
          {
            familyId: decided?.familyId ?? null,
            occurredAt: decision.decidedAt,
            eventType: 'referral-decided',
            summary: `Front door decision: ${triageOutcomeLabels[decision.outcome]}.`,
            sourceRef: `referral:${decision.referralId}:decided`,
          },
          manager,
        );
        await this.audit.record(
          { actor: { subject: decision.decidedBySubject, displayName: decision.decidedByName }, requestId: null, at: decision.decidedAt },
          [{ action: 'update', resourceType: 'referral', resourceId: decision.referralId, familyId: null, purpose: 'triage decision recorded' }],
          manager,
        );
        return { version };
      }
      const current = await this.referrals.findById(decision.referralId, manager);
      if (!current) throw notFound();
      const sameDecision =
        current.status === 'decided' &&
        current.outcome === decision.outcome &&
        current.decidedBySubject === decision.decidedBySubject &&
        current.decidedAt?.getTime() === decision.decidedAt.getTime();
      if (sameDecision) return { version: current.version };
      if (current.status === 'decided') throw new DomainError('REFERRAL_ALREADY_DECIDED', `This referral was already decided by ${current.decidedByName ?? 'someone else'}.`);
      throw new DomainError('REFERRAL_CHANGED_SINCE_VIEWED', 'This referral changed since you opened it. Reload the page to see the latest version, then decide again.');
    });
  }

  async recordDecisionAtRisk(referralId: string, at: Date): Promise<void> {
    await this.referrals.markDeadline(referralId, 'escalated_at', at);
  }

  async recordDecisionOverdue(referralId: string, at: Date): Promise<void> {
    await this.referrals.markDeadline(referralId, 'overdue_recorded_at', at);
  }

  // --- views -----------------------------------------------------------------------------

  private auditContext(actor: Pick<Actor, 'subject' | 'displayName'>, context: RequestContext): AuditContext {
    return { actor, requestId: context.requestId, at: context.now };
  }

  private toFamilyView({ referral, deadline }: ReferralWithDeadline): FamilyHelpRequest {
    return familyHelpRequestView({ ...referral, decisionDueAt: deadline.dueAt });
  }
}
