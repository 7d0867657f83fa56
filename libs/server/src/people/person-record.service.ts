import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import {
  canSeeRestrictedPerson,
  canSeeSensitive,
  decideCaseAccess,
  decidePersonSearchDisclosure,
  hasCapability,
  personSearchPurposeText,
  strongestRelationship,
  type Actor,
  type CaseRelationship,
  type CaseViewer,
} from '@childfirst/domain/access';
import { caseStatusTypes } from '@childfirst/domain/cases';
import { DomainError } from '@childfirst/domain/errors';
import { ageOn, disabilities, ethnicities, genderIdentities, languages, religions, sexes } from '@childfirst/domain/people';
import type { PersonSearchHit, PersonSearchQuery } from '@childfirst/domain/casework';
import { CaseAccessService, type CaseRow } from '../access/case-access.service';
import { AuditService } from '../audit/audit.service';
import { labelOf } from '../cases/code-labels';
import { toWarningView } from '../cases/warning-view';
import { PersonSearchRepository, type PersonSearchMatch as FoundPerson } from './person-search.repository';
import { toPersonSearchHit } from './person-search-view';

export interface PersonRecordContext {
  requestId: string | null;
  purpose: string;
  now: Date;
}

const notFound = () => new DomainError('PERSON_NOT_FOUND', 'There is no person with that id, or you do not have access to their record.');

