// The mistakes people make with names, for near-duplicate records in the county and for the
// person-search benchmark's queries: two letters swapped, a letter dropped or doubled, and names
// spelt as they sound (Smith/Smyth, Catherine/Katherine, Mohammed/Muhammad).
import { Random } from './random';

export type NameVariant = 'exact' | 'transposition' | 'dropped-letter' | 'doubled-letter' | 'sound-alike';

/** Spellings that sound the same; each group is one name as people hear it. */
const SOUND_ALIKE_GROUPS: readonly (readonly string[])[] = [
  ['Smith', 'Smyth'], ['Catherine', 'Katherine', 'Kathryn', 'Cathryn'], ['Stephen', 'Steven'], ['John', 'Jon'],
  ['Thompson', 'Thomson', 'Tomson'], ['Clark', 'Clarke'], ['Reid', 'Reed', 'Read'], ['Phillips', 'Philips'],
  ['Matthews', 'Mathews'], ['Gray', 'Grey'], ['Davies', 'Davis'], ['Johnson', 'Johnston', 'Jonson'], ['McDonald', 'Macdonald'],
  ['Mohammed', 'Muhammad', 'Mohammad', 'Mohamed'], ['Aiden', 'Aidan', 'Ayden'], ['Isabel', 'Isobel', 'Isabelle'],
  ['Zoe', 'Zoey'], ['Hayley', 'Haley', 'Hailey'], ['Leah', 'Lea', 'Leia'], ['Sophie', 'Sofie'],
  ['Jayden', 'Jaden', 'Jaiden'], ['Stevens', 'Stephens'], ['Stevenson', 'Stephenson'], ['Louise', 'Louize'],
  ['Philip', 'Phillip', 'Filip'], ['Frankie', 'Franky'], ['Ellie', 'Elly'], ['Lewis', 'Louis'], ['Connor', 'Conor'],
  ['Niamh', 'Neve', 'Neave'], ['Aoife', 'Eva'], ['Caitlin', 'Katelyn', 'Kaitlyn'], ['Carl', 'Karl'], ['Craig', 'Kraig'],
  ['Ahmed', 'Ahmad'], ['Hussain', 'Hussein', 'Husain'], ['Khan', 'Kahn'], ['Begum', 'Begam'], ['Chowdhury', 'Choudhury', 'Chaudhry'],
  ['Mohamed', 'Mohammed'], ['Yusuf', 'Yousef', 'Yusef'], ['Ibrahim', 'Ebrahim'], ['Omar', 'Umar'], ['Aisha', 'Ayesha', 'Aysha'],
  ['Fatima', 'Fatimah'], ['Maryam', 'Mariam', 'Miriam'], ['Zainab', 'Zaynab'], ['Patel', 'Pattel'], ['Singh', 'Sing'],
  ['Nowak', 'Novak'], ['Kowalski', 'Kovalski'], ['Wojcik', 'Voycik'], ['Lewandowski', 'Levandovski'], ['Okafor', 'Okaffor'],
  ['Mensah', 'Mensa'], ['Chen', 'Chan'], ['Wong', 'Wang'], ['Murphy', 'Murphey'], ['Kelly', 'Kelley'], ['Byrne', 'Burn', 'Byrn'],
  ['Ryan', 'Rian'], ['Harry', 'Harrie'], ['Freddie', 'Freddy'], ['Alfie', 'Alfy'], ['Charlie', 'Charley'], ['Archie', 'Archy'],
  ['Olivia', 'Olivya'], ['Amelia', 'Emilia'], ['Lily', 'Lilly', 'Lilley'], ['Evie', 'Evey'], ['Millie', 'Milly'], ['Mia', 'Miya'],
  ['Layla', 'Laila', 'Leila'], ['Freya', 'Freyja'], ['Poppy', 'Poppie'], ['Jacob', 'Jakob'], ['Oscar', 'Oskar'], ['Max', 'Macks'],
  ['Teddy', 'Teddie'], ['Isaac', 'Isaak'], ['Lucas', 'Lukas'], ['Luca', 'Luka'], ['Nicola', 'Nichola'], ['Rachel', 'Rachael'],
  ['Sarah', 'Sara'], ['Claire', 'Clare'], ['Ann', 'Anne'], ['Jeffrey', 'Geoffrey'], ['Deborah', 'Debra'], ['Tracey', 'Tracy'],
  ['Kerry', 'Kerri'], ['Vicky', 'Vikki'], ['Neil', 'Neal'], ['Shaun', 'Sean', 'Shawn'], ['Brian', 'Bryan'], ['Allan', 'Alan', 'Allen'],
];

