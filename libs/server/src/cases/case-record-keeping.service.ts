import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { canWriteToCase, hasCapability, type Actor, type Capability, type CaseRelationship, type CaseViewer } from '@childfirst/domain/access';
import { agencies } from '@childfirst/domain/agencies';
import {
  caseStatusTypes,
  chronologyEventTypes,
  type CaseStatus,
  type ChronologyEventType,
  type Consent,
  type ConsentOverride,
  type WarningNote,
} from '@childfirst/domain/cases';
import type { CuratedChronologyEntry } from '@childfirst/domain/casework';
import { DomainError } from '@childfirst/domain/errors';
import { CaseAccessService, type AccessibleCase } from '../access/case-access.service';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { PersonRecordService } from '../people/person-record.service';
import { labelOf } from './code-labels';
import { toWarningView } from './warning-view';
import type { RecordContext } from './case-record.service';

const WARNING_ID_NAMESPACE = '4f7d2a61-0c3b-4f0e-9a55-2b8e1d7c6f10';
const CHRONOLOGY_ID_NAMESPACE = '9a1c6e3d-7b24-4e58-8f0a-5d2c1b3e4f67';
const CONSENT_ID_NAMESPACE = 'c2e8b4a0-3f61-4d7e-9b12-6a5f0e8d1c93';
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

const notWriter = () => new DomainError('CASE_ACCESS_DENIED', 'You can see this record but your role or your relationship to the family does not let you change it.');
const notPractitioner = () => new DomainError('NOT_A_PRACTITIONER', 'Your sign-in is not linked to a practitioner record. Ask an administrator to set you up.');
const warningNotFound = () => new DomainError('WARNING_NOT_FOUND', 'There is no warning with that id, or you do not have access to it.');

/** Chronology events written when a status starts or ends (significant events in the one chronology). */
const statusEvents: Partial<Record<CaseStatus['statusType'], { started: ChronologyEventType; ended: ChronologyEventType }>> = {
  'child-protection-plan': { started: 'plan-started', ended: 'plan-ended' },
  'child-in-need': { started: 'plan-started', ended: 'plan-ended' },
  'looked-after': { started: 'became-looked-after', ended: 'other' },
  'ehc-plan': { started: 'ehc-plan-issued', ended: 'other' },
};

interface WarningRow {
  id: string;
  personId: string;
  recordedByPractitionerId: string;
  signedOffByPractitionerId: string | null;
  endedOn: string | null;
  version: number;
}

/**
 * Record keeping on a case and its people: staff-safety warnings with manager sign-off, curated
 * chronology entries, consent given and withdrawn, sharing without consent on a legal basis, and
 * children's statuses. Every write checks the writer's capability AND their relationship to the
 * family (one policy: canWriteToCase), happens in one transaction with its audit event, and is
 * idempotent where a form may be resent.
 */