/** A person's record as a practitioner may see it; every read is audited with its purpose. */
@Injectable()
export class PersonRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly search: PersonSearchRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * People matching the search, each shown as the access policy allows this searcher
   * (`decidePersonSearchDisclosure`: identifiers only to those working with the person and the
   * front door). The search itself is audited with its terms, purpose and result count, and each
   * person shown with the same purpose, so "who has viewed this record" lists the search too.
   */
  async searchPeople(actor: Actor, query: PersonSearchQuery, context: PersonRecordContext): Promise<{ items: PersonSearchHit[] }> {
    if (!hasCapability(actor.roles, 'record:view')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to search records.');
    const { purpose, purposeDetail, ...terms } = query;
    const { viewer } = await this.access.viewerFor(actor);
    const items = await this.searchResultViews(actor, await this.search.search(terms, viewer.practitionerId), context.now, viewer);
    const why = personSearchPurposeText(purpose, purposeDetail);
    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
      {
        action: 'read',
        resourceType: 'person-search',
        resourceId: randomUUID(),
        familyId: null,
        purpose: `Person search: ${why}`,
        details: { terms: { ...terms }, purpose, purposeDetail: purposeDetail ?? null, resultCount: items.length },
      },
      ...items.map((item) => ({
        action: 'read' as const,
        resourceType: 'person-search-result',
        resourceId: item.id,
        familyId: null,
        purpose: `Found by a person search: ${why}`,
        details: { identifiersShown: item.identifiersShown },
      })),
    ]);
    return { items };
  }

  /** People found (by a search or as possible duplicates) as this actor may see them. */
  async searchResultViews(actor: Actor, found: readonly FoundPerson[], now: Date, knownViewer?: CaseViewer): Promise<PersonSearchHit[]> {
    const viewer = knownViewer ?? (await this.access.viewerFor(actor)).viewer;
    const ids = found.map((person) => person.id);
    const [relationships, details] = await Promise.all([this.relationshipsTo(actor, viewer, ids, now), this.search.detailsOf(ids)]);
    return found.map((person) => {
      const personDetails = details.get(person.id) ?? null;
      const disclosure = decidePersonSearchDisclosure(viewer, relationships.get(person.id) ?? null, personDetails?.confidential ?? false);
      return toPersonSearchHit(person, personDetails, disclosure);
    });
  }

  /**
   * The strongest relationship the actor has to each person, through any case of any family they
   * (or a record merged into them) are in; null if none. A person in no case is visible to the front
   * door (they may be the subject of a referral). Facts for every case are read in one query.
   */
  private async relationshipsTo(actor: Actor, viewer: CaseViewer, personIds: readonly string[], now: Date): Promise<Map<string, CaseRelationship | null>> {
    const cases: ({ personId: string } & Pick<CaseRow, 'id' | 'keyWorkerId' | 'allocatedTeamId'>)[] = personIds.length
      ? await this.dataSource.query(
          `WITH RECURSIVE record AS (SELECT id AS person_id, id AS record_id, 0 AS depth FROM people.person WHERE id = ANY($1::uuid[])
                                     UNION ALL SELECT r.person_id, p.id, r.depth + 1 FROM people.person p JOIN record r ON p.merged_into_id = r.record_id WHERE r.depth < 20)
           SELECT DISTINCT r.person_id AS "personId", c.id, c.key_worker_id AS "keyWorkerId", c.allocated_team_id AS "allocatedTeamId"
             FROM record r JOIN people.family_member m ON m.person_id = r.record_id JOIN cases.family_case c ON c.family_id = m.family_id`,
          [personIds],
        )
      : [];
    const facts = await this.access.factsForCases(cases, viewer, now);
    const frontDoorSeesUnknownPeople = hasCapability(actor.roles, 'referral:triage:view');
    const relationships = new Map<string, CaseRelationship | null>();
    for (const personId of personIds) {
      const theirCases = cases.filter((c) => c.personId === personId);
      const decisions = theirCases.map((c) => decideCaseAccess(viewer, facts.get(c.id)!));
      const relationship = strongestRelationship(decisions.map((decision) => (decision.allowed ? decision.relationship : null)));
      relationships.set(personId, relationship ?? (theirCases.length === 0 && frontDoorSeesUnknownPeople ? 'triage' : null));
    }
    return relationships;
  }

  /**
   * Resolves a (possibly merged-away) person id to the surviving record and checks the actor may
   * see it: 404 otherwise. No audit and no record fetch, so changes can check access cheaply.
   */
  async requireAccess(actor: Actor, requestedId: string, now: Date): Promise<{ personId: string; allIds: string[]; viewer: CaseViewer; relationship: CaseRelationship }> {
    if (!hasCapability(actor.roles, 'record:view')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to see records.');
    // A merged-away record shows the surviving one (which carries both histories).
    const [resolved] = await this.dataSource.query(
      `WITH RECURSIVE chain AS (SELECT id, merged_into_id, restricted, 0 AS depth FROM people.person WHERE id = $1
                                UNION ALL SELECT p.id, p.merged_into_id, p.restricted, c.depth + 1 FROM people.person p JOIN chain c ON p.id = c.merged_into_id WHERE c.depth < 20)
       SELECT id, restricted FROM chain WHERE merged_into_id IS NULL LIMIT 1`,
      [requestedId],
    );
    if (!resolved) throw notFound();
    const personId: string = resolved.id;
    const { viewer } = await this.access.viewerFor(actor);
    if (resolved.restricted) {
      const named: { practitionerId: string }[] = await this.dataSource.query(`SELECT practitioner_id AS "practitionerId" FROM access.restricted_person_access WHERE person_id = $1`, [personId]);
      if (!canSeeRestrictedPerson(viewer, named.map((n) => n.practitionerId))) throw notFound();
    }
    const merged: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE merged AS (SELECT id FROM people.person WHERE merged_into_id = $1
                                 UNION SELECT p.id FROM people.person p JOIN merged m ON p.merged_into_id = m.id)
       SELECT id FROM merged`,
      [personId],
    );
    const allIds = [personId, ...merged.map((m) => m.id)];
    const relationship = (await this.relationshipsTo(actor, viewer, [personId], now)).get(personId) ?? null;
    if (!relationship) throw notFound();
    return { personId, allIds, viewer, relationship };
  }

  async getPerson(actor: Actor, requestedId: string, context: PersonRecordContext) {
    const { personId, allIds, viewer, relationship } = await this.requireAccess(actor, requestedId, context.now);
    const [person] = await this.dataSource.query(
      `SELECT id, given_name AS "givenName", middle_names AS "middleNames", family_name AS "familyName", preferred_name AS "preferredName",
              to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", to_char(expected_date_of_birth, 'YYYY-MM-DD') AS "expectedDateOfBirth",
              sex, gender_identity AS "genderIdentity", ethnicity, first_language AS "firstLanguage", interpreter_needed AS "interpreterNeeded",
              religion, disabilities, nhs_number AS "nhsNumber", upn, school_id AS "schoolId", gp_practice_id AS "gpPracticeId",
              restricted, merged_into_id AS "mergedIntoId", version
         FROM people.person WHERE id = $1`,
      [personId],
    );
    if (!person) throw notFound();

    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
      { action: 'read', resourceType: 'person', resourceId: personId, familyId: null, purpose: context.purpose },
    ]);

    const [aliases, addresses, organisations, warnings, statuses, families, merges] = await Promise.all([
      this.dataSource.query(
        `SELECT alias_type AS "aliasType", given_name AS "givenName", family_name AS "familyName" FROM people.person_alias WHERE person_id = ANY($1::uuid[])
         UNION ALL SELECT 'merged-record', given_name, family_name FROM people.person WHERE id = ANY($1::uuid[]) AND id <> $2`,
        [allIds, personId],
      ),
      this.dataSource.query(
        `SELECT line1, line2, town, postcode, to_char(moved_in_on, 'YYYY-MM-DD') AS "movedInOn", to_char(moved_out_on, 'YYYY-MM-DD') AS "movedOutOn", confidential
           FROM people.address WHERE person_id = ANY($1::uuid[]) ORDER BY moved_in_on DESC`,
        [allIds],
      ),
      this.dataSource.query(`SELECT id, name FROM agencies.organisation WHERE id = ANY($1::uuid[])`, [[person.schoolId, person.gpPracticeId].filter(Boolean)]),
      this.dataSource.query(
        `SELECT w.id, w.warning_type AS "warningType", w.description, to_char(w.review_on, 'YYYY-MM-DD') AS "reviewOn", w.person_told AS "personTold",
                w.person_not_told_reason AS "personNotToldReason", r.display_name AS "recordedBy", s.display_name AS "signedOffBy", w.signed_off_at AS "signedOffAt", w.version
           FROM cases.warning_note w
           LEFT JOIN agencies.practitioner r ON r.id = w.recorded_by_practitioner_id
           LEFT JOIN agencies.practitioner s ON s.id = w.signed_off_by_practitioner_id
          WHERE w.person_id = ANY($1::uuid[]) AND w.ended_on IS NULL ORDER BY w.created_at`,
        [allIds],
      ),
      this.dataSource.query(
        `SELECT id, status_type AS "statusType", category, legal_status AS "legalStatus", to_char(started_on, 'YYYY-MM-DD') AS "startedOn", to_char(ended_on, 'YYYY-MM-DD') AS "endedOn"
           FROM cases.case_status WHERE person_id = ANY($1::uuid[]) ORDER BY started_on DESC`,
        [allIds],
      ),
      this.dataSource.query(
        `SELECT f.id, f.family_name AS "familyName", f.reference, c.id AS "caseId"
           FROM people.family_member m JOIN people.family f ON f.id = m.family_id LEFT JOIN cases.family_case c ON c.family_id = f.id
          WHERE m.person_id = ANY($1::uuid[]) ORDER BY f.family_name`,
        [allIds],
      ),
      this.dataSource.query(
        `SELECT merged_person_id AS "personId", merged_at AS "mergedAt", merged_by AS "mergedBy", reason FROM people.person_merge WHERE into_person_id = ANY($1::uuid[]) ORDER BY merged_at`,
        [allIds],
      ),
    ]);
    const organisationName = (id: string | null) => (id ? (organisations.find((o: { id: string }) => o.id === id) ?? null) : null);
    // Field-level sensitivity: a confidential address is withheld from those who may see the record but not the field.
    const addressWithheld = addresses.some((a: { confidential: boolean }) => a.confidential) && !canSeeSensitive(viewer, relationship, 'confidential-address', null);
    const current = addresses.find((a: { movedOutOn: string | null }) => a.movedOutOn === null) ?? null;
    const today = context.now.toISOString().slice(0, 10);
    const { schoolId: _schoolId, gpPracticeId: _gpPracticeId, mergedIntoId: _mergedIntoId, ...core } = person;
    return {
      ...core,
      aliases,
      age: person.dateOfBirth ? ageOn(person.dateOfBirth, today) : null,
      sexLabel: labelOf(sexes, person.sex),
      genderIdentity: person.genderIdentity,
      ethnicityLabel: labelOf(ethnicities, person.ethnicity),
      firstLanguageLabel: labelOf(languages, person.firstLanguage),
      religionLabel: labelOf(religions, person.religion),
      genderIdentityLabel: labelOf(genderIdentities, person.genderIdentity),
      disabilities: (person.disabilities as string[]).map((code) => ({ code, label: labelOf(disabilities, code) ?? code })),
      school: organisationName(person.schoolId),
      gpPractice: organisationName(person.gpPracticeId),
      currentAddress: addressWithheld || !current ? null : { line1: current.line1, line2: current.line2, town: current.town, postcode: current.postcode },
      addressWithheld,
      addressHistory: addressWithheld ? [] : addresses.map(({ confidential: _confidential, line2: _line2, ...a }: { confidential: boolean; line2: string | null }) => a),
      warnings: warnings.map(toWarningView),
      statuses: statuses.map((s: { statusType: string }) => ({ ...s, label: labelOf(caseStatusTypes, s.statusType) })),
      families,
      merges: merges.map((m: { mergedAt: Date }) => ({ ...m, mergedAt: m.mergedAt.toISOString() })),
    };
  }

  /** "Who has viewed this record": for managers and the data protection officer. */
  async viewers(actor: Actor, personId: string, context: PersonRecordContext) {
    if (!hasCapability(actor.roles, 'record:viewers')) throw new DomainError('CAPABILITY_MISSING', 'Your role does not allow you to see who viewed a record.');
    const [exists] = await this.dataSource.query(`SELECT 1 FROM people.person WHERE id = $1`, [personId]);
    if (!exists) throw notFound();
    const items = await this.dataSource.query(
      `SELECT actor_name AS "actorName", occurred_at AS "occurredAt", purpose FROM audit.audit_event
        WHERE resource_type IN ('person', 'person-search-result') AND resource_id = $1 AND action = 'read'
        ORDER BY sequence DESC LIMIT 500`,
      [personId],
    );
    await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
      { action: 'read', resourceType: 'person-viewers', resourceId: personId, familyId: null, purpose: context.purpose },
    ]);
    return { items: items.map((i: { occurredAt: Date }) => ({ ...i, occurredAt: i.occurredAt.toISOString() })) };
  }
}
