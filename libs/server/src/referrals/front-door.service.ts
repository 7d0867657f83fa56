import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { hasCapability, type Actor } from '@childfirst/domain/access';
import { agencies } from '@childfirst/domain/agencies';
import { clockState, computeDeadline, englandAndWalesCalendar, getClockRule } from '@childfirst/domain/clocks';
import { DomainError } from '@childfirst/domain/errors';
import {
  concernCategories,
  consentNotSoughtReasons,
  informationRequestState,
  intakeConsentStatuses,
  publicReporterRelationships,
  ragRatings,
  referralIntakeChannels,
  referralSources,
  referralUrgencies,
  triageOutcomeLabels,
  type ConcernCategory,
  type FrontDoorQueueItem,
  type FrontDoorReferral,
  type InformationRequestView,
  type InitialDecision,
  type InformationResponse,
  type PreventionAlertView,
  type RagRating,
  type ReferralDraft,
  type ReferralIntakeChannel,
  type ReferralSource,
  type TriageDecisionV2,
  type TriageQueueFilter,
} from '@childfirst/domain/referrals';
import { referralTriageWorkflowId } from '@childfirst/workflows/referrals';
import { AuditService } from '../audit/audit.service';
import { labelOf } from '../cases/code-labels';
import { PractitionerRepository } from '../agencies/practitioner.repository';
import { ReferralEntity } from './referral.entity';
import { referralIdFor, submissionFingerprint } from './referral-identity';
import { ReferralRepository, type ReferralWithDeadline } from './referral.repository';
import type { RequestContext } from './referral.service';
import { ReferralWorkflows } from './referral-workflows';

const SUBJECT_ID_NAMESPACE = 'a4b1c0d2-8e7f-4a6b-9c5d-3e2f1a0b9c8d';
/** Submissions from the public have no sign-in: their Idempotency-Keys share this submitter. */
export const PUBLIC_SUBMITTER = '00000000-0000-4000-8000-00000000feed';

const notFound = () => new DomainError('REFERRAL_NOT_FOUND', 'There is no referral with that id, or you do not have access to it.');
const changed = () => new DomainError('REFERRAL_CHANGED_SINCE_VIEWED', 'This referral changed since you opened it. Reload the page to see the latest version, then try again.');
const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

export interface Submitter {
  subject: string;
  displayName: string;
}

/** Extra fields only a family's own request for help carries. */
export interface FamilyRequestExtras {
  familyId: string;
  helpWanted: string | null;
  preferredContact: 'phone' | 'email' | 'portal-message';
  contactPhone: string | null;
}

/**
 * The front door (PRODUCT.md, "Referral"): one way in for every source, one queue, one referral
 * page with every agency's answer, and the commands that move a referral on, each through the
 * referral's workflow so timers, tasks and notifications follow from one place.
 */