@Injectable()
export class CaseRecordKeepingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly people: PersonRecordService,
    private readonly audit: AuditService,
  ) {}

  private async requireCaseWriter(actor: Actor, caseId: string, capability: Capability, now: Date): Promise<AccessibleCase & { practitioner: NonNullable<AccessibleCase['practitioner']> }> {
    if (!hasCapability(actor.roles, capability)) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to make this change.');
    const accessible = await this.access.requireCase(actor, caseId, now);
    if (!accessible.practitioner) throw notPractitioner();
    if (!canWriteToCase(accessible.viewer, { allowed: true, relationship: accessible.relationship, reviewRequired: accessible.reviewRequired }, capability)) throw notWriter();
    return accessible as AccessibleCase & { practitioner: NonNullable<AccessibleCase['practitioner']> };
  }

  private auditWrite(actor: Actor, context: RecordContext, entries: AuditEntry[], manager: EntityManager) {
    return this.audit.record({ actor, requestId: context.requestId, at: context.now }, entries, manager);
  }

  private async requireFamilyMember(manager: EntityManager | DataSource, familyId: string, personId: string, childOnly: boolean): Promise<string> {
    const [member] = await manager.query(
      `SELECT p.given_name || ' ' || p.family_name AS name FROM people.family_member m JOIN people.person p ON p.id = m.person_id
        WHERE m.family_id = $1 AND m.person_id = $2 AND m.left_on IS NULL AND ($3::boolean = false OR m.member_role = 'child')`,
      [familyId, personId, childOnly],
    );
    if (!member) {
      throw new DomainError('RECORD_INVALID', childOnly ? 'Choose one of the children in this family.' : 'Choose someone in this family.', {
        errors: [{ path: 'personId', message: childOnly ? 'Choose one of the children in this family' : 'Choose someone in this family' }],
      });
    }
    return member.name;
  }

  // ---------------------------------------------------------------- warnings

  /** A warning on a person, effective at once, awaiting a manager's sign-off. Idempotent on the key. */
  async addWarning(actor: Actor, requestedPersonId: string, warning: WarningNote, idempotencyKey: string, context: RecordContext) {
    if (!hasCapability(actor.roles, 'case:write-notes')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to record warnings.');
    const { personId, viewer } = this.requirePersonWriter(await this.people.requireAccess(actor, requestedPersonId, context.now), 'case:write-notes');
    if (warning.reviewOn <= dayOf(context.now)) {
      throw new DomainError('RECORD_INVALID', 'The review date must be in the future.', { errors: [{ path: 'reviewOn', message: 'The review date must be in the future' }] });
    }
    const id = uuidv5(JSON.stringify([actor.subject, idempotencyKey]), WARNING_ID_NAMESPACE);
    const created = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query(
        `INSERT INTO cases.warning_note (id, person_id, warning_type, description, review_on, person_told, person_not_told_reason, recorded_by_practitioner_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, personId, warning.type, warning.description, warning.reviewOn, warning.personTold, warning.personNotToldReason ?? null, viewer.practitionerId],
      );
      if (inserted.length === 0) {
        const [existing] = await manager.query(`SELECT person_id AS "personId" FROM cases.warning_note WHERE id = $1`, [id]);
        if (existing?.personId !== personId) throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different warning. Use a new key for a new form.');
      }
      await this.auditWrite(actor, context, [{ action: inserted.length > 0 ? 'create' : 'read', resourceType: 'warning-note', resourceId: id, familyId: null, purpose: context.purpose }], manager);
      return inserted.length > 0;
    });
    return { warning: await this.warningView(id), created };
  }

  private async lockWarning(manager: EntityManager, warningId: string): Promise<WarningRow> {
    const [row] = await manager.query(
      `SELECT id, person_id AS "personId", recorded_by_practitioner_id AS "recordedByPractitionerId", signed_off_by_practitioner_id AS "signedOffByPractitionerId",
              to_char(ended_on, 'YYYY-MM-DD') AS "endedOn", version
         FROM cases.warning_note WHERE id = $1 FOR UPDATE`,
      [warningId],
    );
    if (!row) throw warningNotFound();
    return row;
  }

  /** Writing about a person (a warning): the capability and a relationship that may write, as for a case. */
  private requirePersonWriter<T extends { viewer: CaseViewer; relationship: CaseRelationship }>(access: T, capability: Capability): T & { viewer: CaseViewer & { practitionerId: string } } {
    const { viewer, relationship } = access;
    if (!canWriteToCase(viewer, { allowed: true, relationship, reviewRequired: relationship === 'break-glass' }, capability)) throw notWriter();
    if (!viewer.practitionerId) throw notPractitioner();
    return access as T & { viewer: CaseViewer & { practitionerId: string } };
  }

  private async requireWarningAccess(actor: Actor, warningId: string, now: Date) {
    const [row] = await this.dataSource.query(`SELECT person_id AS "personId" FROM cases.warning_note WHERE id = $1`, [warningId]);
    if (!row) throw warningNotFound();
    try {
      return await this.people.requireAccess(actor, row.personId, now);
    } catch (error) {
      // A warning on a record you cannot see does not exist for you.
      if (error instanceof DomainError && error.code === 'PERSON_NOT_FOUND') throw warningNotFound();
      throw error;
    }
  }

  private staleWarning(row: WarningRow, seen: number) {
    if (row.version !== seen) {
      throw new DomainError(
        'WARNING_CHANGED_SINCE_VIEWED',
        row.endedOn
          ? `This warning was ended on ${row.endedOn} since you opened it. Nothing was changed.`
          : row.signedOffByPractitionerId
            ? 'This warning was signed off or changed since you opened it. Check it again.'
            : 'This warning changed since you opened it. Check it again.',
        { currentVersion: row.version },
      );
    }
  }

  /** A team manager signs off a warning someone else recorded. */
  async signOffWarning(actor: Actor, warningId: string, versionSeen: number, context: RecordContext) {
    if (!hasCapability(actor.roles, 'warning:sign-off')) throw new DomainError('CAPABILITY_MISSING', 'Only a team manager can sign off a warning.');
    const access = await this.requireWarningAccess(actor, warningId, context.now);
    // A sign-off is a manager's considered check: not under emergency access.
    if (access.relationship === 'break-glass') throw notWriter();
    const { viewer } = this.requirePersonWriter(access, 'warning:sign-off');
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockWarning(manager, warningId);
      this.staleWarning(row, versionSeen);
      if (row.endedOn) throw new DomainError('WARNING_SIGN_OFF_NOT_POSSIBLE', 'This warning has ended, so it cannot be signed off.');
      if (row.signedOffByPractitionerId) throw new DomainError('WARNING_SIGN_OFF_NOT_POSSIBLE', 'This warning is already signed off.');
      if (row.recordedByPractitionerId === viewer.practitionerId) {
        throw new DomainError('WARNING_SIGN_OFF_NOT_POSSIBLE', 'You recorded this warning, so another manager must sign it off.');
      }
      await manager.query(`UPDATE cases.warning_note SET signed_off_by_practitioner_id = $2, signed_off_at = $3, version = version + 1 WHERE id = $1`, [
        warningId,
        viewer.practitionerId,
        context.now,
      ]);
      await this.auditWrite(actor, context, [{ action: 'update', resourceType: 'warning-note', resourceId: warningId, familyId: null, purpose: `${context.purpose} (sign-off)` }], manager);
    });
    return this.warningView(warningId);
  }

  /** Ends a warning that no longer applies, keeping it (and why it ended) on the record. */
  async endWarning(actor: Actor, warningId: string, versionSeen: number, reason: string, context: RecordContext) {
    if (!hasCapability(actor.roles, 'case:write-notes')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to end warnings.');
    const { viewer } = this.requirePersonWriter(await this.requireWarningAccess(actor, warningId, context.now), 'case:write-notes');
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockWarning(manager, warningId);
      this.staleWarning(row, versionSeen);
      if (row.endedOn) throw new DomainError('WARNING_CHANGED_SINCE_VIEWED', `This warning already ended on ${row.endedOn}.`, { currentVersion: row.version });
      await manager.query(`UPDATE cases.warning_note SET ended_on = $2, ended_reason = $3, ended_by_practitioner_id = $4, version = version + 1 WHERE id = $1`, [
        warningId,
        dayOf(context.now),
        reason,
        viewer.practitionerId,
      ]);
      await this.auditWrite(actor, context, [{ action: 'update', resourceType: 'warning-note', resourceId: warningId, familyId: null, purpose: `${context.purpose} (ended)` }], manager);
    });
    return this.warningView(warningId);
  }

  async warningView(warningId: string) {
    const [row] = await this.dataSource.query(
      `SELECT w.id, w.warning_type AS "warningType", w.description, to_char(w.review_on, 'YYYY-MM-DD') AS "reviewOn", w.person_told AS "personTold",
              w.person_not_told_reason AS "personNotToldReason", r.display_name AS "recordedBy", s.display_name AS "signedOffBy", w.signed_off_at AS "signedOffAt", w.version
         FROM cases.warning_note w
         LEFT JOIN agencies.practitioner r ON r.id = w.recorded_by_practitioner_id
         LEFT JOIN agencies.practitioner s ON s.id = w.signed_off_by_practitioner_id
        WHERE w.id = $1`,
      [warningId],
    );
    if (!row) throw warningNotFound();
    return toWarningView(row);
  }

  // ---------------------------------------------------------------- chronology

  /** A significant event a practitioner adds by hand, recorded against their agency. Idempotent on the key. */
  async addChronologyEntry(actor: Actor, caseId: string, entry: CuratedChronologyEntry, idempotencyKey: string, context: RecordContext) {
    const accessible = await this.requireCaseWriter(actor, caseId, 'case:write-notes', context.now);
    if (new Date(entry.occurredAt).getTime() > context.now.getTime() + 60_000) {
      throw new DomainError('RECORD_INVALID', 'The event cannot be in the future.', { errors: [{ path: 'occurredAt', message: 'The event cannot be in the future' }] });
    }
    const personName = entry.personId ? await this.requireFamilyMember(this.dataSource, accessible.caseRow.familyId, entry.personId, false) : null;
    const id = uuidv5(JSON.stringify([actor.subject, idempotencyKey]), CHRONOLOGY_ID_NAMESPACE);
    const practitioner = accessible.practitioner;
    const created = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query(
        `INSERT INTO cases.chronology_entry (id, case_id, person_id, occurred_at, agency, event_type, summary, significance, source, sensitivity, recorded_by_practitioner_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'curated', $9, $10) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, caseId, entry.personId ?? null, entry.occurredAt, practitioner.agency, entry.eventType, entry.summary, chronologyEventTypes[entry.eventType].significance, entry.sensitivity, practitioner.id],
      );
      if (inserted.length === 0) {
        const [existing] = await manager.query(`SELECT case_id AS "caseId" FROM cases.chronology_entry WHERE id = $1`, [id]);
        if (existing?.caseId !== caseId) throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different entry. Use a new key for a new form.');
      }
      await this.auditWrite(actor, context, [{ action: inserted.length > 0 ? 'create' : 'read', resourceType: 'chronology', resourceId: id, familyId: accessible.caseRow.familyId, purpose: context.purpose }], manager);
      return inserted.length > 0;
    });
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.occurred_at AS "occurredAt", c.agency, c.event_type AS "eventType", c.summary, c.source FROM cases.chronology_entry c WHERE c.id = $1`,
      [id],
    );
    return {
      created,
      entry: {
        ...row,
        occurredAt: row.occurredAt.toISOString(),
        agencyLabel: labelOf(agencies, row.agency),
        eventLabel: labelOf(chronologyEventTypes, row.eventType),
        recordedBy: practitioner.name,
        personName,
      },
    };
  }

  // ---------------------------------------------------------------- consent

  /** Consent the family gave, one row per agency and purpose. Idempotent on the key. */
  async recordConsent(actor: Actor, caseId: string, consent: Consent, idempotencyKey: string, context: RecordContext): Promise<{ created: boolean }> {
    const accessible = await this.requireCaseWriter(actor, caseId, 'case:record-consent', context.now);
    if (new Date(consent.givenAt).getTime() > context.now.getTime() + 60_000) {
      throw new DomainError('RECORD_INVALID', 'Consent cannot be given in the future.', { errors: [{ path: 'givenAt', message: 'Consent cannot be given in the future' }] });
    }
    if (consent.personId) await this.requireFamilyMember(this.dataSource, accessible.caseRow.familyId, consent.personId, false);
    const familyId = accessible.caseRow.familyId;
    return this.dataSource.transaction(async (manager) => {
      let created = false;
      const ids: string[] = [];
      for (const scope of consent.scopes) {
        const id = uuidv5(JSON.stringify([actor.subject, idempotencyKey, scope.agency, scope.purpose]), CONSENT_ID_NAMESPACE);
        ids.push(id);
        const inserted = await manager.query(
          `INSERT INTO cases.consent (id, family_id, person_id, agency, purpose, given_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [id, familyId, consent.personId ?? null, scope.agency, scope.purpose, consent.givenAt, accessible.practitioner.name],
        );
        created ||= inserted.length > 0;
      }
      await this.auditWrite(actor, context, ids.map((id) => ({ action: created ? 'create' : 'read', resourceType: 'consent', resourceId: id, familyId, purpose: context.purpose })), manager);
      return { created };
    });
  }

  /** The family withdrew consent: effective at once, because every access decision reads it. */
  async withdrawConsent(actor: Actor, caseId: string, consentId: string, note: string | undefined, context: RecordContext): Promise<void> {
    const accessible = await this.requireCaseWriter(actor, caseId, 'case:record-consent', context.now);
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`SELECT id, withdrawn_at AS "withdrawnAt" FROM cases.consent WHERE id = $1 AND family_id = $2 FOR UPDATE`, [consentId, accessible.caseRow.familyId]);
      if (!row) throw new DomainError('CONSENT_NOT_FOUND', 'There is no such consent for this family.');
      if (row.withdrawnAt) throw new DomainError('CONSENT_ALREADY_WITHDRAWN', `This consent was already withdrawn on ${dayOf(row.withdrawnAt)}.`);
      await manager.query(`UPDATE cases.consent SET withdrawn_at = $2, withdrawn_by = $3, withdrawn_note = $4 WHERE id = $1`, [consentId, context.now, accessible.practitioner.name, note ?? null]);
      await this.auditWrite(actor, context, [{ action: 'update', resourceType: 'consent', resourceId: consentId, familyId: accessible.caseRow.familyId, purpose: `${context.purpose} (withdrawn)` }], manager);
    });
  }

  /** Sharing with an agency without consent, on a recorded legal basis, visible to the DPO in the audit. */
  async overrideConsent(actor: Actor, caseId: string, override: ConsentOverride, context: RecordContext): Promise<void> {
    const accessible = await this.requireCaseWriter(actor, caseId, 'case:override-consent', context.now);
    await this.dataSource.transaction(async (manager) => {
      const [existing] = await manager.query(`SELECT id FROM cases.consent_override WHERE case_id = $1 AND agency = $2 AND ended_at IS NULL FOR UPDATE`, [caseId, override.agency]);
      if (existing) return; // Already shared on a recorded basis: recording it twice adds nothing.
      const [inserted] = await manager.query(
        `INSERT INTO cases.consent_override (case_id, agency, legal_basis, reason, recorded_by_practitioner_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [caseId, override.agency, override.legalBasis, override.reason, accessible.practitioner.id, context.now],
      );
      await this.auditWrite(
        actor,
        context,
        [{ action: 'create', resourceType: 'consent-override', resourceId: inserted.id, familyId: accessible.caseRow.familyId, purpose: `${context.purpose} (sharing without consent: ${override.legalBasis})` }],
        manager,
      );
    });
  }

  // ---------------------------------------------------------------- statuses

  /** A child's status starts; one current status of each type per child. Writes the chronology event. */
  async startStatus(actor: Actor, caseId: string, status: CaseStatus, context: RecordContext): Promise<void> {
    const accessible = await this.requireCaseWriter(actor, caseId, 'case:record-status', context.now);
    if (status.startedOn > dayOf(context.now)) {
      throw new DomainError('RECORD_INVALID', 'The start date cannot be in the future.', { errors: [{ path: 'startedOn', message: 'The start date cannot be in the future' }] });
    }
    await this.dataSource.transaction(async (manager) => {
      const childName = await this.requireFamilyMember(manager, accessible.caseRow.familyId, status.personId, true);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`case-status:${status.personId}:${status.statusType}`]);
      const [current] = await manager.query(`SELECT 1 FROM cases.case_status WHERE person_id = $1 AND status_type = $2 AND ended_on IS NULL`, [status.personId, status.statusType]);
      const label = labelOf(caseStatusTypes, status.statusType) ?? status.statusType;
      if (current) throw new DomainError('STATUS_NOT_POSSIBLE', `${childName} already has a current ${label.toLowerCase()} status. End it before starting another.`);
      const [inserted] = await manager.query(
        `INSERT INTO cases.case_status (case_id, person_id, status_type, category, legal_status, started_on, ended_on) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [caseId, status.personId, status.statusType, 'category' in status ? status.category : null, 'legalStatus' in status ? status.legalStatus : null, status.startedOn, status.endedOn ?? null],
      );
      await this.statusChronology(manager, accessible, status.personId, status.statusType, 'started', status.startedOn, `${label} started for ${childName}.`, inserted.id);
      await this.auditWrite(actor, context, [{ action: 'create', resourceType: 'case-status', resourceId: inserted.id, familyId: accessible.caseRow.familyId, purpose: context.purpose }], manager);
    });
  }

  async endStatus(actor: Actor, caseId: string, statusId: string, endedOn: string, context: RecordContext): Promise<void> {
    const accessible = await this.requireCaseWriter(actor, caseId, 'case:record-status', context.now);
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT s.id, s.person_id AS "personId", s.status_type AS "statusType", to_char(s.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(s.ended_on, 'YYYY-MM-DD') AS "endedOn",
                p.given_name || ' ' || p.family_name AS "childName"
           FROM cases.case_status s JOIN people.person p ON p.id = s.person_id WHERE s.id = $1 AND s.case_id = $2 FOR UPDATE OF s`,
        [statusId, caseId],
      );
      if (!row) throw new DomainError('STATUS_NOT_FOUND', 'There is no such status on this case.');
      if (row.endedOn) throw new DomainError('STATUS_NOT_POSSIBLE', `This status already ended on ${row.endedOn}.`);
      if (endedOn < row.startedOn) {
        throw new DomainError('RECORD_INVALID', `The end date must be on or after the start date, ${row.startedOn}.`, {
          errors: [{ path: 'endedOn', message: `The end date must be on or after the start date, ${row.startedOn}` }],
        });
      }
      if (endedOn > dayOf(context.now)) {
        throw new DomainError('RECORD_INVALID', 'The end date cannot be in the future.', { errors: [{ path: 'endedOn', message: 'The end date cannot be in the future' }] });
      }
      await manager.query(`UPDATE cases.case_status SET ended_on = $2 WHERE id = $1`, [statusId, endedOn]);
      const label = labelOf(caseStatusTypes, row.statusType) ?? row.statusType;
      await this.statusChronology(manager, accessible, row.personId, row.statusType, 'ended', endedOn, `${label} ended for ${row.childName}.`, statusId);
      await this.auditWrite(actor, context, [{ action: 'update', resourceType: 'case-status', resourceId: statusId, familyId: accessible.caseRow.familyId, purpose: `${context.purpose} (ended)` }], manager);
    });
  }

  private async statusChronology(manager: EntityManager, accessible: AccessibleCase, personId: string, statusType: string, change: 'started' | 'ended', on: string, summary: string, statusId: string) {
    const eventType = statusEvents[statusType as CaseStatus['statusType']]?.[change] ?? 'other';
    await manager.query(
      `INSERT INTO cases.chronology_entry (case_id, person_id, occurred_at, agency, event_type, summary, significance, source, source_ref, recorded_by_practitioner_id)
       VALUES ($1, $2, $3::date, $4, $5, $6, 'significant', 'automatic', $7, $8) ON CONFLICT DO NOTHING`,
      [accessible.caseRow.id, personId, on, accessible.practitioner?.agency ?? 'social-care', eventType, summary, `case-status:${statusId}:${change}`, accessible.practitioner?.id ?? null],
    );
  }
}
