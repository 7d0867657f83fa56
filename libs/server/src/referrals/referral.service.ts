import { Injectable } from '@nestjs/common';
import type { Actor, FamilyActor } from '@childfirst/domain/access';
import { clockState, computeDeadline, englandAndWalesCalendar, getClockRule, type Deadline } from '@childfirst/domain/clocks';
import { DomainError } from '@childfirst/domain/errors';
import {
  describeReferralForFamily,
  referralSources,
  triageOutcomeLabels,
  type FamilyHelpRequest,
  type HelpRequestSubmission,
  type ReferralDetail,
  type ReferralStatus,
  type TriageDecision,
  type TriageQueueItem,
} from '@childfirst/domain/referrals';
import { referralTriageWorkflowId } from '@childfirst/workflows/referrals';
import { AuditService, type AuditContext } from '../audit/audit.service';
import type { StatutoryDeadlineEntity } from '../clocks/statutory-deadline.entity';
import { FamilyAccountRepository } from '../people/family-account.repository';
import { ReferralEntity } from './referral.entity';
import { referralIdFor, submissionFingerprint } from './referral-identity';
import { ReferralRepository, type DecisionToRecord, type ReferralWithDeadline } from './referral.repository';
import { ReferralWorkflows } from './referral-workflows';

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
    private readonly workflows: ReferralWorkflows,
    private readonly families: FamilyAccountRepository,
    private readonly audit: AuditService,
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
    const id = referralIdFor(actor.subject, idempotencyKey);
    const fingerprint = submissionFingerprint(submission);
    const rule = getClockRule('referral.decision');
    const deadline = computeDeadline(rule, context.now, englandAndWalesCalendar);

    const { referral, created } = await this.referrals.transaction(async (manager) => {
      const candidate = Object.assign(new ReferralEntity(), {
        id,
        familyId: actor.familyId,
        source: 'family-self',
        whatIsHappening: submission.whatIsHappening,
        helpWanted: submission.helpWanted ?? null,
        preferredContact: submission.preferredContact,
        contactPhone: submission.contactPhone ?? null,
        status: 'awaiting-decision',
        receivedAt: context.now,
        submittedBySubject: actor.subject,
        idempotencyKey,
        submissionFingerprint: fingerprint,
        workflowId: referralTriageWorkflowId(id),
        outcome: null,
        decisionReason: null,
        decidedAt: null,
        decidedBySubject: null,
        decidedByName: null,
        version: 1,
      } satisfies Omit<ReferralEntity, 'createdAt' | 'updatedAt' | 'family'>);
      const inserted = await this.referrals.insertIfAbsent(
        candidate,
        {
          startEvent: rule.startsAt,
          startedAt: deadline.startedAt,
          dueAt: deadline.dueAt,
          escalateAt: deadline.escalateAt ?? null,
          escalatedAt: null,
          overdueRecordedAt: null,
          metAt: null,
          missedReason: null,
        },
        manager,
      );
      const stored = inserted ? candidate : await this.referrals.findById(id, manager);
      if (!stored) throw new Error(`Referral ${id} vanished inside its own transaction`);
      if (stored.submissionFingerprint !== fingerprint) {
        throw new DomainError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for a different request. Start a new form to send another request.',
        );
      }
      await this.audit.record(this.auditContext(actor, context), [
        { action: inserted ? 'create' : 'read', resourceType: 'referral', resourceId: id, familyId: actor.familyId, purpose: context.purpose },
      ], manager);
      if (inserted) {
        await this.referrals.addToFamilyChronology(
          { familyId: actor.familyId, occurredAt: context.now, eventType: 'referral-received', summary: 'The family asked for help through the family portal.', sourceRef: `referral:${id}:received` },
          manager,
        );
      }
      return { referral: stored, created: inserted };
    });

    const stored = await this.referrals.findWithDeadline(referral.id);
    if (!stored) throw notFound();
    // Started after commit, so the workflow never sees a referral that might roll back; a failure
    // here is answered 503 and the client's retry (same key) starts it.
    await this.workflows.startTriage({
      referralId: referral.id,
      decisionEscalatesAt: (stored.deadline.escalateAt ?? stored.deadline.dueAt).toISOString(),
      decisionDueAt: stored.deadline.dueAt.toISOString(),
    });
    return { request: this.toFamilyView(stored), created };
  }

  async listFamilyHelpRequests(actor: FamilyActor, context: RequestContext): Promise<FamilyHelpRequest[]> {
    const rows = await this.referrals.listForFamily(actor.familyId);
    await this.audit.record(
      this.auditContext(actor, context),
      rows.map(({ referral }) => ({ action: 'read' as const, resourceType: 'referral', resourceId: referral.id, familyId: referral.familyId, purpose: context.purpose })),
    );
    return rows.map((row) => this.toFamilyView(row));
  }

  async listTriageQueue(actor: Actor, status: ReferralStatus, context: RequestContext): Promise<TriageQueueItem[]> {
    const rows = await this.referrals.listByStatus(status);
    const familyNames = await this.families.findFamilyNames(rows.flatMap(({ referral }) => (referral.familyId ? [referral.familyId] : [])));
    await this.audit.record(
      this.auditContext(actor, context),
      rows.map(({ referral }) => ({ action: 'read' as const, resourceType: 'referral', resourceId: referral.id, familyId: referral.familyId, purpose: context.purpose })),
    );
    const items = rows.map((row) => this.toQueueItem(row, familyNames, context.now));
    return status === 'awaiting-decision' ? items.sort((a, b) => a.decisionDueAt.localeCompare(b.decisionDueAt)) : items;
  }

  async getReferral(actor: Actor, id: string, context: RequestContext): Promise<ReferralDetail> {
    const row = await this.referrals.findWithDeadline(id);
    if (!row) throw notFound();
    await this.audit.record(this.auditContext(actor, context), [
      { action: 'read', resourceType: 'referral', resourceId: id, familyId: row.referral.familyId, purpose: context.purpose },
    ]);
    const familyNames = await this.families.findFamilyNames(row.referral.familyId ? [row.referral.familyId] : []);
    return this.toDetail(row, familyNames, context.now);
  }

  /** Hands the decision to the triage workflow, which records it through an idempotent activity. */
  async decideReferral(actor: Actor, id: string, decision: TriageDecision, expectedVersion: number | null, context: RequestContext): Promise<ReferralDetail> {
    const current = await this.referrals.findById(id);
    if (!current) throw notFound();
    if (current.status === 'decided') throw new DomainError('REFERRAL_ALREADY_DECIDED', `This referral was already decided by ${current.decidedByName ?? 'someone else'}.`);
    const version = expectedVersion ?? current.version;
    if (version !== current.version) {
      throw new DomainError('REFERRAL_CHANGED_SINCE_VIEWED', 'This referral changed since you opened it. Reload the page to see the latest version, then decide again.');
    }
    await this.workflows.decide(id, {
      outcome: decision.outcome,
      reason: decision.reason,
      decidedBySubject: actor.subject,
      decidedByName: actor.displayName,
      decidedAt: context.now.toISOString(),
      expectedVersion: version,
    });
    return this.getReferral(actor, id, context);
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
    const status = describeReferralForFamily(referral.status, referral.outcome);
    return {
      id: referral.id,
      receivedAt: referral.receivedAt.toISOString(),
      whatIsHappening: referral.whatIsHappening,
      status: referral.status,
      statusHeading: status.heading,
      statusDetail: status.detail,
      decisionDueAt: deadline.dueAt.toISOString(),
      decidedAt: referral.decidedAt?.toISOString() ?? null,
    };
  }

  private toQueueItem({ referral, deadline }: ReferralWithDeadline, familyNames: Map<string, string>, now: Date): TriageQueueItem {
    return {
      id: referral.id,
      receivedAt: referral.receivedAt.toISOString(),
      source: referral.source,
      sourceLabel: referralSources[referral.source].label,
      familyName: referral.familyId ? (familyNames.get(referral.familyId) ?? null) : null,
      summary: summarise(referral.whatIsHappening),
      status: referral.status,
      decisionDueAt: deadline.dueAt.toISOString(),
      decisionEscalatesAt: (deadline.escalateAt ?? deadline.dueAt).toISOString(),
      clockState: clockState(toDeadline(deadline), now, deadline.metAt ?? undefined),
    };
  }

  private toDetail(row: ReferralWithDeadline, familyNames: Map<string, string>, now: Date): ReferralDetail {
    const { referral, deadline } = row;
    return {
      ...this.toQueueItem(row, familyNames, now),
      whatIsHappening: referral.whatIsHappening,
      helpWanted: referral.helpWanted,
      preferredContact: referral.preferredContact,
      contactPhone: referral.contactPhone,
      outcome: referral.outcome,
      outcomeLabel: referral.outcome ? triageOutcomeLabels[referral.outcome] : null,
      decisionReason: referral.decisionReason,
      decidedAt: referral.decidedAt?.toISOString() ?? null,
      decidedBy: referral.decidedByName,
      escalatedAt: deadline.escalatedAt?.toISOString() ?? null,
      version: referral.version,
    };
  }
}

function toDeadline(entity: StatutoryDeadlineEntity): Deadline {
  return { ruleId: entity.ruleId, startedAt: entity.startedAt, dueAt: entity.dueAt, ...(entity.escalateAt ? { escalateAt: entity.escalateAt } : {}) };
}

function summarise(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 137).trimEnd()}…`;
}
