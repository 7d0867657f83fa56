import { helpRequestSubmissionSchema, type HelpRequestSubmission } from '@childfirst/domain/referrals';
import { fieldErrorsFromIssues, type FieldErrors } from '@childfirst/ui';

export type PreferredContact = HelpRequestSubmission['preferredContact'];

/** What the person has typed so far; empty strings until they answer. */
export interface HelpRequestFormValues {
  whatIsHappening: string;
  helpWanted: string;
  preferredContact: PreferredContact | '';
  contactPhone: string;
}

export const emptyHelpRequestForm: HelpRequestFormValues = {
  whatIsHappening: '',
  helpWanted: '',
  preferredContact: '',
  contactPhone: '',
};

/** The fields in page order, with the id each error summary link points at. */
export const helpRequestFields = [
  { name: 'whatIsHappening' },
  { name: 'helpWanted' },
  { name: 'preferredContact' },
  { name: 'contactPhone' },
] as const;

/**
 * Builds the submission from the form and checks it with the same schema the API uses, so the
 * person sees the same messages before and after sending. Unanswered optional questions are left
 * out, and a phone number only goes with "phone" (a number typed, then a different choice, is dropped).
 */
export function validateHelpRequestForm(
  values: HelpRequestFormValues,
): { submission: HelpRequestSubmission; errors?: undefined } | { submission?: undefined; errors: FieldErrors } {
  const candidate = {
    whatIsHappening: values.whatIsHappening,
    helpWanted: values.helpWanted.trim() ? values.helpWanted : undefined,
    preferredContact: values.preferredContact || undefined,
    contactPhone: values.preferredContact === 'phone' && values.contactPhone.trim() ? values.contactPhone : undefined,
  };
  const result = helpRequestSubmissionSchema.safeParse(candidate);
  return result.success ? { submission: result.data } : { errors: fieldErrorsFromIssues(result.error.issues) };
}
