// Who lives in the county: ethnicity, first language, religion and disability, in proportions
// roughly like England's children (DfE school census 2023/24, ONS Census 2021). Codes are the
// domain's code lists (DfE ethnicity and language codes, CIN census disability codes).
import type { Disability, Ethnicity, Language, Religion } from '@childfirst/domain/people';
import type { NameGroup } from './names';
import { Random, Weighted } from './random';

/** Ethnicity of pupils in England (per cent, approximately). */
export const CHILD_ETHNICITY: Weighted<Ethnicity> = new Weighted<Ethnicity>([
  ['WBRI', 63.0], ['WIRI', 0.2], ['WIRT', 0.2], ['WROM', 0.5], ['WOTH', 7.5],
  ['MWBC', 1.5], ['MWBA', 0.9], ['MWAS', 1.9], ['MOTH', 2.3],
  ['AIND', 3.9], ['APKN', 4.6], ['ABAN', 1.9], ['AOTH', 2.0],
  ['BCRB', 1.0], ['BAFR', 4.3], ['BOTH', 0.8],
  ['CHNE', 0.6], ['OOTH', 2.1], ['REFU', 0.5], ['NOBT', 0.3],
]);

export interface Heritage {
  /** The children's ethnicity code. */
  childEthnicity: Ethnicity;
  /** Each parent's ethnicity (mixed-heritage children have parents of two). */
  parentEthnicities: [Ethnicity, Ethnicity];
  /** Whose names the family uses: [family name and the first parent's, the second parent's]. */
  nameGroups: [NameGroup, NameGroup];
  /** The group whose first names the children get. */
  childNameGroup: NameGroup;
}

const MIXED_PARTNER: Partial<Record<Ethnicity, Ethnicity>> = { MWBC: 'BCRB', MWBA: 'BAFR', MWAS: 'APKN', MOTH: 'OOTH' };

function nameGroupOf(ethnicity: Ethnicity, random: Random): NameGroup {
  switch (ethnicity) {
    case 'WBRI':
    case 'REFU':
    case 'NOBT':
      return random.chance(0.04) ? 'irish' : 'british';
    case 'WIRI':
      return 'irish';
    case 'WIRT':
      return 'traveller';
    case 'WROM':
      return 'eastern-european';
    case 'WOTH':
      return random.chance(0.7) ? 'eastern-european' : random.chance(0.5) ? 'british' : 'other';
    case 'AIND':
      return random.chance(0.85) ? 'south-asian-hindu-sikh' : 'south-asian-muslim';
    case 'APKN':
    case 'ABAN':
      return 'south-asian-muslim';
    case 'AOTH':
      return random.pick(['south-asian-muslim', 'south-asian-hindu-sikh', 'other'] as const);
    case 'BCRB':
      return 'caribbean';
    case 'BAFR':
      return 'black-african';
    case 'BOTH':
      return random.chance(0.5) ? 'black-african' : 'caribbean';
    case 'CHNE':
      return 'chinese';
    default:
      return random.chance(0.5) ? 'other' : 'british';
  }
}

export function drawHeritage(random: Random): Heritage {
  const childEthnicity = CHILD_ETHNICITY.pick(random);
  const partner = MIXED_PARTNER[childEthnicity];
  if (partner) {
    const white: Ethnicity = 'WBRI';
    // Either parent may be the White British one; the family name follows the first.
    const parents: [Ethnicity, Ethnicity] = random.chance(0.5) ? [white, partner] : [partner, white];
    const groups: [NameGroup, NameGroup] = [nameGroupOf(parents[0], random), nameGroupOf(parents[1], random)];
    return { childEthnicity, parentEthnicities: parents, nameGroups: groups, childNameGroup: random.chance(0.7) ? 'british' : groups[1] };
  }
  const group = nameGroupOf(childEthnicity, random);
  // British-born Chinese and Caribbean children mostly have English first names.
  const childNameGroup: NameGroup = group === 'chinese' && random.chance(0.6) ? 'british' : group === 'caribbean' && random.chance(0.4) ? 'british' : group;
  return { childEthnicity, parentEthnicities: [childEthnicity, childEthnicity], nameGroups: [group, group], childNameGroup };
}