const SOUND_ALIKES = new Map<string, string[]>();
for (const group of SOUND_ALIKE_GROUPS) {
  for (const name of group) SOUND_ALIKES.set(name.toLowerCase(), group.filter((other) => other !== name));
}

/** Spelling rules for names not in the table: "ph" heard as "f", "ck" as "k", a doubled consonant as one. */
const PHONETIC_RULES: readonly [RegExp, string][] = [
  [/ph/i, 'f'], [/ck/i, 'k'], [/([bcdfgklmnprstz])\1/i, '$1'], [/ey$/i, 'y'], [/ie$/i, 'y'], [/y$/i, 'ie'], [/^c(?=[aou])/i, 'K'],
  [/(?<=.)s(?=[aeiou])/i, 'z'], [/(?<=.)i(?=[^aeiou])/i, 'y'], [/ou/i, 'ow'], [/ee/i, 'ea'], [/th/i, 't'], [/(?<=.)k/i, 'c'],
];

function keepCase(original: string, replacement: string): string {
  return original[0] === original[0]?.toUpperCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

export function soundAlike(name: string, random: Random): string {
  const known = SOUND_ALIKES.get(name.toLowerCase());
  if (known && known.length > 0) return random.pick(known);
  const applicable = PHONETIC_RULES.filter(([pattern]) => pattern.test(name));
  if (applicable.length === 0) return doubledLetter(name, random);
  const [pattern, replacement] = random.pick(applicable);
  return keepCase(name, name.replace(pattern, replacement));
}

/** Swaps two neighbouring letters, never the first (people rarely get the first letter wrong). */
export function transposition(name: string, random: Random): string {
  if (name.length < 3) return name;
  for (let attempt = 0; attempt < 4; attempt++) {
    const i = random.int(1, name.length - 2);
    const a = name.charAt(i);
    const b = name.charAt(i + 1);
    if (a.toLowerCase() !== b.toLowerCase() && /\p{L}/u.test(a) && /\p{L}/u.test(b)) {
      return name.slice(0, i) + b + a + name.slice(i + 2);
    }
  }
  return name;
}

export function droppedLetter(name: string, random: Random): string {
  if (name.length < 4) return name;
  const i = random.int(1, name.length - 1);
  return name.slice(0, i) + name.slice(i + 1);
}

export function doubledLetter(name: string, random: Random): string {
  const i = random.int(1, name.length - 1);
  return name.slice(0, i + 1) + name.charAt(i) + name.slice(i + 1);
}

export function misspell(name: string, variant: NameVariant, random: Random): string {
  switch (variant) {
    case 'exact':
      return name;
    case 'transposition':
      return transposition(name, random);
    case 'dropped-letter':
      return droppedLetter(name, random);
    case 'doubled-letter':
      return doubledLetter(name, random);
    case 'sound-alike':
      return soundAlike(name, random);
  }
}

/**
 * A full name as someone might type it: one of the two names altered (the family name more often,
 * as it is the one people spell from hearing), the other as recorded.
 */
export function misspellFullName(given: string, family: string, variant: NameVariant, random: Random): { given: string; family: string } {
  if (variant === 'exact') return { given, family };
  if (random.chance(0.6)) return { given, family: misspell(family, variant, random) };
  return { given: misspell(given, variant, random), family };
}
