import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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

export interface PersonSearchHit {
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

  async search(criteria: PersonSearchCriteria, viewerPractitionerId: string | null): Promise<PersonSearchHit[]> {
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
    return rows as PersonSearchHit[];
  }
}
