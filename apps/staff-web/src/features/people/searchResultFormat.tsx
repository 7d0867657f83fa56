import { InsetText, formatDate } from '@childfirst/ui';
import { formatNhsNumber } from '@childfirst/domain/people';
import type { PersonSearchResult } from '../../api/peopleTypes';
import { labelOf } from './personFormat';

// How a person found by a search is shown. The API sends only what the searcher may see
// (`identifiersShown`): NHS number, UPN, full address, school and parents are withheld from those
// not working with the person, and the pages say so rather than showing a blank.

/** Said where an identifier is withheld: short, so it fits a table cell. */
export const notShown = 'Not shown';

export function nhsNumberText(person: PersonSearchResult): string {
  if (!person.identifiersShown) return notShown;
  return person.nhsNumber ? formatNhsNumber(person.nhsNumber) : 'Not recorded';
}

/** "14 Walkern Road, Stevenage, SG1 3QP" in full, "Stevenage, SG1 area" as an area only. */
export function addressText(person: PersonSearchResult): string {
  const address = person.address;
  if (person.addressWithheld) return 'Withheld: the address is confidential';
  if (!address) return person.identifiersShown ? 'Not recorded' : notShown;
  if (address.line1 === null) return address.postcodeDistrict ? `${address.town}, ${address.postcodeDistrict} area` : address.town;
  return [address.line1, address.line2, address.town, address.postcode].filter(Boolean).join(', ');
}

/** "Jo Adams (parent), Daniel Adams (parent)". */
export function parentsText(person: PersonSearchResult): string {
  if (!person.identifiersShown) return notShown;
  if (person.parents.length === 0) return 'None recorded';
  return person.parents.map((parent) => `${parent.name} (${labelOf(parent.relationshipLabel, parent.relationship).toLowerCase()})`).join(', ');
}

export function schoolText(person: PersonSearchResult): string {
  if (!person.identifiersShown) return notShown;
  return person.school?.name ?? 'None recorded';
}

export function bornText(person: PersonSearchResult): string {
  return person.dateOfBirth ? `Born ${formatDate(person.dateOfBirth)}` : 'Date of birth not known';
}

/** Why some results show less, when some do: people are told, not left guessing at blanks. */
export function IdentifiersNotShown({ results }: { results: readonly PersonSearchResult[] }) {
  if (results.every((person) => person.identifiersShown)) return null;
  return (
    <InsetText>
      You are not working with {results.some((person) => person.identifiersShown) ? 'some of these people' : 'these people'}, so you see their name, date of birth
      and the area they live in. Their NHS number, other identifiers and full address are shown only to the people working with them.
    </InsetText>
  );
}