@Injectable()
export class FrontDoorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
    private readonly workflows: ReferralWorkflows,
    private readonly practitioners: PractitionerRepository,
    private readonly audit: AuditService,
  ) {}

  // ─── Intake ────────────────────────────────────────────────────────────────────────────────────

  /**
   * Records a referral from any source, with its decision clock, subjects and chronology entry, in
   * one transaction; then starts its workflow. The same submitter and Idempotency-Key always reach
   * the same referral; the same key with a different body is refused.
   */
  async createReferral(draft: ReferralDraft, submitter: Submitter, idempotencyKey: string, context: RequestContext, family?: FamilyRequestExtras): Promise<ReferralWithDeadline & { created: boolean }> {
    const id = referralIdFor(submitter.subject, idempotencyKey);
    const fingerprint = submissionFingerprint({ draft, family: family ?? null });
    const rule = getClockRule('referral.decision');
    const deadline = computeDeadline(rule, context.now, englandAndWalesCalendar);
    const knownIds = draft.subjects.flatMap((s) => (s.kind === 'known' ? [s.personId] : []));

    const result = await this.referrals.transaction(async (manager) => {
      const known: { id: string; familyId: string | null }[] = knownIds.length
        ? await manager.query(
            `SELECT p.id, (SELECT m.family_id FROM people.family_member m WHERE m.person_id = p.id AND m.left_on IS NULL ORDER BY m.family_id LIMIT 1) AS "familyId"
               FROM people.person p WHERE p.id = ANY($1::uuid[]) AND p.merged_into_id IS NULL`,
            [knownIds],
          )
        : [];
      if (known.length !== new Set(knownIds).size) {
        throw new DomainError('REFERRAL_INVALID', 'One of the children is not a current person record. Search for them again, or describe them instead.', {
          errors: [{ path: 'subjects', message: 'Choose each child from the search results, or describe them instead' }],
        });
      }
      const familyId = family?.familyId ?? known.find((k) => k.familyId)?.familyId ?? null;
      const candidate = Object.assign(new ReferralEntity(), {
        id,
        familyId,
        source: draft.source,
        whatIsHappening: draft.description,
        helpWanted: family?.helpWanted ?? null,
        preferredContact: family?.preferredContact ?? null,
        contactPhone: family?.contactPhone ?? null,
        status: 'awaiting-decision' as const,
        receivedAt: context.now,
        submittedBySubject: submitter.subject,
        idempotencyKey,
        submissionFingerprint: fingerprint,
        workflowId: referralTriageWorkflowId(id),
        outcome: null,
        decisionReason: null,
        decidedAt: null,
        decidedBySubject: null,
        decidedByName: null,
        workflowType: 'frontDoorReferralWorkflow',
        intakeChannel: draft.channel,
        concerns: draft.concerns,
        urgency: draft.urgency,
        intakeConsent: draft.consent,
        referrer: draft.referrer,
        externalReference: draft.externalReference,
        rag: null,
        ragSetAt: null,
        acknowledgedAt: null,
        reReferralOfId: null,
        assignedToPractitionerId: null,
        keyWorkerPractitionerId: null,
        signpostServices: null,
        referrerToldAt: null,
        familyToldAt: null,
        familyToldBy: null,
        version: 1,
      } satisfies Omit<ReferralEntity, 'createdAt' | 'updatedAt' | 'family'>);
      const inserted = await this.referrals.insertIfAbsent(
        candidate,
        { startEvent: rule.startsAt, startedAt: deadline.startedAt, dueAt: deadline.dueAt, escalateAt: deadline.escalateAt ?? null, escalatedAt: null, overdueRecordedAt: null, metAt: null, missedReason: null, pauses: [] },
        manager,
      );
      const stored = inserted ? candidate : await this.referrals.findById(id, manager);
      if (!stored) throw new Error(`Referral ${id} vanished inside its own transaction`);
      if (stored.submissionFingerprint !== fingerprint) {
        throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different referral. Start a new form to make another referral.');
      }
      if (inserted) {
        for (const [index, subject] of draft.subjects.entries()) {
          const known = subject.kind === 'known';
          const { kind: _kind, ...details } = subject;
          await manager.query(
            `INSERT INTO referrals.referral_subject (id, referral_id, person_id, details, matched_at, matched_by) VALUES ($1, $2, $3, $4, $5, $6)`,
            [uuidv5(`${id}:${index}`, SUBJECT_ID_NAMESPACE), id, known ? subject.personId : null, details, known ? context.now : null, known ? submitter.displayName : null],
          );
        }
        await this.referrals.addToFamilyChronology(
          { familyId, occurredAt: context.now, eventType: 'referral-received', summary: `Referral received from ${referralSources[draft.source].label.toLowerCase()}.`, sourceRef: `referral:${id}:received` },
          manager,
        );
      }
      await this.audit.record({ actor: submitter, requestId: context.requestId, at: context.now }, [
        { action: inserted ? 'create' : 'read', resourceType: 'referral', resourceId: id, familyId, purpose: context.purpose },
      ], manager);
      return { referral: stored, created: inserted };
    });

    const stored = await this.referrals.findWithDeadline(result.referral.id);
    if (!stored) throw notFound();
    // Started after commit; a failure answers 503 and the client's retry (same key) starts it.
    if (stored.referral.workflowType === 'frontDoorReferralWorkflow') {
      await this.workflows.startFrontDoor({
        referralId: stored.referral.id,
        decisionEscalatesAt: (stored.deadline.escalateAt ?? stored.deadline.dueAt).toISOString(),
        decisionDueAt: stored.deadline.dueAt.toISOString(),
      });
    }
    return { ...stored, created: result.created };
  }

  // ─── Reading ───────────────────────────────────────────────────────────────────────────────────

  private requireTriage(actor: Actor, decide = false): void {
    if (!hasCapability(actor.roles, decide ? 'referral:triage:decide' : 'referral:triage:view')) {
      throw new DomainError('CAPABILITY_MISSING', decide ? 'Your role does not allow you to decide referrals.' : 'Your role does not allow you to see the triage queue.');
    }
  }

  async queue(actor: Actor, filter: TriageQueueFilter, context: RequestContext): Promise<{ items: FrontDoorQueueItem[]; alerts: PreventionAlertView[] }> {
    this.requireTriage(actor);
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT r.id, r.received_at AS "receivedAt", r.source, r.intake_channel AS "intakeChannel", r.what_is_happening AS "whatIsHappening", r.status,
              r.rag, r.concerns, r.urgency, r.re_referral_of_id AS "reReferralOfId", r.family_id AS "familyId", f.family_name AS "familyName",
              d.due_at AS "dueAt", d.escalate_at AS "escalateAt", d.started_at AS "startedAt", d.met_at AS "metAt", a.display_name AS "assignedTo",
              (SELECT count(*)::int FROM referrals.referral_subject s WHERE s.referral_id = r.id AND s.person_id IS NULL) AS "unmatchedSubjects",
              (SELECT count(*)::int FROM referrals.information_request i WHERE i.referral_id = r.id AND i.status IN ('requested', 'overdue')) AS "openRequests",
              (SELECT count(*)::int FROM referrals.information_request i WHERE i.referral_id = r.id AND i.status = 'overdue') AS "overdueRequests"
         FROM referrals.referral r
         JOIN clocks.statutory_deadline d ON d.rule_id = 'referral.decision' AND d.subject_type = 'referral' AND d.subject_id = r.id
         LEFT JOIN people.family f ON f.id = r.family_id
         LEFT JOIN agencies.practitioner a ON a.id = r.assigned_to_practitioner_id
        WHERE r.status = $1
          AND (cardinality($2::text[]) = 0 OR r.rag = ANY($2))
          AND (cardinality($3::text[]) = 0 OR r.source = ANY($3))
        ORDER BY ${filter.status === 'awaiting-decision' ? 'd.due_at ASC' : 'r.decided_at DESC'} LIMIT 500`,
      [filter.status, filter.rag ?? [], filter.source ?? []],
    );
    const items = rows
      .map((row) => this.toQueueItem(row, context.now))
      .filter((item) => !filter.clockState?.length || filter.clockState.includes(item.clockState));
    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, items.map((item) => ({ action: 'read' as const, resourceType: 'referral', resourceId: item.id, familyId: rows.find((r) => r.id === item.id)?.familyId ?? null, purpose: context.purpose })));
    return { items, alerts: filter.includeAlerts ? await this.openAlerts() : [] };
  }

  private toQueueItem(row: QueueRow, now: Date): FrontDoorQueueItem {
    return {
      id: row.id,
      receivedAt: row.receivedAt.toISOString(),
      source: row.source,
      sourceLabel: referralSources[row.source].label,
      familyName: row.familyName,
      summary: row.whatIsHappening.length <= 140 ? row.whatIsHappening : `${row.whatIsHappening.slice(0, 137).trimEnd()}…`,
      status: row.status,
      decisionDueAt: row.dueAt.toISOString(),
      decisionEscalatesAt: (row.escalateAt ?? row.dueAt).toISOString(),
      clockState: clockState({ ruleId: 'referral.decision', startedAt: row.startedAt, dueAt: row.dueAt, ...(row.escalateAt ? { escalateAt: row.escalateAt } : {}) }, now, row.metAt ?? undefined),
      intakeChannel: row.intakeChannel,
      rag: row.rag,
      concerns: row.concerns.map((code) => ({ code, label: concernCategories[code as ConcernCategory]?.label ?? code })),
      urgency: row.urgency,
      urgencyLabel: row.urgency ? (labelOf(referralUrgencies, row.urgency) ?? row.urgency) : null,
      reReferral: row.reReferralOfId !== null,
      unmatchedSubjects: row.unmatchedSubjects,
      openRequests: row.openRequests,
      overdueRequests: row.overdueRequests,
      assignedTo: row.assignedTo,
    };
  }

  private async openAlerts(personId?: string): Promise<PreventionAlertView[]> {
    const rows = await this.dataSource.query(
      `SELECT a.id, a.person_id AS "personId", p.given_name || ' ' || p.family_name AS "childName", a.agencies, a.referral_ids AS "referralIds",
              a.first_at AS "firstAt", a.last_at AS "lastAt", a.window_days AS "windowDays", a.raised_at AS "raisedAt",
              a.acknowledged_at AS "acknowledgedAt", a.acknowledged_by AS "acknowledgedBy"
         FROM referrals.prevention_alert a JOIN people.person p ON p.id = a.person_id
        WHERE ($1::uuid IS NULL AND a.acknowledged_at IS NULL) OR a.person_id = $1::uuid
        ORDER BY a.raised_at DESC LIMIT 200`,
      [personId ?? null],
    );
    return rows.map(toAlertView);
  }

  async getReferral(actor: Actor, id: string, context: RequestContext): Promise<FrontDoorReferral> {
    this.requireTriage(actor);
    const view = await this.referralView(id, context.now);
    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
      { action: 'read', resourceType: 'referral', resourceId: id, familyId: view.familyId, purpose: context.purpose },
    ]);
    return view;
  }

  /**
   * What a referrer sees of the referral they just made: what they sent and its clock, not what
   * other agencies said or how the front door links it to other referrals.
   */
  async referralForReferrer(id: string, now: Date): Promise<FrontDoorReferral> {
    const view = await this.referralView(id, now);
    return { ...view, informationRequests: [], linkedReferrals: [], reReferralOf: null, preventionAlerts: [], assignedTo: null, familyId: null, caseId: null, familyName: null };
  }

  private async referralView(id: string, now: Date): Promise<FrontDoorReferral> {
    const [row]: (QueueRow & DetailRow)[] = await this.dataSource.query(
      `SELECT r.*, r.id, r.received_at AS "receivedAt", r.intake_channel AS "intakeChannel", r.what_is_happening AS "whatIsHappening", r.help_wanted AS "helpWanted",
              r.preferred_contact AS "preferredContact", r.contact_phone AS "contactPhone", r.re_referral_of_id AS "reReferralOfId", r.family_id AS "familyId",
              r.intake_consent AS "intakeConsent", r.external_reference AS "externalReference", r.rag_set_at AS "ragSetAt", r.acknowledged_at AS "acknowledgedAt",
              r.decision_reason AS "decisionReason", r.decided_at AS "decidedAt", r.decided_by_name AS "decidedBy", r.signpost_services AS "signpostServices",
              r.referrer_told_at AS "referrerToldAt", r.family_told_at AS "familyToldAt", r.assigned_to_practitioner_id AS "assignedToId", a.display_name AS "assignedTo",
              r.key_worker_practitioner_id AS "keyWorkerId", k.display_name AS "keyWorkerName", f.family_name AS "familyName", c.id AS "caseId",
              d.due_at AS "dueAt", d.escalate_at AS "escalateAt", d.started_at AS "startedAt", d.met_at AS "metAt", d.escalated_at AS "escalatedAt", d.missed_reason AS "missedReason",
              0 AS "unmatchedSubjects", 0 AS "openRequests", 0 AS "overdueRequests"
         FROM referrals.referral r
         JOIN clocks.statutory_deadline d ON d.rule_id = 'referral.decision' AND d.subject_type = 'referral' AND d.subject_id = r.id
         LEFT JOIN people.family f ON f.id = r.family_id
         LEFT JOIN cases.family_case c ON c.family_id = r.family_id
         LEFT JOIN agencies.practitioner a ON a.id = r.assigned_to_practitioner_id
         LEFT JOIN agencies.practitioner k ON k.id = r.key_worker_practitioner_id
        WHERE r.id = $1`,
      [id],
    );
    if (!row) throw notFound();
    const [subjects, requests, linked, reReferral] = await Promise.all([
      this.dataSource.query(
        `SELECT s.id, s.person_id AS "personId", s.details, s.matched_at AS "matchedAt", s.matched_by AS "matchedBy",
                p.given_name || ' ' || p.family_name AS "personName", to_char(p.date_of_birth, 'YYYY-MM-DD') AS "personDateOfBirth"
           FROM referrals.referral_subject s LEFT JOIN people.person p ON p.id = s.person_id WHERE s.referral_id = $1 ORDER BY s.id`,
        [id],
      ),
      this.requestRows('i.referral_id = $1', [id]),
      this.dataSource.query(
        `SELECT r.id, r.received_at AS "receivedAt", r.source, r.status, r.outcome FROM referrals.referral_link l JOIN referrals.referral r ON r.id = l.related_referral_id
          WHERE l.referral_id = $1 ORDER BY r.received_at DESC`,
        [id],
      ),
      row.reReferralOfId ? this.dataSource.query(`SELECT id, received_at AS "receivedAt", outcome FROM referrals.referral WHERE id = $1`, [row.reReferralOfId]) : Promise.resolve([]),
    ]);
    const personIds: string[] = subjects.flatMap((s: { personId: string | null }) => (s.personId ? [s.personId] : []));
    const alerts = personIds.length ? (await Promise.all(personIds.map((personId) => this.openAlerts(personId)))).flat() : [];
    const consent = row.intakeConsent as { status: string; reason?: string; detail?: string } | null;
    const referrer = row.referrer as Record<string, string | null> | null;
    const queueItem = this.toQueueItem({ ...row, unmatchedSubjects: 0, openRequests: 0, overdueRequests: 0 }, now);
    return {
      ...queueItem,
      whatIsHappening: row.whatIsHappening,
      helpWanted: row.helpWanted,
      preferredContact: row.preferredContact,
      contactPhone: row.contactPhone,
      outcome: row.outcome,
      outcomeLabel: row.outcome ? triageOutcomeLabels[row.outcome] : null,
      decisionReason: row.decisionReason,
      decidedAt: iso(row.decidedAt),
      decidedBy: row.decidedBy,
      escalatedAt: iso(row.escalatedAt),
      version: row.version,
      intakeChannelLabel: referralIntakeChannels[row.intakeChannel as ReferralIntakeChannel]?.label ?? row.intakeChannel,
      consent: consent
        ? {
            status: consent.status,
            label: labelOf(intakeConsentStatuses, consent.status) ?? consent.status,
            detail: [consent.reason ? labelOf(consentNotSoughtReasons, consent.reason) : null, consent.detail].filter(Boolean).join(': ') || null,
          }
        : null,
      referrer: referrer
        ? { name: referrer.name ?? null, role: referrer.role ?? null, organisation: referrer.organisation ?? null, phone: referrer.phone ?? null, email: referrer.email ?? null,
            relationship: referrer.relationship ?? null, relationshipLabel: labelOf(publicReporterRelationships, referrer.relationship) }
        : null,
      externalReference: row.externalReference,
      subjects: subjects.map((s: SubjectRow) => ({
        id: s.id,
        personId: s.personId,
        name: s.personName ?? ([s.details.givenName, s.details.familyName].filter(Boolean).join(' ') || 'Name not known'),
        dateOfBirth: s.personDateOfBirth ?? (s.details.dateOfBirth as string | undefined) ?? null,
        approximateAge: (s.details.approximateAge as number | undefined) ?? null,
        postcode: (s.details.postcode as string | undefined) ?? null,
        schoolName: (s.details.schoolName as string | undefined) ?? null,
        description: (s.details.description as string | undefined) ?? null,
        matchedAt: iso(s.matchedAt),
        matchedBy: s.matchedBy,
      })),
      familyId: row.familyId,
      caseId: row.caseId,
      rag: row.rag,
      ragLabel: row.rag ? ragRatings[row.rag].label : null,
      ragSetAt: iso(row.ragSetAt),
      informationRequests: requests.map((r) => toRequestView(r, now)),
      reReferralOf: reReferral[0] ? { id: reReferral[0].id, receivedAt: reReferral[0].receivedAt.toISOString(), outcomeLabel: reReferral[0].outcome ? triageOutcomeLabels[reReferral[0].outcome as keyof typeof triageOutcomeLabels] : null } : null,
      linkedReferrals: linked.map((l: { id: string; receivedAt: Date; source: ReferralSource; status: string; outcome: keyof typeof triageOutcomeLabels | null }) => ({
        id: l.id,
        receivedAt: l.receivedAt.toISOString(),
        sourceLabel: referralSources[l.source].label,
        status: l.status,
        outcomeLabel: l.outcome ? triageOutcomeLabels[l.outcome] : null,
      })),
      preventionAlerts: alerts,
      assignedTo: row.assignedToId && row.assignedTo ? { practitionerId: row.assignedToId, name: row.assignedTo } : null,
      acknowledgedAt: iso(row.acknowledgedAt),
      referrerToldAt: iso(row.referrerToldAt),
      familyToldAt: iso(row.familyToldAt),
      keyWorker: row.keyWorkerId && row.keyWorkerName ? { practitionerId: row.keyWorkerId, name: row.keyWorkerName } : null,
      lateReason: row.missedReason,
      signpostServices: row.signpostServices,
    };
  }

  private requestRows(where: string, params: unknown[]): Promise<RequestRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.referral_id AS "referralId", i.agency, i.question, i.requested_at AS "requestedAt", i.requested_by AS "requestedBy", i.due_at AS "dueAt",
              i.escalate_at AS "escalateAt", i.status, i.chased_at AS "chasedAt", i.escalated_at AS "escalatedAt", i.answered_at AS "answeredAt",
              i.answered_by AS "answeredBy", i.response, i.cancelled_at AS "cancelledAt"
         FROM referrals.information_request i WHERE ${where} ORDER BY i.requested_at, i.agency`,
      params,
    );
  }

  /** The signed-in practitioner's agency's open information requests: their task list. */
  async agencyTasks(actor: Actor, context: RequestContext) {
    const practitioner = await this.practitioners.findBySubject(actor.subject);
    if (!practitioner) throw new DomainError('NOT_A_PRACTITIONER', 'Your sign-in is not linked to a practitioner record. Ask an administrator to set you up.');
    const rows: (RequestRow & { rag: RagRating | null; familyName: string | null; summary: string })[] = await this.dataSource.query(
      `SELECT i.id, i.referral_id AS "referralId", i.agency, i.question, i.requested_at AS "requestedAt", i.requested_by AS "requestedBy", i.due_at AS "dueAt",
              i.escalate_at AS "escalateAt", i.status, i.chased_at AS "chasedAt", i.escalated_at AS "escalatedAt", i.answered_at AS "answeredAt", i.answered_by AS "answeredBy",
              i.response, i.cancelled_at AS "cancelledAt", r.rag, f.family_name AS "familyName", r.what_is_happening AS summary
         FROM referrals.information_request i JOIN referrals.referral r ON r.id = i.referral_id LEFT JOIN people.family f ON f.id = r.family_id
        WHERE i.agency = $1 AND i.status IN ('requested', 'overdue') ORDER BY i.due_at LIMIT 500`,
      [practitioner.agency],
    );
    const children = await this.childrenOf(rows.map((r) => r.referralId));
    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, rows.map((r) => ({ action: 'read' as const, resourceType: 'information-request', resourceId: r.id, familyId: null, purpose: context.purpose })));
    return {
      items: rows.map((r) => {
        const view = toRequestView(r, context.now);
        return {
          id: r.id,
          referralId: r.referralId,
          agency: r.agency,
          agencyLabel: view.agencyLabel,
          question: r.question,
          requestedAt: view.requestedAt,
          requestedBy: r.requestedBy,
          dueAt: view.dueAt,
          escalateAt: view.escalateAt,
          status: view.status,
          timing: view.timing,
          rag: r.rag,
          children: children.get(r.referralId) ?? [],
          familyName: r.familyName,
          summary: r.summary.length <= 280 ? r.summary : `${r.summary.slice(0, 277).trimEnd()}…`,
        };
      }),
    };
  }

  private async childrenOf(referralIds: string[]): Promise<Map<string, { name: string; dateOfBirth: string | null }[]>> {
    const rows: { referralId: string; name: string | null; details: Record<string, unknown>; dateOfBirth: string | null }[] = referralIds.length
      ? await this.dataSource.query(
          `SELECT s.referral_id AS "referralId", p.given_name || ' ' || p.family_name AS name, s.details, to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth"
             FROM referrals.referral_subject s LEFT JOIN people.person p ON p.id = s.person_id WHERE s.referral_id = ANY($1::uuid[]) ORDER BY s.id`,
          [referralIds],
        )
      : [];
    const map = new Map<string, { name: string; dateOfBirth: string | null }[]>();
    for (const row of rows) {
      const list = map.get(row.referralId) ?? [];
      list.push({
        name: row.name ?? ([row.details.givenName, row.details.familyName].filter(Boolean).join(' ') || 'Name not known'),
        dateOfBirth: row.dateOfBirth ?? (row.details.dateOfBirth as string | undefined) ?? null,
      });
      map.set(row.referralId, list);
    }
    return map;
  }

  // ─── Commands (through the referral's workflow) ─────────────────────────────────────────────────

  private async requireOpen(id: string, expectedVersion: number | null): Promise<ReferralWithDeadline> {
    const found = await this.referrals.findWithDeadline(id);
    if (!found) throw notFound();
    const current = found.referral;
    if (current.status === 'decided') throw new DomainError('REFERRAL_ALREADY_DECIDED', `This referral was already decided by ${current.decidedByName ?? 'someone else'}.`);
    if (expectedVersion !== null && expectedVersion !== current.version) throw changed();
    return found;
  }

  async gatherInformation(actor: Actor, id: string, decision: InitialDecision, expectedVersion: number | null, context: RequestContext): Promise<FrontDoorReferral> {
    this.requireTriage(actor, true);
    const { referral: current } = await this.requireOpen(id, expectedVersion);
    await this.workflows.gatherInformation(id, {
      rag: decision.rag,
      requests: decision.informationRequests,
      ...(decision.note ? { note: decision.note } : {}),
      expectedVersion: expectedVersion ?? current.version,
      bySubject: actor.subject,
      byName: actor.displayName,
      at: context.now.toISOString(),
    });
    return this.getReferral(actor, id, context);
  }

  async decide(actor: Actor, id: string, decision: TriageDecisionV2, expectedVersion: number | null, context: RequestContext): Promise<FrontDoorReferral> {
    this.requireTriage(actor, true);
    const { referral: current, deadline } = await this.requireOpen(id, expectedVersion);
    if (deadline.dueAt.getTime() < context.now.getTime() && !decision.lateReason) {
      throw new DomainError('REFERRAL_INVALID', 'The decision is past its due time: say why it is late. The reason is kept with the missed deadline.', {
        errors: [{ path: 'lateReason', message: 'Say why the decision is late' }],
      });
    }
    const common = { outcome: decision.outcome, reason: decision.reason, expectedVersion: expectedVersion ?? current.version };
    if (current.workflowType === 'referralTriageWorkflow') {
      await this.workflows.decide(id, { ...common, decidedBySubject: actor.subject, decidedByName: actor.displayName, decidedAt: context.now.toISOString() });
    } else {
      await this.workflows.decideFrontDoor(id, {
        ...common,
        ...(decision.keyWorkerPractitionerId ? { keyWorkerPractitionerId: decision.keyWorkerPractitionerId } : {}),
        ...(decision.signpostServices ? { signpostServices: decision.signpostServices } : {}),
        ...(decision.lateReason ? { lateReason: decision.lateReason } : {}),
        bySubject: actor.subject,
        byName: actor.displayName,
        at: context.now.toISOString(),
      });
    }
    return this.getReferral(actor, id, context);
  }

  /** An agency answers the front door's question (any practitioner of that agency). */
  async answerInformationRequest(actor: Actor, requestId: string, response: InformationResponse, context: RequestContext): Promise<InformationRequestView> {
    const practitioner = await this.practitioners.findBySubject(actor.subject);
    const [request] = await this.requestRows('i.id = $1', [requestId]);
    // Another agency's request does not exist for you.
    if (!request || !practitioner || request.agency !== practitioner.agency) {
      throw new DomainError('INFORMATION_REQUEST_NOT_FOUND', 'There is no information request with that id for your agency.');
    }
    if (request.status === 'answered' || request.status === 'cancelled') {
      throw new DomainError('INFORMATION_REQUEST_NOT_OPEN', request.status === 'answered' ? `This request was already answered by ${request.answeredBy ?? 'your agency'}.` : 'This request was cancelled: the front door has decided.');
    }
    await this.workflows.answerInformationRequest(request.referralId, { requestId, response, bySubject: actor.subject, byName: actor.displayName, at: context.now.toISOString() });
    const [answered] = await this.requestRows('i.id = $1', [requestId]);
    return toRequestView(answered!, context.now);
  }

  async assign(actor: Actor, id: string, practitionerId: string | null, expectedVersion: number | null, context: RequestContext): Promise<FrontDoorReferral> {
    this.requireTriage(actor, true);
    if (practitionerId && !(await this.practitioners.findById(practitionerId))) {
      throw new DomainError('PRACTITIONER_NOT_FOUND', 'There is no practitioner with that id. Choose one from the list.');
    }
    await this.referrals.transaction(async (manager) => {
      const [updated] = await manager.query(
        `UPDATE referrals.referral SET assigned_to_practitioner_id = $2, version = version + 1, updated_at = now()
          WHERE id = $1 AND status = 'awaiting-decision' AND ($3::int IS NULL OR version = $3) RETURNING id`,
        [id, practitionerId, expectedVersion],
      );
      if (updated.length === 0) {
        await this.requireOpen(id, expectedVersion);
        throw changed();
      }
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [{ action: 'update', resourceType: 'referral', resourceId: id, familyId: null, purpose: `${context.purpose} (assigned)` }], manager);
    });
    return this.getReferral(actor, id, context);
  }

  /** The front door matches a described child to their person record; the referral joins their family. */
  async matchSubject(actor: Actor, id: string, subjectId: string, personId: string, context: RequestContext, screen: (referralId: string) => Promise<unknown>): Promise<FrontDoorReferral> {
    this.requireTriage(actor, true);
    await this.referrals.transaction(async (manager: EntityManager) => {
      const [person] = await manager.query(
        `SELECT p.id, (SELECT m.family_id FROM people.family_member m WHERE m.person_id = p.id AND m.left_on IS NULL ORDER BY m.family_id LIMIT 1) AS "familyId"
           FROM people.person p WHERE p.id = $1 AND p.merged_into_id IS NULL`,
        [personId],
      );
      if (!person) throw new DomainError('PERSON_NOT_FOUND', 'There is no person with that id. Search again and choose from the results.');
      const [subject] = await manager.query(`SELECT id, person_id AS "personId" FROM referrals.referral_subject WHERE id = $1 AND referral_id = $2 FOR UPDATE`, [subjectId, id]);
      if (!subject) throw new DomainError('REFERRAL_NOT_FOUND', 'There is no such child on this referral.');
      await manager.query(`UPDATE referrals.referral_subject SET person_id = $2, matched_at = $3, matched_by = $4 WHERE id = $1`, [subjectId, personId, context.now, actor.displayName]);
      await manager.query(`UPDATE referrals.referral SET family_id = COALESCE(family_id, $2), version = version + 1, updated_at = now() WHERE id = $1`, [id, person.familyId]);
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [{ action: 'update', resourceType: 'referral', resourceId: id, familyId: person.familyId, purpose: `${context.purpose} (child matched)` }], manager);
    });
    await screen(id);
    return this.getReferral(actor, id, context);
  }

  async acknowledgeAlert(actor: Actor, alertId: string, context: RequestContext): Promise<PreventionAlertView> {
    this.requireTriage(actor, true);
    const updated = await this.dataSource.query(
      `UPDATE referrals.prevention_alert SET acknowledged_at = COALESCE(acknowledged_at, $2), acknowledged_by = COALESCE(acknowledged_by, $3) WHERE id = $1 RETURNING person_id AS "personId"`,
      [alertId, context.now, actor.displayName],
    );
    if (updated[0].length === 0) throw new DomainError('PREVENTION_ALERT_NOT_FOUND', 'There is no such alert.');
    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [{ action: 'update', resourceType: 'prevention-alert', resourceId: alertId, familyId: null, purpose: context.purpose }]);
    const alerts = await this.openAlerts(updated[0][0].personId);
    return alerts.find((a) => a.id === alertId)!;
  }
}

