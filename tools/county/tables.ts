// The tables the synthetic county fills, with the columns it writes and their PostgreSQL types.
// Every column is written explicitly (created_at too), so the same seed gives the same rows.

export type ColumnType = 'uuid' | 'text' | 'date' | 'timestamptz' | 'bool' | 'int4' | 'text[]' | 'uuid[]';

export interface TableDefinition {
  /** Schema-qualified name. */
  name: string;
  columns: readonly (readonly [string, ColumnType])[];
}

const table = (name: string, columns: TableDefinition['columns']): TableDefinition => ({ name, columns });

export const TABLES = {
  schoolCluster: table('agencies.school_cluster', [['id', 'uuid'], ['name', 'text']]),
  organisation: table('agencies.organisation', [
    ['id', 'uuid'], ['agency', 'text'], ['kind', 'text'], ['name', 'text'], ['code', 'text'], ['school_cluster_id', 'uuid'], ['postcode', 'text'],
  ]),
  practitioner: table('agencies.practitioner', [
    ['id', 'uuid'], ['subject', 'uuid'], ['display_name', 'text'], ['agency', 'text'], ['team_id', 'uuid'], ['job_role', 'text'], ['email', 'text'], ['active', 'bool'],
    ['phone', 'text'], ['availability', 'text'], ['cover_practitioner_id', 'uuid'],
  ]),
  family: table('people.family', [['id', 'uuid'], ['reference', 'text'], ['family_name', 'text'], ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']]),
  person: table('people.person', [
    ['id', 'uuid'], ['given_name', 'text'], ['middle_names', 'text'], ['family_name', 'text'], ['preferred_name', 'text'], ['search_name', 'text'],
    ['date_of_birth', 'date'], ['expected_date_of_birth', 'date'], ['date_of_death', 'date'], ['sex', 'text'], ['gender_identity', 'text'],
    ['ethnicity', 'text'], ['first_language', 'text'], ['interpreter_needed', 'bool'], ['religion', 'text'], ['disabilities', 'text[]'],
    ['nhs_number', 'text'], ['upn', 'text'], ['school_id', 'uuid'], ['gp_practice_id', 'uuid'], ['restricted', 'bool'], ['merged_into_id', 'uuid'],
    ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ]),
  personAlias: table('people.person_alias', [['id', 'uuid'], ['person_id', 'uuid'], ['alias_type', 'text'], ['given_name', 'text'], ['family_name', 'text'], ['created_at', 'timestamptz']]),
  address: table('people.address', [
    ['id', 'uuid'], ['person_id', 'uuid'], ['line1', 'text'], ['line2', 'text'], ['town', 'text'], ['postcode', 'text'], ['moved_in_on', 'date'], ['moved_out_on', 'date'],
    ['confidential', 'bool'], ['created_at', 'timestamptz'],
  ]),
  familyMember: table('people.family_member', [['family_id', 'uuid'], ['person_id', 'uuid'], ['member_role', 'text'], ['joined_on', 'date'], ['left_on', 'date']]),
  familyAccount: table('people.family_account', [
    ['subject', 'uuid'], ['family_id', 'uuid'], ['display_name', 'text'], ['created_at', 'timestamptz'], ['person_id', 'uuid'], ['account_kind', 'text'], ['email', 'text'],
  ]),
  relationship: table('people.relationship', [
    ['id', 'uuid'], ['person_id', 'uuid'], ['related_person_id', 'uuid'], ['relationship_type', 'text'], ['started_on', 'date'], ['ended_on', 'date'], ['created_at', 'timestamptz'],
  ]),
  familyCase: table('cases.family_case', [
    ['id', 'uuid'], ['family_id', 'uuid'], ['key_worker_id', 'uuid'], ['allocated_team_id', 'uuid'], ['status', 'text'], ['opened_on', 'date'], ['closed_on', 'date'],
    ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ]),
  teamMember: table('cases.team_member', [['id', 'uuid'], ['case_id', 'uuid'], ['practitioner_id', 'uuid'], ['case_role', 'text'], ['joined_on', 'date'], ['left_on', 'date']]),
  caseStatus: table('cases.case_status', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['person_id', 'uuid'], ['status_type', 'text'], ['category', 'text'], ['legal_status', 'text'], ['started_on', 'date'], ['ended_on', 'date'],
  ]),
  caseNote: table('cases.case_note', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['person_ids', 'uuid[]'], ['author_practitioner_id', 'uuid'], ['agency', 'text'], ['note_type', 'text'], ['occurred_at', 'timestamptz'],
    ['body', 'text'], ['sensitivity', 'text'], ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ]),
  chronologyEntry: table('cases.chronology_entry', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['person_id', 'uuid'], ['occurred_at', 'timestamptz'], ['agency', 'text'], ['event_type', 'text'], ['summary', 'text'],
    ['significance', 'text'], ['source', 'text'], ['source_ref', 'text'], ['sensitivity', 'text'], ['recorded_by_practitioner_id', 'uuid'], ['created_at', 'timestamptz'],
  ]),
  warningNote: table('cases.warning_note', [
    ['id', 'uuid'], ['person_id', 'uuid'], ['warning_type', 'text'], ['description', 'text'], ['review_on', 'date'], ['person_told', 'text'], ['person_not_told_reason', 'text'],
    ['recorded_by_practitioner_id', 'uuid'], ['signed_off_by_practitioner_id', 'uuid'], ['signed_off_at', 'timestamptz'], ['ended_on', 'date'], ['version', 'int4'], ['created_at', 'timestamptz'],
  ]),
  consentOverride: table('cases.consent_override', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['agency', 'text'], ['legal_basis', 'text'], ['reason', 'text'], ['recorded_by_practitioner_id', 'uuid'], ['recorded_at', 'timestamptz'],
    ['ended_at', 'timestamptz'], ['created_at', 'timestamptz'],
  ]),
  consent: table('cases.consent', [
    ['id', 'uuid'], ['family_id', 'uuid'], ['person_id', 'uuid'], ['agency', 'text'], ['purpose', 'text'], ['given_at', 'timestamptz'], ['recorded_by', 'text'],
    ['withdrawn_at', 'timestamptz'], ['withdrawn_by', 'text'], ['created_at', 'timestamptz'],
  ]),
  restrictedPersonAccess: table('access.restricted_person_access', [['person_id', 'uuid'], ['practitioner_id', 'uuid'], ['granted_by_practitioner_id', 'uuid'], ['created_at', 'timestamptz']]),
} as const satisfies Record<string, TableDefinition>;

