import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { computeDeadline, englandAndWalesCalendar, getClockRule } from '@childfirst/domain/clocks';
import { DomainError } from '@childfirst/domain/errors';
import {
  agencyOfSource,
  evaluatePreventionRule,
  isReReferral,
  ragRatings,
  triageOutcomeConsequences,
  triageOutcomeForFamily,
  triageOutcomeForFamilyAboutOthersReferral,
  triageOutcomeLabels,
  type PreventionSignal,
  type ReferralIntakeChannel,
  type ReferralSource,
  type TriageOutcome,
} from '@childfirst/domain/referrals';
import type {
  AnswerInformationRequestArgs,
  AssessmentInput,
  FrontDoorDecisionArgs,
  GatherInformationArgs,
  GatherInformationResult,
  InformationRequestTicket,
  ScreeningResult,
} from '@childfirst/workflows/referrals';
import { AuditService } from '../audit/audit.service';
import { FAMILY_NEW_MESSAGE_NOTICE, postFamilyNotice } from '../portal/family-notice';
import { SERVER_CONFIG, type ServerConfig } from '../config';
import { PractitionerRepository } from '../agencies/practitioner.repository';
import { Mailer } from './mailer';
import { ReferralRepository } from './referral.repository';

const REQUEST_ID_NAMESPACE = '3d9e4c1b-2a7f-4e8d-b6c5-1f0a9e8d7c6b';
const ALERT_ID_NAMESPACE = '7e2d5b8a-4c1f-4a9e-8d3b-6f5e4d3c2b1a';
const NOTIFICATION_ID_NAMESPACE = 'b8c7d6e5-f4a3-4b2c-9d1e-0f9e8d7c6b5a';
const FAMILY_ID_NAMESPACE = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
const CASE_ID_NAMESPACE = 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a';

export const informationRequestIdFor = (referralId: string, agency: string) => uuidv5(`${referralId}:${agency}`, REQUEST_ID_NAMESPACE);

interface ReferralFacts {
  id: string;
  familyId: string | null;
  source: ReferralSource;
  receivedAt: Date;
  status: string;
  version: number;
  rag: string | null;
  ragSetAt: Date | null;
  outcome: TriageOutcome | null;
  decisionReason: string | null;
  keyWorkerPractitionerId: string | null;
  signpostServices: string | null;
  referrer: { name?: string | null; email?: string | null } | null;
  assignedToPractitionerId: string | null;
  intakeChannel: ReferralIntakeChannel;
  submittedBySubject: string;
  decidedBySubject: string | null;
}

/**
 * What the front door workflow's activities do, against PostgreSQL. Each is idempotent: ids derive
 * from what they are about (UUID v5), inserts say ON CONFLICT DO NOTHING, updates set a value only
 * once, and a repeated call finds its own earlier work and returns the same answer. So a worker
 * killed mid-activity and retried leaves one of everything.
 */