interface QueueRow {
  id: string;
  receivedAt: Date;
  source: ReferralSource;
  intakeChannel: ReferralIntakeChannel;
  whatIsHappening: string;
  status: 'awaiting-decision' | 'decided';
  rag: RagRating | null;
  concerns: string[];
  urgency: string | null;
  reReferralOfId: string | null;
  familyId: string | null;
  familyName: string | null;
  dueAt: Date;
  escalateAt: Date | null;
  startedAt: Date;
  metAt: Date | null;
  assignedTo: string | null;
  unmatchedSubjects: number;
  openRequests: number;
  overdueRequests: number;
}

interface DetailRow {
  helpWanted: string | null;
  preferredContact: 'phone' | 'email' | 'portal-message' | null;
  contactPhone: string | null;
  intakeConsent: unknown;
  referrer: unknown;
  externalReference: string | null;
  ragSetAt: Date | null;
  acknowledgedAt: Date | null;
  outcome: keyof typeof triageOutcomeLabels | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  signpostServices: string | null;
  referrerToldAt: Date | null;
  familyToldAt: Date | null;
  assignedToId: string | null;
  keyWorkerId: string | null;
  keyWorkerName: string | null;
  caseId: string | null;
  escalatedAt: Date | null;
  missedReason: string | null;
  version: number;
}

