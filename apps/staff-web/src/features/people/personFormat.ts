import { formatDate } from '@childfirst/ui';

/** A child under one has no age in whole years; "Under 1" says so. Empty when not known (unborn). */
export function formatAge(age: number | null): string {
  if (age === null) return '';
  return age < 1 ? 'Under 1' : String(age);
}

/** "4 March 2015", or "Not known". */
export function formatOptionalDate(date: string | null | undefined, missing = 'Not known'): string {
  return date ? formatDate(date) : missing;
}

/** Codes the API sends without a label ("previous-name", "parent") as words: "Previous name", "Parent". */
export function codeAsWords(code: string): string {
  const words = code.replace(/[-_]/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Age in whole years on `today` (both YYYY-MM-DD), as English law counts birthdays. */
export function ageOn(dateOfBirth: string, today: string): number | null {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number);
  const [year, month, day] = today.split('-').map(Number);
  if (!birthYear || !birthMonth || !birthDay || !year || !month || !day || today < dateOfBirth) return null;
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/** The API's label for a code, or the code in words when it has none (a code not yet in the lists). */
export function labelOf(label: string | null | undefined, code: string): string {
  return label || codeAsWords(code);
}

/** "Key worker (lead practitioner), Stevenage family support (Social care)": who a practitioner is, in labels. */
export function practitionerDescription(practitioner: { jobRole: string; jobRoleLabel: string | null; teamName: string; agency: string; agencyLabel: string | null }): string {
  return `${labelOf(practitioner.jobRoleLabel, practitioner.jobRole)}, ${practitioner.teamName} (${labelOf(practitioner.agencyLabel, practitioner.agency)})`;
}

/**
 * A label read mid-sentence: "child protection plan (neglect)", but "SEN support" and "EHC plan"
 * keep their capitals (a word in capitals is an abbreviation, not a capitalised first word).
 */
export function midSentence(text: string): string {
  const firstWord = text.split(/[\s-]/)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