const RELIGION_BY_GROUP: Record<NameGroup, Weighted<Religion>> = {
  british: new Weighted<Religion>([['christian', 46], ['no-religion', 44], ['jewish', 1], ['other', 1], ['refused', 2], ['not-known', 6]]),
  irish: new Weighted<Religion>([['christian', 75], ['no-religion', 18], ['not-known', 7]]),
  traveller: new Weighted<Religion>([['christian', 85], ['no-religion', 5], ['not-known', 10]]),
  'eastern-european': new Weighted<Religion>([['christian', 78], ['no-religion', 12], ['muslim', 3], ['not-known', 7]]),
  'south-asian-muslim': new Weighted<Religion>([['muslim', 92], ['no-religion', 2], ['not-known', 6]]),
  'south-asian-hindu-sikh': new Weighted<Religion>([['hindu', 55], ['sikh', 30], ['christian', 4], ['no-religion', 5], ['not-known', 6]]),
  'black-african': new Weighted<Religion>([['christian', 67], ['muslim', 21], ['no-religion', 6], ['not-known', 6]]),
  caribbean: new Weighted<Religion>([['christian', 55], ['no-religion', 32], ['other', 3], ['not-known', 10]]),
  chinese: new Weighted<Religion>([['no-religion', 55], ['christian', 20], ['buddhist', 13], ['not-known', 12]]),
  other: new Weighted<Religion>([['muslim', 45], ['christian', 25], ['no-religion', 15], ['other', 5], ['not-known', 10]]),
};

export function drawReligion(group: NameGroup, random: Random): Religion {
  return RELIGION_BY_GROUP[group].pick(random);
}

/** First language: English for most; the family's heritage language for some, more often for adults. */
export function drawLanguage(group: NameGroup, adult: boolean, random: Random): Language {
  const other = (languages: readonly Language[], childShare: number, adultShare: number): Language =>
    random.chance(adult ? adultShare : childShare) ? random.pick(languages) : 'ENG';
  switch (group) {
    case 'eastern-european':
      return other(['POL', 'POL', 'RMN', 'OTH', 'POR', 'TUR'], 0.55, 0.85);
    case 'south-asian-muslim':
      return other(['URD', 'URD', 'BNG', 'PNJ'], 0.35, 0.6);
    case 'south-asian-hindu-sikh':
      return other(['GUJ', 'PNJ', 'TAM', 'OTH'], 0.3, 0.55);
    case 'black-african':
      return other(['SOM', 'OTH', 'FRN', 'ARA', 'POR'], 0.3, 0.5);
    case 'chinese':
      return other(['CHI'], 0.4, 0.7);
    case 'other':
      return other(['ARA', 'OTH', 'SPA', 'POR', 'TUR'], 0.4, 0.6);
    case 'traveller':
      return other(['RME'], 0.05, 0.1);
    default:
      return random.chance(adult ? 0.002 : 0.001) ? 'BSL' : 'ENG';
  }
}

const IMPAIRMENTS = new Weighted<Disability>([
  ['AUT', 30], ['LD', 20], ['COMM', 15], ['BEH', 10], ['MOB', 7], ['HEAR', 4], ['VIS', 3], ['HAND', 2], ['PC', 3], ['INC', 2], ['CON', 2], ['DDA', 5],
]);

/**
 * CIN census disability codes: NONE for most who were asked, none recorded for some not yet asked,
 * one or two impairments for about 6% of children (more among those with an EHC plan).
 */
export function drawDisabilities(random: Random, likelihood: number): Disability[] {
  if (random.chance(likelihood)) {
    const first = IMPAIRMENTS.pick(random);
    if (random.chance(0.3)) {
      const second = IMPAIRMENTS.pick(random);
      if (second !== first) return [first, second];
    }
    return [first];
  }
  return random.chance(0.7) ? ['NONE'] : [];
}
