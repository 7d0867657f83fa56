import type { ConcernCategory } from '@childfirst/domain/referrals';

/**
 * One concern the public form offers. The value is the API's concern code; the words shown are in
 * the "concern" translations (src/locales/<language>/concern.json), keyed by the code.
 */
export interface PublicConcernOption {
  value: ConcernCategory;
  /** The key of its text in "concern": "concern.<code>". */
  textKey: string;
  /** The key of its hint in "concern", when it has one: "concern.<code>.hint". */
  hintKey?: string;
}

export interface PublicConcernGroup {
  /** Used for ids, and for the heading's key ("group.<id>"). */
  id: string;
  /** The key of its heading in "concern". */
  headingKey: string;
  options: PublicConcernOption[];
}

/**
 * A concern offered on the form. Unless reworded for the public, its English text is the label the
 * front door reads (libs/domain concernCategories), so both sides see the same words; a test holds
 * the two together.
 */
function option(value: ConcernCategory, { hint = false }: { hint?: boolean } = {}): PublicConcernOption {
  return { value, textKey: `concern.${value}`, ...(hint ? { hintKey: `concern.${value}.hint` } : {}) };
}

function group(id: string, options: PublicConcernOption[]): PublicConcernGroup {
  return { id, headingKey: `group.${id}`, options };
}

/**
 * The concerns the public form offers: the ones a neighbour, relative or friend is likely to see,
 * under plain headings, out of the 46 codes professionals choose from. Anything else is "Something
 * else" (code 20, "Other"), and the front door recodes concerns at triage anyway.
 */
export const publicConcernGroups: readonly PublicConcernGroup[] = [
  group('harm', [
    option('16A', { hint: true }),
    option('18C'),
    option('18B'),
    option('17A'),
    option('19C'),
    option('19B'),
    option('3A'),
    option('22A'),
  ]),
  group('home', [option('3B'), option('1B'), option('2B'), option('4B')]),
  group('outside', [
    option('10A'),
    option('11A'),
    option('24A', { hint: true }),
    option('13A'),
    option('local-radicalisation'),
  ]),
  group('wellbeing', [option('15A'), option('4A'), option('2A'), option('1A'), option('7A')]),
  group('school-home', [option('local-missing-education'), option('local-attendance'), option('local-housing')]),
  group('other', [option('20', { hint: true })]),
];

/** Every concern the form offers, in page order. */
export const publicConcernOptions: readonly PublicConcernOption[] = publicConcernGroups.flatMap((group) => group.options);

