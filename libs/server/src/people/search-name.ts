/**
 * The normalised form names are matched in: lower case, accents removed ("Zoë" → "zoe"),
 * punctuation to spaces, single spaces. Used when storing `person.search_name` and when searching,
 * so both sides are normalised the same way.
 */
/** Letters that do not decompose into a base letter and an accent, so NFD alone would drop them. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', đ: 'd', Đ: 'd', þ: 'th', Þ: 'th', ı: 'i' };

export function normaliseName(value: string): string {
  return value
    .replace(/[łŁøØßæÆœŒđĐþÞı]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
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
