import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { canSeeSensitive, canWriteCaseNotes, canWriteToCase, hasCapability, type Actor, type AgencyCode, type Capability } from '@childfirst/domain/access';
import { agencies } from '@childfirst/domain/agencies';
import { caseStatusTypes, chronologyEventTypes, consentPurposes, legalBases, noteTypes, type Sensitivity } from '@childfirst/domain/cases';
import { DomainError } from '@childfirst/domain/errors';
import { ageOn } from '@childfirst/domain/people';
import { CaseAccessService, type AccessibleCase } from '../access/case-access.service';
import { PractitionerRepository } from '../agencies/practitioner.repository';
import { AuditService } from '../audit/audit.service';
import { toWarningView } from './warning-view';
import { labelOf } from './code-labels';
import { unreadFromFamilySql } from '../portal/family-submissions.repository';

export interface RecordContext {
  requestId: string | null;
  purpose: string;
  now: Date;
}

export interface ChronologyFilter {
  agencies?: string[];
  eventTypes?: string[];
}

export interface NewCaseNote {
  noteType: string;
  occurredAt: string;
  body: string;
  sensitivity: Sensitivity;
  personIds: string[];
}

const NOTE_ID_NAMESPACE = '0b3f1f8e-5a7c-4c1e-8f0d-3a2b9c6d7e41';
const todayOf = (now: Date) => now.toISOString().slice(0, 10);