@Injectable()
export class FrontDoorActivitiesService {
  private readonly logger = new Logger(FrontDoorActivitiesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
    private readonly practitioners: PractitionerRepository,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  private async facts(referralId: string, manager: EntityManager | DataSource = this.dataSource, lock = false): Promise<ReferralFacts> {
    const [row] = await manager.query(
      `SELECT id, family_id AS "familyId", source, received_at AS "receivedAt", status, version, rag, rag_set_at AS "ragSetAt", outcome, decision_reason AS "decisionReason",
              key_worker_practitioner_id AS "keyWorkerPractitionerId", signpost_services AS "signpostServices", referrer, assigned_to_practitioner_id AS "assignedToPractitionerId",
              intake_channel AS "intakeChannel", submitted_by_subject AS "submittedBySubject", decided_by_subject AS "decidedBySubject"
         FROM referrals.referral WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [referralId],
    );
    if (!row) throw new DomainError('REFERRAL_NOT_FOUND', `Referral ${referralId} does not exist.`);
    return row;
  }

  /** Queues a message once (its id derives from what it is about) and tries to deliver what is pending. */
  private async notify(manager: EntityManager, referralId: string | null, kind: string, recipient: string, subject: string, body: string): Promise<void> {
    await manager.query(
      `INSERT INTO referrals.notification (id, referral_id, kind, recipient, subject, body) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [uuidv5(`${referralId}:${kind}:${recipient}`, NOTIFICATION_ID_NAMESPACE), referralId, kind, recipient, subject, body],
    );
  }

  /** Sends pending emails for a referral; each is marked sent once delivered (at-least-once delivery, one row per message). */
  async deliverPending(referralId: string): Promise<void> {
    const pending: { id: string; recipient: string; subject: string; body: string }[] = await this.dataSource.query(
      `SELECT id, recipient, subject, body FROM referrals.notification WHERE referral_id = $1 AND sent_at IS NULL AND recipient LIKE '%@%' ORDER BY created_at`,
      [referralId],
    );
    for (const mail of pending) {
      await this.mailer.send({ to: mail.recipient, subject: mail.subject, text: mail.body });
      await this.dataSource.query(`UPDATE referrals.notification SET sent_at = now() WHERE id = $1 AND sent_at IS NULL`, [mail.id]);
    }
  }

  private reference(referralId: string): string {
    return referralId.slice(0, 8).toUpperCase();
  }

  async acknowledgeReferral(referralId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.facts(referralId, manager, true);
      await manager.query(`UPDATE referrals.referral SET acknowledged_at = COALESCE(acknowledged_at, now()) WHERE id = $1`, [referralId]);
      if (referral.referrer?.email) {
        await this.notify(manager, referralId, 'acknowledgement', referral.referrer.email, `Referral received: ${this.reference(referralId)}`, acknowledgementFor(referral, this.reference(referralId)));
      }
    });
    await this.deliverPending(referralId);
  }

  /**
   * Links referrals about the same child, flags a re-referral within 12 months, and applies the
   * prevention rule (thresholds from configuration) to every matched child.
   */
  async screenReferral(referralId: string): Promise<ScreeningResult> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.facts(referralId, manager, true);
      const personIds: string[] = (await manager.query(`SELECT DISTINCT person_id AS id FROM referrals.referral_subject WHERE referral_id = $1 AND person_id IS NOT NULL`, [referralId])).map(
        (r: { id: string }) => r.id,
      );
      if (personIds.length === 0) return { reReferralOf: null, linkedReferralIds: [], preventionAlerts: 0 };
      const others: { id: string; receivedAt: Date; source: ReferralSource; personId: string; belowThreshold: boolean }[] = await manager.query(
        `SELECT DISTINCT r.id, r.received_at AS "receivedAt", r.source, s.person_id AS "personId", (r.outcome IN ('no-further-action', 'signpost-universal-services')) IS TRUE AS "belowThreshold"
           FROM referrals.referral_subject s JOIN referrals.referral r ON r.id = s.referral_id
          WHERE s.person_id = ANY($1::uuid[]) AND r.id <> $2 AND r.received_at <= $3 AND r.received_at > $3 - interval '13 months'`,
        [personIds, referralId, referral.receivedAt],
      );
      const linked = [...new Set(others.map((o) => o.id))];
      for (const relatedId of linked) {
        await manager.query(
          `INSERT INTO referrals.referral_link (referral_id, related_referral_id, reason) VALUES ($1, $2, 'same-child'), ($2, $1, 'same-child') ON CONFLICT DO NOTHING`,
          [referralId, relatedId],
        );
      }
      const previous = isReReferral(referral.receivedAt.toISOString(), others.map((o) => o.receivedAt.toISOString()));
      const reReferralOf = previous ? (others.find((o) => o.receivedAt.toISOString() === previous)?.id ?? null) : null;
      if (reReferralOf) await manager.query(`UPDATE referrals.referral SET re_referral_of_id = COALESCE(re_referral_of_id, $2) WHERE id = $1`, [referralId, reReferralOf]);

      const signals: PreventionSignal[] = [];
      for (const personId of personIds) {
        const own = agencyOfSource(referral.source);
        if (own) signals.push({ personId, agency: own, receivedAt: referral.receivedAt.toISOString(), referralId, belowThreshold: false });
      }
      for (const other of others) {
        const agency = agencyOfSource(other.source);
        if (agency) signals.push({ personId: other.personId, agency, receivedAt: other.receivedAt.toISOString(), referralId: other.id, belowThreshold: other.belowThreshold });
      }
      const config = { windowDays: this.config.PREVENTION_WINDOW_DAYS, minimumDistinctAgencies: this.config.PREVENTION_MINIMUM_AGENCIES, minimumConcerns: this.config.PREVENTION_MINIMUM_CONCERNS };
      const alerts = evaluatePreventionRule(signals, config, referral.receivedAt.toISOString());
      for (const alert of alerts) {
        const referralIds = [...alert.signalIds].sort();
        await manager.query(
          `INSERT INTO referrals.prevention_alert (id, person_id, agencies, referral_ids, first_at, last_at, window_days, raised_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())
           ON CONFLICT (id) DO NOTHING`,
          [uuidv5(`${alert.personId}:${referralIds.join(',')}`, ALERT_ID_NAMESPACE), alert.personId, alert.agencies, referralIds, alert.firstAt, alert.lastAt, alert.windowDays],
        );
      }
      return { reReferralOf, linkedReferralIds: linked, preventionAlerts: alerts.length };
    });
  }

  /** Sets the priority and creates one request per agency (asked once), with the RAG clock from when the person acted. */
  async recordInformationGathering(input: GatherInformationArgs & { referralId: string }): Promise<GatherInformationResult> {
    const at = new Date(input.at);
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.facts(input.referralId, manager, true);
      const alreadyApplied = referral.ragSetAt?.getTime() === at.getTime() && referral.rag === input.rag && referral.version === input.expectedVersion + 1;
      if (!alreadyApplied) {
        if (referral.status !== 'awaiting-decision') throw new DomainError('REFERRAL_ALREADY_DECIDED', 'This referral has already been decided.');
        if (referral.version !== input.expectedVersion) throw new DomainError('REFERRAL_CHANGED_SINCE_VIEWED', 'This referral changed since you opened it. Reload the page, then try again.');
        await manager.query(`UPDATE referrals.referral SET rag = $2, rag_set_at = $3, version = version + 1, updated_at = now() WHERE id = $1`, [input.referralId, input.rag, at]);
        await this.audit.record({ actor: { subject: input.bySubject, displayName: input.byName }, requestId: null, at }, [
          { action: 'update', resourceType: 'referral', resourceId: input.referralId, familyId: referral.familyId, purpose: `priority set to ${input.rag}; ${input.requests.length} agencies asked` },
        ], manager);
      }
      const rule = getClockRule(ragRatings[input.rag].clockRuleId);
      const deadline = computeDeadline(rule, at, englandAndWalesCalendar);
      const tickets: InformationRequestTicket[] = [];
      for (const request of input.requests) {
        const id = informationRequestIdFor(input.referralId, request.agency);
        await manager.query(
          `INSERT INTO referrals.information_request (id, referral_id, agency, question, requested_at, requested_by, due_at, escalate_at, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'requested') ON CONFLICT (id) DO NOTHING`,
          [id, input.referralId, request.agency, request.question, at, input.byName, deadline.dueAt, deadline.escalateAt ?? deadline.dueAt],
        );
        const [stored] = await manager.query(`SELECT due_at AS "dueAt", escalate_at AS "escalateAt", status FROM referrals.information_request WHERE id = $1`, [id]);
        if (stored.status === 'requested' || stored.status === 'overdue') tickets.push({ id, agency: request.agency, dueAt: stored.dueAt.toISOString(), escalateAt: stored.escalateAt.toISOString() });
      }
      return { version: input.expectedVersion + 1, requests: tickets };
    });
  }

  async recordInformationResponse(input: AnswerInformationRequestArgs & { referralId: string }): Promise<void> {
    const at = new Date(input.at);
    await this.dataSource.transaction(async (manager) => {
      const [request] = await manager.query(`SELECT status, answered_at AS "answeredAt" FROM referrals.information_request WHERE id = $1 AND referral_id = $2 FOR UPDATE`, [input.requestId, input.referralId]);
      if (!request) throw new DomainError('INFORMATION_REQUEST_NOT_FOUND', 'There is no such information request.');
      if (request.status === 'answered' && request.answeredAt?.getTime() === at.getTime()) return; // a retry of this same answer
      if (request.status !== 'requested' && request.status !== 'overdue') throw new DomainError('INFORMATION_REQUEST_NOT_OPEN', 'This information request is no longer open.');
      await manager.query(`UPDATE referrals.information_request SET status = 'answered', answered_at = $2, answered_by = $3, response = $4 WHERE id = $1`, [input.requestId, at, input.byName, input.response]);
      await this.audit.record({ actor: { subject: input.bySubject, displayName: input.byName }, requestId: null, at }, [
        { action: 'update', resourceType: 'information-request', resourceId: input.requestId, familyId: null, purpose: 'agency answered the front door' },
      ], manager);
    });
  }

  async chaseInformationRequest(requestId: string, at: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [request] = await manager.query(
        `UPDATE referrals.information_request SET chased_at = COALESCE(chased_at, $2) WHERE id = $1 AND status = 'requested' RETURNING referral_id AS "referralId", agency, due_at AS "dueAt"`,
        [requestId, at],
      );
      const row = request?.[0];
      if (row) await this.notify(manager, row.referralId, `request-chased:${row.agency}`, `agency:${row.agency}`, 'Reminder: the front door needs your answer', `An information request for your agency is due at ${row.dueAt.toISOString()}.`);
    });
  }

  async escalateInformationRequest(requestId: string, at: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [request] = await manager.query(
        `UPDATE referrals.information_request SET status = 'overdue', escalated_at = COALESCE(escalated_at, $2) WHERE id = $1 AND status IN ('requested', 'overdue') RETURNING referral_id AS "referralId", agency`,
        [requestId, at],
      );
      const row = request?.[0];
      if (row) await this.notify(manager, row.referralId, `request-overdue:${row.agency}`, `manager:${row.agency}`, 'Overdue: an information request for the front door', `Your agency has not answered the front door's question on time. Please ask the team to answer it now.`);
    });
  }

  async cancelOpenInformationRequests(referralId: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE referrals.information_request SET status = 'cancelled', cancelled_at = COALESCE(cancelled_at, $2) WHERE referral_id = $1 AND status IN ('requested', 'overdue')`, [referralId, at]);
  }

  /** Records the decision once; outcomes that open a case need the child matched to a record, and early help a key worker. */
  async recordFrontDoorDecision(input: FrontDoorDecisionArgs & { referralId: string }): Promise<{ version: number }> {
    const decidedAt = new Date(input.at);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.facts(input.referralId, manager, true);
      if (current.status === 'decided') {
        if (current.outcome === input.outcome && current.version === input.expectedVersion + 1) return { version: current.version }; // a retry
        throw new DomainError('REFERRAL_ALREADY_DECIDED', 'This referral has already been decided.');
      }
      if (current.version !== input.expectedVersion) throw new DomainError('REFERRAL_CHANGED_SINCE_VIEWED', 'This referral changed since you opened it. Reload the page to see the latest version, then decide again.');
      if (['early-help', 'child-and-family-assessment', 'strategy-discussion'].includes(input.outcome)) {
        const [matched] = await manager.query(`SELECT count(*)::int AS n FROM referrals.referral_subject WHERE referral_id = $1 AND person_id IS NOT NULL`, [input.referralId]);
        if (matched.n === 0) {
          throw new DomainError('REFERRAL_SUBJECT_UNMATCHED', `Find the child’s record (or add it) and match it to the referral before deciding on ${triageOutcomeLabels[input.outcome].toLowerCase()}.`);
        }
      }
      if (input.keyWorkerPractitionerId && !(await this.practitioners.findById(input.keyWorkerPractitionerId))) {
        throw new DomainError('PRACTITIONER_NOT_FOUND', 'There is no practitioner with that id. Choose the key worker from the list.');
      }
      const version = await this.referrals.recordDecision(
        { referralId: input.referralId, outcome: input.outcome, reason: input.reason, decidedAt, decidedBySubject: input.bySubject, decidedByName: input.byName, expectedVersion: input.expectedVersion },
        manager,
      );
      if (version === null) throw new DomainError('REFERRAL_CHANGED_SINCE_VIEWED', 'This referral changed since you opened it.');
      await manager.query(`UPDATE referrals.referral SET key_worker_practitioner_id = $2, signpost_services = $3 WHERE id = $1`, [input.referralId, input.keyWorkerPractitionerId ?? null, input.signpostServices ?? null]);
      if (input.lateReason) {
        await manager.query(`UPDATE clocks.statutory_deadline SET missed_reason = COALESCE(missed_reason, $2) WHERE rule_id = 'referral.decision' AND subject_type = 'referral' AND subject_id = $1 AND due_at < $3`, [input.referralId, input.lateReason, decidedAt]);
      }
      await this.referrals.addToFamilyChronology(
        { familyId: current.familyId, occurredAt: decidedAt, eventType: 'referral-decided', summary: `Front door decision: ${triageOutcomeLabels[input.outcome]}.`, sourceRef: `referral:${input.referralId}:decided` },
        manager,
      );
      await this.audit.record({ actor: { subject: input.bySubject, displayName: input.byName }, requestId: null, at: decidedAt }, [
        { action: 'update', resourceType: 'referral', resourceId: input.referralId, familyId: current.familyId, purpose: 'triage decision recorded' },
      ], manager);
      return { version };
    });
  }

  async recordDecisionAtRisk(referralId: string, at: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.referrals.markDeadline(referralId, 'escalated_at', at, manager);
      await this.notify(manager, referralId, 'decision-at-risk', 'manager:front-door', `At risk: referral ${this.reference(referralId)}`, 'The decision on this referral is due soon and has not been made. Please make sure it is decided in time.');
    });
  }

  async recordDecisionOverdue(referralId: string, at: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.referrals.markDeadline(referralId, 'overdue_recorded_at', at, manager);
      await this.notify(manager, referralId, 'decision-overdue', 'manager:front-door', `Overdue: referral ${this.reference(referralId)}`, 'The decision on this referral is overdue. Record the reason it was missed when you decide.');
    });
  }

  /** Early help: the family gets a case (opened if none) with the chosen key worker, and the children an early help status. */
  async allocateKeyWorker(referralId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.facts(referralId, manager, true);
      if (!referral.keyWorkerPractitionerId) return;
      const familyId = referral.familyId ?? (await this.familyForFirstChild(manager, referralId));
      const caseId = uuidv5(familyId, CASE_ID_NAMESPACE);
      await manager.query(
        `INSERT INTO cases.family_case (id, family_id, status, opened_on, version) SELECT $1, $2, 'open', $3::date, 1
          WHERE NOT EXISTS (SELECT 1 FROM cases.family_case WHERE family_id = $2)`,
        [caseId, familyId, referral.receivedAt],
      );
      const [familyCase] = await manager.query(`SELECT id, key_worker_id AS "keyWorkerId" FROM cases.family_case WHERE family_id = $1 FOR UPDATE`, [familyId]);
      if (familyCase.keyWorkerId !== referral.keyWorkerPractitionerId) {
        await manager.query(`UPDATE cases.family_case SET key_worker_id = $2, version = version + 1, updated_at = now() WHERE id = $1`, [familyCase.id, referral.keyWorkerPractitionerId]);
      }
      const keyWorker = await this.practitioners.findById(referral.keyWorkerPractitionerId);
      await manager.query(
        `INSERT INTO cases.chronology_entry (case_id, occurred_at, agency, event_type, summary, significance, source, source_ref)
         VALUES ($1, now(), $2, 'key-worker-changed', $3, 'significant', 'automatic', $4) ON CONFLICT DO NOTHING`,
        [familyCase.id, keyWorker?.agency ?? 'social-care', `Early help: ${keyWorker?.name ?? 'a key worker'} allocated as key worker by the front door.`, `referral:${referralId}:key-worker`],
      );
      await manager.query(
        `INSERT INTO cases.case_status (case_id, person_id, status_type, started_on)
         SELECT $1, s.person_id, 'early-help', now()::date FROM referrals.referral_subject s
          WHERE s.referral_id = $2 AND s.person_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM cases.case_status c WHERE c.person_id = s.person_id AND c.status_type = 'early-help' AND c.ended_on IS NULL)`,
        [familyCase.id, referralId],
      );
    });
  }

  /** A child with no family record gets one (named after them), so the case has somewhere to live. */
  private async familyForFirstChild(manager: EntityManager, referralId: string): Promise<string> {
    const [child] = await manager.query(
      `SELECT p.id, p.family_name AS "familyName" FROM referrals.referral_subject s JOIN people.person p ON p.id = s.person_id WHERE s.referral_id = $1 ORDER BY s.id LIMIT 1`,
      [referralId],
    );
    if (!child) throw new DomainError('REFERRAL_SUBJECT_UNMATCHED', 'No child on this referral is matched to a record.');
    const familyId = uuidv5(child.id, FAMILY_ID_NAMESPACE);
    await manager.query(`INSERT INTO people.family (id, reference, family_name, version) VALUES ($1, $2, $3, 1) ON CONFLICT (id) DO NOTHING`, [familyId, `FD-${familyId.slice(0, 8).toUpperCase()}`, child.familyName]);
    await manager.query(
      `INSERT INTO people.family_member (family_id, person_id, member_role) SELECT $1, $2, 'child' WHERE NOT EXISTS (SELECT 1 FROM people.family_member WHERE family_id = $1 AND person_id = $2)`,
      [familyId, child.id],
    );
    await manager.query(`UPDATE referrals.referral SET family_id = COALESCE(family_id, $2) WHERE id = $1`, [referralId, familyId]);
    return familyId;
  }

  /** The assessment's clock (45 working days from receipt) as data, and its start in the chronology. */
  async prepareAssessment(referralId: string): Promise<AssessmentInput> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.facts(referralId, manager, true);
      const familyId = referral.familyId ?? (await this.familyForFirstChild(manager, referralId));
      const rule = getClockRule('assessment.child-and-family');
      const deadline = computeDeadline(rule, referral.receivedAt, englandAndWalesCalendar);
      await manager.query(
        `INSERT INTO clocks.statutory_deadline (rule_id, subject_type, subject_id, start_event, started_at, due_at, escalate_at) VALUES ($1, 'referral', $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT statutory_deadline_rule_subject DO NOTHING`,
        [rule.id, referralId, rule.startsAt, deadline.startedAt, deadline.dueAt, deadline.escalateAt ?? null],
      );
      await manager.query(
        `INSERT INTO cases.family_case (id, family_id, status, opened_on, version) SELECT $1, $2, 'open', $3::date, 1 WHERE NOT EXISTS (SELECT 1 FROM cases.family_case WHERE family_id = $2)`,
        [uuidv5(familyId, CASE_ID_NAMESPACE), familyId, referral.receivedAt],
      );
      await manager.query(
        `INSERT INTO cases.chronology_entry (case_id, occurred_at, agency, event_type, summary, significance, source, source_ref)
         SELECT c.id, now(), 'social-care', 'assessment-started', $2, 'routine', 'automatic', $3 FROM cases.family_case c WHERE c.family_id = $1 ON CONFLICT DO NOTHING`,
        [familyId, `Child and family assessment started; due by ${deadline.dueAt.toISOString().slice(0, 10)}.`, `referral:${referralId}:assessment-started`],
      );
      const [stored] = await manager.query(`SELECT due_at AS "dueAt", escalate_at AS "escalateAt" FROM clocks.statutory_deadline WHERE rule_id = $1 AND subject_type = 'referral' AND subject_id = $2`, [rule.id, referralId]);
      return { referralId, dueAt: stored.dueAt.toISOString(), escalatesAt: (stored.escalateAt ?? stored.dueAt).toISOString() };
    });
  }

  async recordAssessmentClock(referralId: string, event: 'at-risk' | 'overdue' | 'completed', at: Date): Promise<void> {
    const column = event === 'at-risk' ? 'escalated_at' : event === 'overdue' ? 'overdue_recorded_at' : 'met_at';
    await this.dataSource.query(`UPDATE clocks.statutory_deadline SET ${column} = COALESCE(${column}, $2) WHERE rule_id = 'assessment.child-and-family' AND subject_type = 'referral' AND subject_id = $1`, [referralId, at]);
  }

  /**
   * The outcome's own family message, in the portal (a conversation from children's services): to
   * the account that asked, when the family asked; to the parents and carers otherwise, saying only
   * that someone was worried and what happens now. Each family account it is for gets an e-mail
   * that says only that there is a new message. Once per referral (ids derive from it).
   */
  private async tellFamily(manager: EntityManager, referral: ReferralFacts, toldBy: string | null): Promise<void> {
    if (!referral.familyId || !referral.outcome) return;
    const ownRequest = referral.intakeChannel === 'family-self';
    const body = ownRequest ? triageOutcomeForFamily[referral.outcome] : triageOutcomeForFamilyAboutOthersReferral[referral.outcome];
    const recipients = await postFamilyNotice(manager, {
      familyId: referral.familyId,
      key: `referral-outcome:${referral.id}`,
      subject: ownRequest ? 'Your request for help: what happens next' : 'An update from children’s services',
      body,
      audienceSubject: ownRequest ? referral.submittedBySubject : null,
      senderSubject: referral.decidedBySubject ?? referral.submittedBySubject,
    });
    for (const email of recipients) {
      await this.notify(manager, referral.id, 'outcome-family-notice', email, 'You have a new message from children’s services', FAMILY_NEW_MESSAGE_NOTICE);
    }
    await manager.query(`UPDATE referrals.referral SET family_told_at = COALESCE(family_told_at, now()), family_told_by = COALESCE(family_told_by, $2) WHERE id = $1`, [referral.id, toldBy]);
  }

  /**
   * After a strategy discussion the family is not told automatically; a social worker records when
   * telling them is safe, and only then does the outcome's family message go. Idempotent.
   */
  async tellFamilyAfterStrategyDiscussion(referralId: string, by: { subject: string; displayName: string }, at: Date): Promise<{ familyToldAt: string }> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.facts(referralId, manager, true);
      if (referral.outcome !== 'strategy-discussion') {
        throw new DomainError('RECORD_INVALID', 'Only a strategy discussion decision waits for a social worker to say the family can be told; the family is told of other decisions automatically.');
      }
      if (!referral.familyId) throw new DomainError('REFERRAL_SUBJECT_UNMATCHED', 'Match the child to their family’s record before telling the family.');
      await this.tellFamily(manager, { ...referral, decidedBySubject: by.subject }, by.displayName);
      await this.audit.record({ actor: by, requestId: null, at }, [
        { action: 'update', resourceType: 'referral', resourceId: referralId, familyId: referral.familyId, purpose: 'recorded that telling the family is safe; family message sent' },
      ], manager);
    });
    await this.deliverPending(referralId);
    const [row] = await this.dataSource.query(`SELECT family_told_at AS "familyToldAt" FROM referrals.referral WHERE id = $1`, [referralId]);
    return { familyToldAt: (row.familyToldAt as Date).toISOString() };
  }

  /** The case of the family a referral is about, if it has one (for the access policy). */
  async familyCaseOf(referralId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT c.id FROM referrals.referral r JOIN cases.family_case c ON c.family_id = r.family_id WHERE r.id = $1`, [referralId]);
    return row?.id ?? null;
  }

  async requestStrategyDiscussion(referralId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.facts(referralId, manager, true);
      const familyId = referral.familyId ?? (await this.familyForFirstChild(manager, referralId));
      await manager.query(
        `INSERT INTO cases.family_case (id, family_id, status, opened_on, version) SELECT $1, $2, 'open', $3::date, 1 WHERE NOT EXISTS (SELECT 1 FROM cases.family_case WHERE family_id = $2)`,
        [uuidv5(familyId, CASE_ID_NAMESPACE), familyId, referral.receivedAt],
      );
      await manager.query(
        `INSERT INTO cases.chronology_entry (case_id, occurred_at, agency, event_type, summary, significance, source, source_ref, sensitivity)
         SELECT c.id, now(), 'social-care', 'strategy-discussion', 'The front door asked for a strategy discussion (child protection).', 'significant', 'automatic', $2, 'standard'
           FROM cases.family_case c WHERE c.family_id = $1 ON CONFLICT DO NOTHING`,
        [familyId, `referral:${referralId}:strategy-discussion`],
      );
      await this.notify(manager, referralId, 'strategy-discussion', 'manager:social-care', `Strategy discussion needed: referral ${this.reference(referralId)}`, 'The front door decided a strategy discussion is needed. Convene it today with police and health.');
    });
  }

  /**
   * Tells a professional referrer the outcome (never a member of the public: for the family's
   * privacy), and the family where it is safe (not after a strategy discussion, until a social
   * worker records that it is: tellFamilyAfterStrategyDiscussion).
   */
  async notifyOutcome(referralId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.facts(referralId, manager, true);
      if (!referral.outcome) return;
      const consequence = triageOutcomeConsequences[referral.outcome];
      if (referral.referrer?.email && referrerIsToldOutcome(referral.intakeChannel)) {
        await this.notify(manager, referralId, 'outcome-referrer', referral.referrer.email, `Decision on referral ${this.reference(referralId)}`, consequence.forReferrer);
        await manager.query(`UPDATE referrals.referral SET referrer_told_at = COALESCE(referrer_told_at, now()) WHERE id = $1`, [referralId]);
      }
      if (consequence.tellFamilyAutomatically && referral.familyId) await this.tellFamily(manager, referral, null);
    });
    try {
      await this.deliverPending(referralId);
    } catch (error) {
      // The message stays queued (sent_at null); the activity retries delivery.
      this.logger.warn(`Mail delivery failed for referral ${referralId}: ${(error as Error).message}`);
      throw error;
    }
  }
}

/** Whether the person who referred hears the decision: professionals and partner agencies do; members of the public never do. */
export function referrerIsToldOutcome(channel: ReferralIntakeChannel): boolean {
  return channel !== 'public';
}

/** The acknowledgement e-mail: a member of the public is told, as on the confirmation page, that they will not hear what happens. */
export function acknowledgementFor(referral: { intakeChannel: ReferralIntakeChannel; referrer: { name?: string | null } | null }, reference: string): string {
  const thanks = `Thank you${referral.referrer?.name ? `, ${referral.referrer.name}` : ''}.`;
  if (referrerIsToldOutcome(referral.intakeChannel)) {
    return `${thanks} The front door received your referral (reference ${reference}) and will decide what happens next within one working day. We will tell you the decision.`;
  }
  return (
    `${thanks} We received the concern you reported (reference ${reference}). Our front door team looks at every concern within one working day. ` +
    'We will contact you only if we need to know more. We cannot tell you what happens to the child or their family: this is to protect their privacy. ' +
    'If a child is in immediate danger, call 999.'
  );
}
