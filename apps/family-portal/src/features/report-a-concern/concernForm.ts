import type { ConcernCategory, PublicConcern, PublicReporterRelationship, ReferralUrgency, publicConcernSchema } from '@childfirst/domain/referrals';
import { emptyDateParts, fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors, type SchemaIssue } from '@childfirst/ui';

/**
 * The most children one report can be about: publicConcernSchema's limit (a test holds the two
 * together). Beyond it the schema asks for another report.
 */
export const MAX_CHILDREN = 10;

/** What the person has typed about one child; empty strings until they answer. */
export interface ChildValues {
  /** Stable across additions and removals, for React keys; never sent. */
  key: number;
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  approximateAge: string;
  postcode: string;
  schoolName: string;
  description: string;
}

export type TellUsWhoYouAre = 'yes' | 'no';

export interface ConcernFormValues {
  children: ChildValues[];
  concerns: ConcernCategory[];
  description: string;
  urgency: ReferralUrgency | '';
  relationshipToChild: PublicReporterRelationship | '';
  tellUsWhoYouAre: TellUsWhoYouAre | '';
  reporterName: string;
  reporterPhone: string;
  reporterEmail: string;
}

export function emptyChild(key: number): ChildValues {
  return { key, givenName: '', familyName: '', dateOfBirth: emptyDateParts, approximateAge: '', postcode: '', schoolName: '', description: '' };
}

export const emptyConcernForm: ConcernFormValues = {
  children: [emptyChild(0)],
  concerns: [],
  description: '',
  urgency: '',
  relationshipToChild: '',
  tellUsWhoYouAre: '',
  reporterName: '',
  reporterPhone: '',
  reporterEmail: '',
};

export const childFields = ['givenName', 'familyName', 'dateOfBirth', 'approximateAge', 'postcode', 'schoolName', 'description'] as const;
export type ChildField = (typeof childFields)[number];

/** Errors are keyed by the schema's path ("subjects.1.postcode"); this is the id of the field on the page. */
export function childFieldId(index: number, field: ChildField): string {
  return `subjects-${index}-${field}`;
}

/**
 * The fields in page order, each with the id its error summary link points at: for radios and
 * checkboxes the first option, for a date the first part in error.
 */
export function concernFormFields(childCount: number, dateParts: Partial<Record<number, DatePart[]>> = {}) {
  const fields: { name: string; id: string }[] = [];
  for (let index = 0; index < childCount; index += 1) {
    for (const field of childFields) {
      const id = childFieldId(index, field);
      fields.push({ name: `subjects.${index}.${field}`, id: field === 'dateOfBirth' ? `${id}-${dateParts[index]?.[0] ?? 'day'}` : id });
    }
  }
  fields.push(
    { name: 'subjects', id: childFieldId(0, 'givenName') },
    { name: 'concerns', id: 'concerns' },
    { name: 'description', id: 'description' },
    { name: 'urgency', id: 'urgency' },
    { name: 'relationshipToChild', id: 'relationshipToChild' },
    { name: 'anonymous', id: 'anonymous' },
    { name: 'reporterName', id: 'reporterName' },
    { name: 'reporterPhone', id: 'reporterPhone' },
    { name: 'reporterEmail', id: 'reporterEmail' },
  );
  return fields;
}

export type ConcernFormResult =
  | { concern: PublicConcern; errors?: undefined; dateParts?: undefined }
  | { concern?: undefined; errors: FieldErrors; /** Per child, the parts of the date of birth to highlight. */ dateParts: Partial<Record<number, DatePart[]>> };

/** An answer left empty is left out, so the schema treats it as not given. */
function given(value: string): string | undefined {
  return value.trim() ? value : undefined;
}

/** A whole number is sent as a number; anything else as typed, for the schema to explain what it needs. */
function ageOf(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Any real date: it stands in for a date of birth typed wrongly, so the schema's other checks still apply. */
const STAND_IN_DATE = '2000-01-01';

/**
 * The schema checks the reporter's name and contact details (its refinement) only once every field
 * is valid. To show every problem at once, those checks are also run against the same schema with
 * the rest of the form answered validly by these stand-ins; only their messages about the reporter are kept.
 */
const validStandIns = {
  subjects: [{ kind: 'unidentified', givenName: 'Stand-in' }],
  concerns: ['20'],
  description: 'A stand-in description of twenty characters or more.',
  urgency: 'not-urgent',
  relationshipToChild: 'other',
};
const reporterFields: readonly PropertyKey[] = ['anonymous', 'reporterName', 'reporterPhone', 'reporterEmail'];

/**
 * Builds the concern from the form and checks it with publicConcernSchema, the schema the API
 * uses, so the person sees the same messages before and after sending. Only a date typed in three
 * boxes is read here first (the schema sees dates whole), with the Design System's messages.
 * Name and contact details go only with "Yes, I will tell you who I am": typed, then "No", they are dropped.
 */
/** The API's schema for a public concern (with zod, 24 KB gzipped): loaded when someone starts on the form, see loadConcernSchema. */
export type PublicConcernSchema = typeof publicConcernSchema;

/**
 * The shared schema downloads when someone starts on the form (its first focus or touch), not
 * before, so the public form stays within the first-load budget (ADR 11); by the time they send
 * it, it is here (and sending waits for it if not).
 */
export const loadConcernSchema = (): Promise<PublicConcernSchema> => import('@childfirst/domain/referrals').then((module) => module.publicConcernSchema);

export function validateConcernForm(values: ConcernFormValues, today: string, publicConcernSchema: PublicConcernSchema): ConcernFormResult {
  const dateErrors: FieldErrors = {};
  const dateParts: Partial<Record<number, DatePart[]>> = {};
  const subjects = values.children.map((child, index) => {
    const date = parseDateParts(child.dateOfBirth, { label: 'Date of birth', notAfter: today });
    if (date.error !== undefined) {
      dateErrors[`subjects.${index}.dateOfBirth`] = date.error;
      dateParts[index] = date.parts;
    }
    return {
      kind: 'unidentified',
      givenName: given(child.givenName),
      familyName: given(child.familyName),
      dateOfBirth: date.error !== undefined ? STAND_IN_DATE : (date.date ?? undefined),
      approximateAge: ageOf(child.approximateAge),
      postcode: given(child.postcode),
      schoolName: given(child.schoolName),
      description: given(child.description),
    };
  });

  const identified = values.tellUsWhoYouAre === 'yes';
  const candidate = {
    anonymous: values.tellUsWhoYouAre === '' ? undefined : !identified,
    reporterName: identified ? given(values.reporterName) : undefined,
    reporterPhone: identified ? given(values.reporterPhone) : undefined,
    reporterEmail: identified ? given(values.reporterEmail) : undefined,
    relationshipToChild: values.relationshipToChild || undefined,
    subjects,
    concerns: values.concerns,
    description: values.description,
    urgency: values.urgency || undefined,
  };

  const result = publicConcernSchema.safeParse(candidate);
  if (result.success && Object.keys(dateErrors).length === 0) return { concern: result.data };

  const issues: SchemaIssue[] = [...(result.error?.issues ?? [])];
  if (!result.success && candidate.anonymous !== undefined) {
    const reporterCheck = publicConcernSchema.safeParse({ ...candidate, ...validStandIns });
    issues.push(...(reporterCheck.error?.issues.filter((issue) => reporterFields.includes(issue.path[0] ?? '')) ?? []));
  }
  return { errors: { ...fieldErrorsFromIssues(issues), ...dateErrors }, dateParts };
}
