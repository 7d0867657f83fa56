import type { ErrorSummaryItem } from '../components/ErrorSummary';

/** Error messages keyed by dotted field path ("contactPhone", "address.postcode"). */
export type FieldErrors = Partial<Record<string, string>>;

/** The shape of a zod (or any standard-schema) issue: this library does not depend on zod. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The first message for each field, as GOV.UK shows one error per field. */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/**
 * The error summary's list in the order the fields appear on the page, each linking to its field
 * (for radios, the first radio's id). Errors for fields the page does not show come last, unlinked.
 */
export function errorSummaryItems(errors: FieldErrors, fields: readonly { name: string; id?: string }[]): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  const shown = new Set<string>();
  for (const field of fields) {
    const message = errors[field.name];
    if (message) {
      items.push({ text: message, href: `#${field.id ?? field.name}` });
      shown.add(field.name);
    }
  }
  for (const [name, message] of Object.entries(errors)) {
    if (message && !shown.has(name)) items.push({ text: message });
  }
  return items;
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
