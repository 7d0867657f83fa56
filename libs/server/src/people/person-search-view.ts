import type { PersonSearchDisclosure } from '@childfirst/domain/access';
import type { PersonSearchHit } from '@childfirst/domain/casework';
import { postcodeOutward, relationshipTypes, sexes } from '@childfirst/domain/people';
import { labelOf } from '../cases/code-labels';
import type { PersonSearchDetails, PersonSearchMatch } from './person-search.repository';

/**
 * One person found, cut to what the access policy decided this searcher may see: with
 * `identity`, the NHS number, UPN, school and parents are left out and the address is only its
 * area (postcode district and town). Nothing withheld is sent to the browser at all.
 */
export function toPersonSearchHit(found: PersonSearchMatch, details: PersonSearchDetails | null, disclosure: PersonSearchDisclosure): PersonSearchHit {
  const identifiersShown = disclosure.shows === 'identifiers';
  const address = details?.address ?? null;
  return {
    id: found.id,
    givenName: found.givenName,
    familyName: found.familyName,
    dateOfBirth: found.dateOfBirth,
    sex: found.sex,
    sexLabel: labelOf(sexes, found.sex),
    restricted: found.restricted,
    score: found.score,
    identifiersShown,
    nhsNumber: identifiersShown ? found.nhsNumber : null,
    upn: identifiersShown ? (details?.upn ?? null) : null,
    address:
      !address || disclosure.address === 'none'
        ? null
        : disclosure.address === 'full'
          ? { line1: address.line1, line2: address.line2, town: address.town, postcode: address.postcode, postcodeDistrict: postcodeOutward(address.postcode) }
          : { line1: null, line2: null, town: address.town, postcode: null, postcodeDistrict: postcodeOutward(address.postcode) },
    // Said only to those who would otherwise see it: to anyone else, that an address is confidential is itself telling.
    addressWithheld: identifiersShown && disclosure.address === 'none',
    school: identifiersShown ? (details?.school ?? null) : null,
    parents: identifiersShown
      ? (details?.parents ?? []).map((parent) => ({ ...parent, relationshipLabel: labelOf(relationshipTypes, parent.relationship) }))
      : [],
  };
}