export type TableKey = keyof typeof TABLES;

/** A row: column name → value (null for SQL NULL; arrays for the array columns). */
export type Row = Record<string, string | number | boolean | null | string[]>;

/** Insert order: every table after the tables it references. */
export const INSERT_ORDER: readonly TableKey[] = [
  'schoolCluster', 'organisation', 'practitioner',
  'family', 'person', 'personAlias', 'address', 'familyMember', 'familyAccount', 'relationship',
  'familyCase', 'teamMember', 'caseStatus', 'caseNote', 'chronologyEntry', 'warningNote', 'consent', 'consentOverride', 'restrictedPersonAccess',
];

export type RowBatch = Record<TableKey, Row[]>;

export function emptyBatch(): RowBatch {
  return Object.fromEntries(INSERT_ORDER.map((key) => [key, []])) as unknown as RowBatch;
}

export function batchSize(batch: RowBatch): number {
  let size = 0;
  for (const key of INSERT_ORDER) size += batch[key].length;
  return size;
}

/**
 * Everything the county writes, emptied by `--replace`. The audit trail is never among them: it is
 * append-only by law and by trigger, and it may mention families that no longer exist.
 */
export const COUNTY_TABLES: readonly string[] = [
  ...INSERT_ORDER.map((key) => TABLES[key].name),
  'people.person_merge',
  'access.case_grant',
  'access.break_glass_access',
];