/** The case workspace: one family's case as a practitioner may see it. Reads are audited. */
@Injectable()
export class CaseRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly practitioners: PractitionerRepository,
    private readonly audit: AuditService,
  ) {}

  private async recordRead(actor: Actor, accessible: AccessibleCase, context: RecordContext, resourceType = 'family-case'): Promise<void> {
    const purpose = accessible.reviewRequired ? `${context.purpose} (emergency access)` : context.purpose;
    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
      { action: 'read', resourceType, resourceId: accessible.caseRow.id, familyId: accessible.caseRow.familyId, purpose },
    ]);
  }

  async getWorkspace(actor: Actor, caseId: string, context: RecordContext) {
    const accessible = await this.access.requireCase(actor, caseId, context.now);
    await this.recordRead(actor, accessible, context);
    const { caseRow } = accessible;
    const [family] = await this.dataSource.query(`SELECT id, family_name AS "familyName", reference FROM people.family WHERE id = $1`, [caseRow.familyId]);
    const keyWorker = caseRow.keyWorkerId ? await this.practitioners.findById(caseRow.keyWorkerId) : null;
    const team = await this.dataSource.query(
      `SELECT t.practitioner_id AS "practitionerId", p.display_name AS name, p.agency, t.case_role AS "caseRole", to_char(t.joined_on, 'YYYY-MM-DD') AS "joinedOn"
         FROM cases.team_member t JOIN agencies.practitioner p ON p.id = t.practitioner_id
        WHERE t.case_id = $1 AND t.left_on IS NULL ORDER BY t.joined_on, p.display_name`,
      [caseId],
    );
    const children = await this.dataSource.query(
      `SELECT p.id AS "personId", p.given_name || ' ' || p.family_name AS name, to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth"
         FROM people.family_member m JOIN people.person p ON p.id = m.person_id
        WHERE m.family_id = $1 AND m.member_role = 'child' AND m.left_on IS NULL AND p.merged_into_id IS NULL
        ORDER BY p.date_of_birth NULLS LAST`,
      [caseRow.familyId],
    );
    const statuses = await this.dataSource.query(
      `SELECT id, person_id AS "personId", status_type AS "statusType", category, legal_status AS "legalStatus", to_char(started_on, 'YYYY-MM-DD') AS "startedOn"
         FROM cases.case_status WHERE case_id = $1 AND ended_on IS NULL ORDER BY started_on`,
      [caseId],
    );
    const warnings = await this.dataSource.query(
      `SELECT w.id, w.person_id AS "personId", w.warning_type AS "warningType", w.description, to_char(w.review_on, 'YYYY-MM-DD') AS "reviewOn", w.person_told AS "personTold",
              w.person_not_told_reason AS "personNotToldReason", r.display_name AS "recordedBy", s.display_name AS "signedOffBy", w.signed_off_at AS "signedOffAt", w.version,
              p.given_name || ' ' || p.family_name AS "personName"
         FROM cases.warning_note w JOIN people.family_member m ON m.person_id = w.person_id JOIN people.person p ON p.id = w.person_id
         LEFT JOIN agencies.practitioner r ON r.id = w.recorded_by_practitioner_id
         LEFT JOIN agencies.practitioner s ON s.id = w.signed_off_by_practitioner_id
        WHERE m.family_id = $1 AND m.left_on IS NULL AND w.ended_on IS NULL ORDER BY w.created_at`,
      [caseRow.familyId],
    );
    const members = await this.dataSource.query(
      `SELECT p.id AS "personId", p.given_name || ' ' || p.family_name AS name, m.member_role AS "memberRole"
         FROM people.family_member m JOIN people.person p ON p.id = m.person_id
        WHERE m.family_id = $1 AND m.left_on IS NULL AND p.merged_into_id IS NULL
        ORDER BY m.member_role <> 'child', p.date_of_birth NULLS LAST`,
      [caseRow.familyId],
    );
    const involvements = await this.dataSource.query(
      `SELECT i.id, p.given_name || ' ' || p.family_name AS "personName", o.name AS "organisationName", o.agency, i.description,
              r.display_name AS "practitionerName", to_char(i.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(i.ended_on, 'YYYY-MM-DD') AS "endedOn"
         FROM cases.involvement i JOIN people.person p ON p.id = i.person_id JOIN agencies.organisation o ON o.id = i.organisation_id
         LEFT JOIN agencies.practitioner r ON r.id = i.practitioner_id
        WHERE i.case_id = $1 ORDER BY i.ended_on NULLS FIRST, i.started_on DESC`,
      [caseId],
    );
    const consent = await this.dataSource.query(
      `SELECT c.id, c.agency, c.purpose, p.given_name || ' ' || p.family_name AS "givenBy", c.given_at AS "givenAt", c.withdrawn_at AS "withdrawnAt"
         FROM cases.consent c LEFT JOIN people.person p ON p.id = c.person_id
        WHERE c.family_id = $1 ORDER BY c.withdrawn_at IS NOT NULL, c.given_at DESC`,
      [caseRow.familyId],
    );
    const consentOverrides = await this.dataSource.query(
      `SELECT o.id, o.agency, o.legal_basis AS "legalBasis", o.reason, r.display_name AS "recordedBy", o.recorded_at AS "recordedAt", o.ended_at AS "endedAt"
         FROM cases.consent_override o JOIN agencies.practitioner r ON r.id = o.recorded_by_practitioner_id
        WHERE o.case_id = $1 ORDER BY o.recorded_at DESC`,
      [caseId],
    );
    const decision = { allowed: true as const, relationship: accessible.relationship, reviewRequired: accessible.reviewRequired };
    const may = (capability: Capability) => accessible.practitioner !== null && canWriteToCase(accessible.viewer, decision, capability);
    const today = todayOf(context.now);
    return {
      id: caseRow.id,
      family,
      status: caseRow.status,
      openedOn: caseRow.openedOn,
      keyWorker: keyWorker
        ? { practitionerId: keyWorker.id, name: keyWorker.name, agency: keyWorker.agency, agencyLabel: labelOf(agencies, keyWorker.agency), teamName: keyWorker.teamName }
        : null,
      teamAroundTheFamily: team.map((member: { agency: string }) => ({ ...member, agencyLabel: labelOf(agencies, member.agency) })),
      children: children.map((child: { personId: string; dateOfBirth: string | null }) => ({
        ...child,
        age: child.dateOfBirth ? ageOn(child.dateOfBirth, today) : null,
        statuses: statuses
          .filter((status: { personId: string }) => status.personId === child.personId)
          .map((status: { id: string; statusType: string; category: string | null; legalStatus: string | null; startedOn: string }) => ({
            id: status.id,
            startedOn: status.startedOn,
            statusType: status.statusType,
            label: labelOf(caseStatusTypes, status.statusType),
            category: status.category,
            legalStatus: status.legalStatus,
          })),
      })),
      members,
      warnings: warnings.map(({ personId, personName, ...warning }: Parameters<typeof toWarningView>[0] & { personId: string; personName: string }) => ({ ...toWarningView(warning), personId, personName })),
      involvements: involvements.map((involvement: { agency: string }) => ({ ...involvement, agencyLabel: labelOf(agencies, involvement.agency) })),
      consent: consent.map((row: { agency: string; purpose: string; givenAt: Date; withdrawnAt: Date | null }) => ({
        ...row,
        agencyLabel: labelOf(agencies, row.agency),
        purposeLabel: labelOf(consentPurposes, row.purpose),
        givenAt: row.givenAt.toISOString(),
        withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      })),
      consentOverrides: consentOverrides.map((row: { agency: string; legalBasis: string; recordedAt: Date; endedAt: Date | null }) => ({
        ...row,
        agencyLabel: labelOf(agencies, row.agency),
        legalBasisLabel: labelOf(legalBases, row.legalBasis),
        recordedAt: row.recordedAt.toISOString(),
        endedAt: row.endedAt?.toISOString() ?? null,
      })),
      permissions: {
        writeNotes: may('case:write-notes'),
        recordConsent: may('case:record-consent'),
        overrideConsent: may('case:override-consent'),
        recordStatus: may('case:record-status'),
        signOffWarnings: may('warning:sign-off') && accessible.relationship !== 'break-glass',
      },
      access: { relationship: accessible.relationship, breakGlass: accessible.reviewRequired },
      version: caseRow.version,
    };
  }

  async getChronology(actor: Actor, caseId: string, filter: ChronologyFilter, context: RecordContext) {
    const accessible = await this.access.requireCase(actor, caseId, context.now);
    await this.recordRead(actor, accessible, context, 'chronology');
    const rows: { id: string; occurredAt: Date; agency: string; eventType: string; summary: string; source: string; sensitivity: Sensitivity; recordedBy: string | null; personName: string | null }[] =
      await this.dataSource.query(
        `SELECT c.id, c.occurred_at AS "occurredAt", c.agency, c.event_type AS "eventType", c.summary, c.source, c.sensitivity,
                r.display_name AS "recordedBy", p.given_name || ' ' || p.family_name AS "personName"
           FROM cases.chronology_entry c
           LEFT JOIN agencies.practitioner r ON r.id = c.recorded_by_practitioner_id
           LEFT JOIN people.person p ON p.id = c.person_id
          WHERE c.case_id = $1
            AND (cardinality($2::text[]) = 0 OR c.agency = ANY($2))
            AND (cardinality($3::text[]) = 0 OR c.event_type = ANY($3))
          ORDER BY c.occurred_at DESC LIMIT 500`,
        [caseId, filter.agencies ?? [], filter.eventTypes ?? []],
      );
    const visible = rows.filter((row) => canSeeSensitive(accessible.viewer, accessible.relationship, row.sensitivity, row.agency as AgencyCode));
    const present = await this.dataSource.query(`SELECT DISTINCT agency, event_type AS "eventType" FROM cases.chronology_entry WHERE case_id = $1`, [caseId]);
    return {
      items: visible.map(({ sensitivity: _sensitivity, ...row }) => ({
        ...row,
        occurredAt: row.occurredAt.toISOString(),
        agencyLabel: labelOf(agencies, row.agency),
        eventLabel: labelOf(chronologyEventTypes, row.eventType),
        source: row.source as 'automatic' | 'curated',
      })),
      filters: {
        agencies: [...new Set<string>(present.map((p: { agency: string }) => p.agency))].sort().map((value) => ({ value, label: labelOf(agencies, value) ?? value })),
        eventTypes: [...new Set<string>(present.map((p: { eventType: string }) => p.eventType))].sort().map((value) => ({ value, label: labelOf(chronologyEventTypes, value) ?? value })),
      },
    };
  }

  async listNotes(actor: Actor, caseId: string, context: RecordContext) {
    const accessible = await this.access.requireCase(actor, caseId, context.now);
    await this.recordRead(actor, accessible, context, 'case-notes');
    const rows: { id: string; occurredAt: Date; noteType: string; body: string; agency: string; author: string; sensitivity: Sensitivity }[] = await this.dataSource.query(
      `SELECT n.id, n.occurred_at AS "occurredAt", n.note_type AS "noteType", n.body, n.agency, p.display_name AS author, n.sensitivity
         FROM cases.case_note n JOIN agencies.practitioner p ON p.id = n.author_practitioner_id
        WHERE n.case_id = $1 ORDER BY n.occurred_at DESC LIMIT 500`,
      [caseId],
    );
    return {
      items: rows
        .filter((row) => canSeeSensitive(accessible.viewer, accessible.relationship, row.sensitivity, row.agency as AgencyCode))
        .map((row) => this.toNoteView(row)),
    };
  }

  private toNoteView(row: { id: string; occurredAt: Date; noteType: string; body: string; agency: string; author: string; sensitivity: string }) {
    return { ...row, occurredAt: row.occurredAt.toISOString(), noteTypeLabel: labelOf(noteTypes, row.noteType), agencyLabel: labelOf(agencies, row.agency) };
  }

  /** Idempotent: the note id derives from the author and the Idempotency-Key. */
  async addNote(actor: Actor, caseId: string, note: NewCaseNote, idempotencyKey: string, context: RecordContext) {
    const accessible = await this.access.requireCase(actor, caseId, context.now);
    if (!accessible.practitioner) throw new DomainError('NOT_A_PRACTITIONER', 'Your sign-in is not linked to a practitioner record. Ask an administrator to set you up.');
    if (!canWriteCaseNotes(accessible.viewer, { allowed: true, relationship: accessible.relationship, reviewRequired: accessible.reviewRequired })) {
      throw new DomainError('CASE_ACCESS_DENIED', 'You can read this case but not add notes to it.');
    }
    const id = uuidv5(JSON.stringify([actor.subject, idempotencyKey]), NOTE_ID_NAMESPACE);
    const practitioner = accessible.practitioner;
    const created = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query(
        `INSERT INTO cases.case_note (id, case_id, person_ids, author_practitioner_id, agency, note_type, occurred_at, body, sensitivity, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, caseId, note.personIds, practitioner.id, practitioner.agency, note.noteType, note.occurredAt, note.body, note.sensitivity],
      );
      const isNew = inserted.length > 0;
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
        { action: isNew ? 'create' : 'read', resourceType: 'case-note', resourceId: id, familyId: accessible.caseRow.familyId, purpose: context.purpose },
      ], manager);
      return isNew;
    });
    const [row] = await this.dataSource.query(
      `SELECT n.id, n.occurred_at AS "occurredAt", n.note_type AS "noteType", n.body, n.agency, p.display_name AS author, n.sensitivity
         FROM cases.case_note n JOIN agencies.practitioner p ON p.id = n.author_practitioner_id
        WHERE n.id = $1 AND n.case_id = $2`,
      [id, caseId],
    );
    if (!row) throw new DomainError('CASE_NOT_FOUND', 'There is no case with that id, or you do not have access to it.');
    const stored = this.toNoteView(row);
    return { note: stored, created };
  }

  /** Changes the ONE key worker, refusing a change made on a stale view and saying what changed. */
  async assignKeyWorker(actor: Actor, caseId: string, practitionerId: string, expectedVersion: number, context: RecordContext) {
    if (!hasCapability(actor.roles, 'case:assign-key-worker')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to change key workers.');
    const accessible = await this.access.requireCase(actor, caseId, context.now);
    const newKeyWorker = await this.practitioners.findById(practitionerId);
    if (!newKeyWorker) throw new DomainError('PRACTITIONER_NOT_FOUND', 'There is no practitioner with that id. Choose one from the list.');
    await this.dataSource.transaction(async (manager) => {
      const updated = await manager.query(
        `UPDATE cases.family_case SET key_worker_id = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3 RETURNING version`,
        [caseId, practitionerId, expectedVersion],
      );
      if (updated[0].length === 0) {
        const [current] = await manager.query(
          `SELECT c.version, p.display_name AS "keyWorkerName" FROM cases.family_case c LEFT JOIN agencies.practitioner p ON p.id = c.key_worker_id WHERE c.id = $1`,
          [caseId],
        );
        throw new DomainError(
          'CASE_CHANGED_SINCE_VIEWED',
          `This case changed since you opened it: the key worker is now ${current?.keyWorkerName ?? 'not set'}. Check the case again before changing the key worker.`,
        );
      }
      await manager.query(
        `INSERT INTO cases.chronology_entry (case_id, occurred_at, agency, event_type, summary, significance, source, source_ref, recorded_by_practitioner_id)
         VALUES ($1, $2, $3, 'key-worker-changed', $4, 'significant', 'automatic', $5, $6)`,
        [caseId, context.now, newKeyWorker.agency, `Key worker changed to ${newKeyWorker.name} (${newKeyWorker.teamName}).`, `family-case:${caseId}:key-worker:v${expectedVersion + 1}`, accessible.practitioner?.id ?? null],
      );
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
        { action: 'update', resourceType: 'family-case', resourceId: caseId, familyId: accessible.caseRow.familyId, purpose: context.purpose },
      ], manager);
    });
    return this.getWorkspace(actor, caseId, context);
  }

  /**
   * The signed-in practitioner's cases: as key worker and as a member of the team around the family;
   * on their key worker cases, how much the family sent that nobody on the staff side has read yet.
   */
  async caseload(actor: Actor) {
    const { practitioner } = await this.access.viewerFor(actor);
    if (!practitioner) return { items: [] };
    const rows = await this.dataSource.query(
      `SELECT c.id AS "caseId", f.family_name AS "familyName", f.reference,
              CASE WHEN c.key_worker_id = $1 THEN 'key-worker' ELSE 'team-member' END AS "myRole",
              (SELECT count(*)::int FROM people.family_member m WHERE m.family_id = c.family_id AND m.member_role = 'child' AND m.left_on IS NULL) AS "childrenCount",
              ARRAY(SELECT DISTINCT s.status_type FROM cases.case_status s WHERE s.case_id = c.id AND s.ended_on IS NULL) AS "statusTypes",
              CASE WHEN c.key_worker_id = $1 THEN ${unreadFromFamilySql('c.family_id')} END AS "unreadFromFamily"
         FROM cases.family_case c JOIN people.family f ON f.id = c.family_id
        WHERE c.status = 'open'
          AND (c.key_worker_id = $1 OR EXISTS (SELECT 1 FROM cases.team_member t WHERE t.case_id = c.id AND t.practitioner_id = $1 AND t.left_on IS NULL))
        ORDER BY "myRole", f.family_name LIMIT 500`,
      [practitioner.id],
    );
    return {
      items: rows.map(({ statusTypes, ...row }: { statusTypes: string[] }) => ({ ...row, statuses: statusTypes.map((type) => ({ label: labelOf(caseStatusTypes, type) ?? type })) })),
    };
  }
}
