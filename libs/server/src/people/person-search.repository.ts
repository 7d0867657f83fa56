import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { reciprocalOf, relationshipTypes, type RelationshipType } from '@childfirst/domain/people';
import { normaliseName } from './search-name';

export interface PersonSearchCriteria {
  /** Any part of a name, with typos and sound-alikes tolerated. */
  name?: string;
  /** ISO date. */
  dateOfBirth?: string;
  /** Ten digits. */
  nhsNumber?: string;
  /** Normalised "SG1 1AA". */
  postcode?: string;
  limit?: number;
}

export interface PersonSearchMatch {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  sex: string;
  nhsNumber: string | null;
  restricted: boolean;
  /** 0..1+, higher is a better match. */
  score: number;
}

/** What tells one person found from another beyond their name: shown only as the access policy allows. */
export interface PersonSearchDetails {
  upn: string | null;
  /** The current address; `confidential` when any address of theirs is (a refuge, say). */
  address: { line1: string; line2: string | null; town: string; postcode: string } | null;
  confidential: boolean;
  school: { id: string; name: string } | null;
  /** Current parents and carers, as "<type> of the person found". */
  parents: { personId: string; name: string; relationship: RelationshipType }[];
}

/** Relationship types that make the person a parent or carer of the related person ("parent", "foster-carer"). */
const parentTypes = (Object.keys(relationshipTypes) as RelationshipType[]).filter(
  (type) => relationshipTypes[type].genogramKind === 'parentage' && relationshipTypes[type].generationsAbove === 1,
);

/** Below this trigram similarity a name is not offered as a match (pg_trgm's default is 0.3). */
const NAME_SIMILARITY_THRESHOLD = 0.3;
/** Without a date of birth to narrow the field, only closer names are candidates (measured in BENCHMARKS.md). */
const NAME_ALONE_SIMILARITY_THRESHOLD = 0.45;
/** How many candidates each branch hands to the ranking; results are cut to `limit` after. */
const CANDIDATES_PER_BRANCH = 200;

/**
 * Finds people by name (trigram similarity on the normalised full name and aliases, plus double
 * metaphone sound-alikes of the family and given name), date of birth, NHS number and postcode.
 * Merged-away records are never returned; restricted records only to their named practitioners.
 */
@Injectable()
export class PersonSearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(criteria: PersonSearchCriteria, viewerPractitionerId: string | null): Promise<PersonSearchMatch[]> {
    const limit = Math.min(Math.max(criteria.limit ?? 20, 1), 100);
    const name = criteria.name ? normaliseName(criteria.name) : '';
    const parts = name.split(' ').filter(Boolean);
    const family = parts.at(-1) ?? '';
    const given = parts.length > 1 ? parts[0]! : '';
    const params: unknown[] = [name, family, given, criteria.dateOfBirth ?? null, criteria.nhsNumber ?? null, criteria.postcode ?? null, viewerPractitionerId, limit];

    const candidates: string[] = [];
    if (criteria.nhsNumber) candidates.push(`SELECT id FROM people.person WHERE nhs_number = $5`);
    if (name && criteria.dateOfBirth) {
      // Date of birth narrows to a few dozen rows; then any name likeness will do.
      candidates.push(`SELECT id FROM people.person WHERE date_of_birth = $4::date
                         AND (similarity(search_name, $1) >= ${NAME_SIMILARITY_THRESHOLD / 2} OR dmetaphone(family_name) = dmetaphone($2))`);
    } else if (name) {
      // Typos: trigram similarity of the whole name. The stricter threshold for name-alone search
      // (set for this query below) keeps the index's candidate set small for common names
      // (BENCHMARKS.md: at 0.3, "Mia Harrison" rechecked 31,000 rows).
      candidates.push(`(SELECT id FROM people.person WHERE search_name % $1 ORDER BY similarity(search_name, $1) DESC LIMIT ${CANDIDATES_PER_BRANCH})`);
      // Sound-alikes and transpositions ("Admas", "Smyth"), which break most trigrams of a short name.
      candidates.push(
        given
          ? `(SELECT id FROM people.person WHERE dmetaphone(family_name) = dmetaphone($2) AND dmetaphone(given_name) = dmetaphone($3) LIMIT ${CANDIDATES_PER_BRANCH})`
          : `(SELECT id FROM people.person WHERE dmetaphone(family_name) = dmetaphone($2) LIMIT ${CANDIDATES_PER_BRANCH})`,
      );
    } else if (criteria.dateOfBirth) {
      candidates.push(`(SELECT id FROM people.person WHERE date_of_birth = $4::date LIMIT ${CANDIDATES_PER_BRANCH})`);
    }
    if (criteria.postcode) {
      candidates.push(`(SELECT person_id AS id FROM people.address WHERE postcode = $6 AND moved_out_on IS NULL LIMIT ${CANDIDATES_PER_BRANCH})`);
    }
    if (candidates.length === 0) return [];