interface SubjectRow {
  id: string;
  personId: string | null;
  details: Record<string, unknown>;
  matchedAt: Date | null;
  matchedBy: string | null;
  personName: string | null;
  personDateOfBirth: string | null;
}

export interface RequestRow {
  id: string;
  referralId: string;
  agency: string;
  question: string;
  requestedAt: Date;
  requestedBy: string;
  dueAt: Date;
  escalateAt: Date;
  status: 'requested' | 'answered' | 'overdue' | 'cancelled';
  chasedAt: Date | null;
  escalatedAt: Date | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  response: InformationResponse | null;
  cancelledAt: Date | null;
}

function toRequestView(row: RequestRow, now: Date): InformationRequestView {
  const { timing } = informationRequestState(
    { requestedAt: row.requestedAt, dueAt: row.dueAt, escalateAt: row.escalateAt, answeredAt: row.answeredAt, cancelledAt: row.cancelledAt },
    now,
  );
  return {
    id: row.id,
    agency: row.agency,
    agencyLabel: labelOf(agencies, row.agency) ?? row.agency,
    question: row.question,
    requestedAt: row.requestedAt.toISOString(),
    requestedBy: row.requestedBy,
    dueAt: row.dueAt.toISOString(),
    escalateAt: row.escalateAt.toISOString(),
    status: row.status,
    timing,
    chasedAt: iso(row.chasedAt),
    escalatedAt: iso(row.escalatedAt),
    answeredAt: iso(row.answeredAt),
    answeredBy: row.answeredBy,
    response: row.response,
  };
}

function toAlertView(row: {
  id: string;
  personId: string;
  childName: string;
  agencies: string[];
  referralIds: string[];
  firstAt: Date;
  lastAt: Date;
  windowDays: number;
  raisedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}): PreventionAlertView {
  return {
    ...row,
    agencies: row.agencies.map((code) => ({ code, label: labelOf(agencies, code) ?? code })),
    firstAt: row.firstAt.toISOString(),
    lastAt: row.lastAt.toISOString(),
    raisedAt: row.raisedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
  };
}
