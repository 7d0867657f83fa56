import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { hasCapability, type Actor } from '@childfirst/domain/access';
import { DomainError } from '@childfirst/domain/errors';
import { checkPersonDates, fieldsChangedBy, personFieldLabels, type PersonCreate, type PersonField, type PersonUpdate } from '@childfirst/domain/people';
import { AuditService } from '../audit/audit.service';
import { PersonSearchRepository, type PersonSearchMatch } from './person-search.repository';
import { searchNameOf } from './search-name';
import { PersonRecordService, type PersonRecordContext } from './person-record.service';

const PERSON_ID_NAMESPACE = '2c7a4f0e-91b3-4d6a-8e25-5f0c3b7d9a18';
/** A candidate this close (name similarity + same date of birth, or same NHS number) is worth a look. */
const DUPLICATE_SCORE = 0.8;

const listOf = (items: string[]) => (items.length <= 1 ? (items[0] ?? 'the record') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const londonTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** A person's address from a day on; earlier ones stay as their address history. */
function insertAddress(manager: EntityManager, personId: string, address: NonNullable<PersonCreate['address']>, movedInOn: string) {
  return manager.query(`INSERT INTO people.address (person_id, line1, line2, town, postcode, moved_in_on) VALUES ($1, $2, $3, $4, $5, $6)`, [
    personId,
    address.line1,
    address.line2 ?? null,
    address.town,
    address.postcode,
    movedInOn,
  ]);
}

const notFound = () => new DomainError('PERSON_NOT_FOUND', 'There is no person with that id, or you do not have access to their record.');

/** Creating, changing and merging person records: duplicates warned about, edits never lost. */
@Injectable()
export class PersonRegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: PersonSearchRepository,
    private readonly audit: AuditService,
    private readonly people: PersonRecordService,
  ) {}

  private requireEdit(actor: Actor): void {
    if (!hasCapability(actor.roles, 'record:edit')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to create or change person records.');
  }

  private checkDates(input: { dateOfBirth?: string | null; expectedDateOfBirth?: string | null }, now: Date): void {
    const problems = checkPersonDates(input, now.toISOString().slice(0, 10));
    if (problems.length > 0) {
      throw new DomainError('PERSON_INVALID', problems.map((p) => p.message).join('. '), { errors: problems.map((p) => ({ path: p.path.join('.'), message: p.message })) });
    }
  }

  /** People who may be the same as the one being recorded: same NHS number, or a close name with the same date of birth. */
  async findPossibleDuplicates(person: PersonCreate): Promise<PersonSearchMatch[]> {
    const byNhs = person.nhsNumber ? await this.search.search({ nhsNumber: person.nhsNumber, limit: 5 }, null) : [];
    const byName = person.dateOfBirth
      ? await this.search.search({ name: `${person.name.givenName} ${person.name.familyName}`, dateOfBirth: person.dateOfBirth, limit: 10 }, null)
      : [];
    const seen = new Map<string, PersonSearchMatch>();
    for (const hit of [...byNhs, ...byName.filter((h) => h.score >= DUPLICATE_SCORE)]) seen.set(hit.id, hit);
    return [...seen.values()];
  }

  /**
   * Records a new person. If they may already have a record, answers 409 with the candidates
   * unless the practitioner has looked and said so (`duplicatesReviewed`); a person with the same
   * NHS number is always refused (one record per person). Idempotent per Idempotency-Key.
   */
  async createPerson(actor: Actor, person: PersonCreate, duplicatesReviewed: boolean, idempotencyKey: string, context: PersonRecordContext): Promise<{ id: string; created: boolean }> {
    this.requireEdit(actor);
    this.checkDates(person, context.now);
    const id = uuidv5(JSON.stringify([actor.subject, idempotencyKey]), PERSON_ID_NAMESPACE);
    const [existing] = await this.dataSource.query(`SELECT id FROM people.person WHERE id = $1`, [id]);
    if (existing) return { id, created: false };

    const duplicates = await this.findPossibleDuplicates(person);
    const sameNhs = duplicates.find((d) => person.nhsNumber && d.nhsNumber === person.nhsNumber);
    // The candidates are shown as a search would show them to this practitioner: identifiers only where they work with the person.
    if (sameNhs) {
      throw new DomainError('POSSIBLE_DUPLICATE', `A record with NHS number ${person.nhsNumber} already exists. Open that record instead of creating another.`, {
        duplicates: await this.people.searchResultViews(actor, [sameNhs], context.now),
      });
    }
    if (duplicates.length > 0 && !duplicatesReviewed) {
      throw new DomainError(
        'POSSIBLE_DUPLICATE',
        `${duplicates.length === 1 ? 'A person' : `${duplicates.length} people`} with a similar name and the same date of birth already ${duplicates.length === 1 ? 'has a record' : 'have records'}. Check them; if this is someone else, confirm and create the record.`,
        { duplicates: await this.people.searchResultViews(actor, duplicates, context.now) },
      );
    }

    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO people.person (id, given_name, middle_names, family_name, preferred_name, search_name, date_of_birth, expected_date_of_birth, sex,
                                    gender_identity, ethnicity, first_language, interpreter_needed, religion, disabilities, nhs_number, upn, school_id, gp_practice_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 1)`,
        [
          id,
          person.name.givenName,
          person.name.middleNames ?? null,
          person.name.familyName,
          person.name.preferredName ?? null,
          searchNameOf(person.name, (person.aliases ?? []).map((a) => ({ givenName: a.givenName ?? null, familyName: a.familyName }))),
          person.dateOfBirth ?? null,
          person.expectedDateOfBirth ?? null,
          person.sex,
          person.genderIdentity ?? null,
          person.ethnicity ?? null,
          person.firstLanguage ?? null,
          person.interpreterNeeded,
          person.religion ?? null,
          person.disabilities,
          person.nhsNumber ?? null,
          person.upn ?? null,
          person.schoolId ?? null,
          person.gpPracticeId ?? null,
        ],
      );
      for (const alias of person.aliases ?? []) {
        await manager.query(`INSERT INTO people.person_alias (person_id, alias_type, given_name, family_name) VALUES ($1, $2, $3, $4)`, [id, alias.type, alias.givenName ?? null, alias.familyName]);
      }
      if (person.address) await insertAddress(manager, id, person.address, context.now.toISOString().slice(0, 10));
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
        { action: 'create', resourceType: 'person', resourceId: id, familyId: null, purpose: context.purpose },
      ], manager);
    });
    return { id, created: true };
  }

  /** Changes the fields sent, only if nobody changed the record since `version`; says what changed if they did. */
  async updatePerson(actor: Actor, personId: string, change: PersonUpdate, context: PersonRecordContext): Promise<void> {
    this.requireEdit(actor);
    this.checkDates(change, context.now);
    await this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query(
        `SELECT version, given_name AS "givenName", middle_names AS "middleNames", family_name AS "familyName", updated_at AS "updatedAt" FROM people.person WHERE id = $1 FOR UPDATE`,
        [personId],
      );
      if (!current) throw notFound();
      if (current.version !== change.version) {
        const changes: { version: number; changedAt: Date; changedBy: string; fields: string[] }[] = await manager.query(
          `SELECT version, changed_at AS "changedAt", changed_by AS "changedBy", fields FROM people.person_change WHERE person_id = $1 AND version > $2 ORDER BY version`,
          [personId, change.version],
        );
        const described = changes.map((c) => ({
          version: c.version,
          changedAt: c.changedAt.toISOString(),
          changedBy: c.changedBy,
          fields: c.fields.map((field) => personFieldLabels[field as PersonField] ?? field),
        }));
        const summary = described.length
          ? ` Since you opened it, ${described.map((c) => `${c.changedBy} changed ${listOf(c.fields.map((f) => f.toLowerCase()))} (${londonTime(c.changedAt)})`).join('; ')}.`
          : '';
        throw new DomainError(
          'PERSON_CHANGED_SINCE_VIEWED',
          `Someone changed this record since you opened it.${summary} Your changes were not saved: reload the record, check what changed, and make your change again.`,
          { currentVersion: current.version, changes: described },
        );
      }
      const columns: Record<string, unknown> = {};
      if (change.name) {
        Object.assign(columns, {
          given_name: change.name.givenName,
          middle_names: change.name.middleNames ?? null,
          family_name: change.name.familyName,
          preferred_name: change.name.preferredName ?? null,
        });
      }
      const simple: [keyof PersonUpdate, string][] = [
        ['dateOfBirth', 'date_of_birth'],
        ['expectedDateOfBirth', 'expected_date_of_birth'],
        ['sex', 'sex'],
        ['genderIdentity', 'gender_identity'],
        ['ethnicity', 'ethnicity'],
        ['firstLanguage', 'first_language'],
        ['interpreterNeeded', 'interpreter_needed'],
        ['religion', 'religion'],
        ['disabilities', 'disabilities'],
        ['nhsNumber', 'nhs_number'],
        ['upn', 'upn'],
        ['schoolId', 'school_id'],
        ['gpPracticeId', 'gp_practice_id'],
      ];
      for (const [field, column] of simple) if (change[field] !== undefined) columns[column] = change[field];
      // A recorded birth ends the expected date.
      if (change.dateOfBirth) columns.expected_date_of_birth = null;
      const name = change.name ?? { givenName: current.givenName, middleNames: current.middleNames, familyName: current.familyName };
      const aliases: { givenName: string | null; familyName: string }[] = await manager.query(`SELECT given_name AS "givenName", family_name AS "familyName" FROM people.person_alias WHERE person_id = $1`, [personId]);
      // Other names are history: new ones are added, none is dropped by an edit.
      const newAliases = (change.aliases ?? []).filter(
        (alias) => !aliases.some((known) => known.familyName === alias.familyName && (known.givenName ?? null) === (alias.givenName ?? null)),
      );
      for (const alias of newAliases) {
        await manager.query(`INSERT INTO people.person_alias (person_id, alias_type, given_name, family_name) VALUES ($1, $2, $3, $4)`, [personId, alias.type, alias.givenName ?? null, alias.familyName]);
      }
      const allAliases = [...aliases, ...newAliases.map((a) => ({ givenName: a.givenName ?? null, familyName: a.familyName }))];
      columns.search_name = searchNameOf(name, allAliases);
      // A new address is a move: the current one ends today and stays in the address history; null means no longer known.
      if (change.address !== undefined) {
        const today = context.now.toISOString().slice(0, 10);
        await manager.query(`UPDATE people.address SET moved_out_on = $2 WHERE person_id = $1 AND moved_out_on IS NULL`, [personId, today]);
        if (change.address) await insertAddress(manager, personId, change.address, today);
      }
      const entries = Object.entries(columns);
      await manager.query(
        `UPDATE people.person SET ${entries.map(([column], i) => `"${column}" = $${i + 2}`).join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`,
        [personId, ...entries.map(([, value]) => value)],
      );
      await manager.query(`INSERT INTO people.person_change (person_id, version, changed_at, changed_by, fields) VALUES ($1, $2, $3, $4, $5)`, [
        personId,
        change.version + 1,
        context.now,
        actor.displayName,
        fieldsChangedBy(change),
      ]);
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
        { action: 'update', resourceType: 'person', resourceId: personId, familyId: null, purpose: context.purpose },
      ], manager);
    });
  }

  /**
   * Merges a duplicate into the surviving record. Nothing is deleted or moved: the duplicate keeps
   * its history, points at the survivor, drops out of search, and the merge is logged with reason.
   */
  async mergePeople(actor: Actor, duplicateId: string, survivorId: string, reason: string, context: PersonRecordContext): Promise<void> {
    if (!hasCapability(actor.roles, 'record:merge')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to merge person records.');
    if (duplicateId === survivorId) throw new DomainError('MERGE_NOT_POSSIBLE', 'A record cannot be merged into itself.');
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const rows: { id: string; mergedIntoId: string | null }[] = await manager.query(
        `SELECT id, merged_into_id AS "mergedIntoId" FROM people.person WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [[duplicateId, survivorId]],
      );
      if (rows.length !== 2) throw notFound();
      if (rows.some((row) => row.mergedIntoId)) throw new DomainError('MERGE_NOT_POSSIBLE', 'One of these records has already been merged into another. Merge into the surviving record instead.');
      await manager.query(`UPDATE people.person SET merged_into_id = $2, version = version + 1, updated_at = now() WHERE id = $1`, [duplicateId, survivorId]);
      await manager.query(`INSERT INTO people.person_merge (merged_person_id, into_person_id, reason, merged_by, merged_at) VALUES ($1, $2, $3, $4, $5)`, [
        duplicateId,
        survivorId,
        reason,
        actor.displayName,
        context.now,
      ]);
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
        { action: 'update', resourceType: 'person', resourceId: duplicateId, familyId: null, purpose: `${context.purpose}: merged into ${survivorId}` },
        { action: 'update', resourceType: 'person', resourceId: survivorId, familyId: null, purpose: `${context.purpose}: ${duplicateId} merged in` },
      ], manager);
    });
  }
}