    const sql = 
      // Every parameter typed once here: branches that do not use one leave PostgreSQL no way to infer it.
      `WITH params AS (SELECT $1::text, $2::text, $3::text, $4::date, $5::text, $6::text, $7::uuid, $8::int),
            candidate AS (${candidates.join(' UNION ')})
       SELECT p.id, p.given_name AS "givenName", p.family_name AS "familyName", to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              p.sex, p.nhs_number AS "nhsNumber", p.restricted,
              (CASE WHEN $1 = '' THEN 0 ELSE similarity(p.search_name, $1) END
               + CASE WHEN $2 <> '' AND dmetaphone(p.family_name) = dmetaphone($2) THEN 0.2 ELSE 0 END
               + CASE WHEN $4::date IS NOT NULL AND p.date_of_birth = $4::date THEN 0.5 ELSE 0 END
               + CASE WHEN $5::text IS NOT NULL AND p.nhs_number = $5 THEN 1 ELSE 0 END
               + CASE WHEN $6::text IS NOT NULL AND EXISTS (SELECT 1 FROM people.address a WHERE a.person_id = p.id AND a.postcode = $6) THEN 0.3 ELSE 0 END
              )::float AS score
         FROM candidate c JOIN people.person p ON p.id = c.id
        WHERE p.merged_into_id IS NULL
          AND ($4::date IS NULL OR p.date_of_birth = $4::date OR $1 = '')
          AND (NOT p.restricted OR EXISTS (SELECT 1 FROM access.restricted_person_access r WHERE r.person_id = p.id AND r.practitioner_id = $7::uuid))
        ORDER BY score DESC, p.family_name, p.given_name
        LIMIT $8`;
    const nameAlone = name !== '' && !criteria.dateOfBirth;
    const rows = await this.dataSource.transaction(async (manager) => {
      // `%` reads its threshold from the session: set it for this transaction only.
      await manager.query(`SET LOCAL pg_trgm.similarity_threshold = ${nameAlone ? NAME_ALONE_SIMILARITY_THRESHOLD : NAME_SIMILARITY_THRESHOLD}`);
      return manager.query(sql, params);
    });
    return rows as PersonSearchMatch[];
  }

  /** Address, school, UPN and parents of the people found, in a few queries whatever their number. */
  async detailsOf(personIds: readonly string[]): Promise<Map<string, PersonSearchDetails>> {
    const details = new Map<string, PersonSearchDetails>();
    if (personIds.length === 0) return details;
    const ids = [...personIds];
    const [people, addresses, parents] = await Promise.all([
      this.dataSource.query(
        `SELECT p.id, p.upn, o.id AS "schoolId", o.name AS "schoolName" FROM people.person p LEFT JOIN agencies.organisation o ON o.id = p.school_id WHERE p.id = ANY($1::uuid[])`,
        [ids],
      ) as Promise<{ id: string; upn: string | null; schoolId: string | null; schoolName: string | null }[]>,
      this.dataSource.query(
        `SELECT DISTINCT ON (person_id) person_id AS "personId", line1, line2, town, postcode, moved_out_on IS NULL AS current,
                bool_or(confidential) OVER (PARTITION BY person_id) AS confidential
           FROM people.address WHERE person_id = ANY($1::uuid[]) ORDER BY person_id, moved_out_on IS NULL DESC, moved_in_on DESC`,
        [ids],
      ) as Promise<{ personId: string; line1: string; line2: string | null; town: string; postcode: string; current: boolean; confidential: boolean }[]>,
      // Stored once in one direction: "parent of the child", or "child of the parent" read the other way.
      // Restricted and merged-away records are never named.
      this.dataSource.query(
        `SELECT r.related_person_id AS "childId", p.id AS "personId", p.given_name || ' ' || p.family_name AS name, r.relationship_type AS "type", false AS reversed
           FROM people.relationship r JOIN people.person p ON p.id = r.person_id
          WHERE r.related_person_id = ANY($1::uuid[]) AND r.relationship_type = ANY($2::text[]) AND r.ended_on IS NULL AND NOT p.restricted AND p.merged_into_id IS NULL
         UNION ALL
         SELECT r.person_id, p.id, p.given_name || ' ' || p.family_name, r.relationship_type, true
           FROM people.relationship r JOIN people.person p ON p.id = r.related_person_id
          WHERE r.person_id = ANY($1::uuid[]) AND r.relationship_type = ANY($3::text[]) AND r.ended_on IS NULL AND NOT p.restricted AND p.merged_into_id IS NULL
          ORDER BY name`,
        [ids, parentTypes, parentTypes.map(reciprocalOf)],
      ) as Promise<{ childId: string; personId: string; name: string; type: RelationshipType; reversed: boolean }[]>,
    ]);
    for (const person of people) {
      const address = addresses.find((a) => a.personId === person.id);
      details.set(person.id, {
        upn: person.upn,
        address: address?.current ? { line1: address.line1, line2: address.line2, town: address.town, postcode: address.postcode } : null,
        confidential: address?.confidential ?? false,
        school: person.schoolId && person.schoolName ? { id: person.schoolId, name: person.schoolName } : null,
        parents: parents
          .filter((parent) => parent.childId === person.id)
          .map((parent) => ({ personId: parent.personId, name: parent.name, relationship: parent.reversed ? reciprocalOf(parent.type) : parent.type })),
      });
    }
    return details;
  }
}
