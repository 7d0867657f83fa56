/**
 * The normalised form names are matched in: lower case, accents removed ("Zoë" → "zoe"),
 * punctuation to spaces, single spaces. Used when storing `person.search_name` and when searching,
 * so both sides are normalised the same way.
 */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "given middle family" plus every alias, so a search by a previous name finds the person. */
export function searchNameOf(person: { givenName: string; middleNames?: string | null; familyName: string }, aliases: { givenName?: string | null; familyName: string }[] = []): string {
  const names = [[person.givenName, person.middleNames ?? '', person.familyName].join(' ')];
  for (const alias of aliases) names.push([alias.givenName ?? person.givenName, alias.familyName].join(' '));
  return normaliseName(names.join(' '));
}
