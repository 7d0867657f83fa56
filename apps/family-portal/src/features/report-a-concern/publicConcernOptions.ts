import { concernCategories, type ConcernCategory } from '@childfirst/domain/referrals';

export interface PublicConcernOption {
  value: ConcernCategory;
  text: string;
  hint?: string;
}

export interface PublicConcernGroup {
  /** Used for ids. */
  id: string;
  heading: string;
  options: PublicConcernOption[];
}

/** The concern's label as the front door reads it (libs/domain), so both sides see the same words. */
function option(value: ConcernCategory, overrides: Partial<Omit<PublicConcernOption, 'value'>> = {}): PublicConcernOption {
  return { value, text: concernCategories[value].label, ...overrides };
}

/**
 * The concerns the public form offers: the ones a neighbour, relative or friend is likely to see,
 * under plain headings, out of the 46 codes professionals choose from. Anything else is "Something
 * else" (code 20, "Other"), and the front door recodes concerns at triage anyway.
 */
export const publicConcernGroups: readonly PublicConcernGroup[] = [
  {
    id: 'harm',
    heading: 'Abuse or neglect',
    options: [
      option('16A', { hint: 'For example, not enough food, left alone, dirty or unsafe home' }),
      option('18C'),
      option('18B'),
      option('17A'),
      option('19C'),
      option('19B'),
      option('3A', { text: 'Domestic abuse that the child sees, hears or is hurt by' }),
      option('22A'),
    ],
  },
  {
    id: 'home',
    heading: 'The child’s parents or carers',
    options: [
      option('3B', { text: 'Domestic abuse between adults at home' }),
      option('1B', { text: 'A parent or carer drinks too much alcohol' }),
      option('2B', { text: 'A parent or carer takes drugs' }),
      option('4B', { text: 'A parent or carer has mental health problems' }),
    ],
  },
  {
    id: 'outside',
    heading: 'Harm outside the home',
    options: [
      option('10A', { text: 'Going missing or running away' }),
      option('11A'),
      option('24A', { hint: 'For example, being made to carry drugs or money' }),
      option('13A'),
      option('local-radicalisation'),
    ],
  },
  {
    id: 'wellbeing',
    heading: 'The child’s health and wellbeing',
    options: [
      option('15A'),
      option('4A', { text: 'The child’s mental health' }),
      option('2A', { text: 'The child is taking drugs' }),
      option('1A', { text: 'The child is drinking too much alcohol' }),
      option('7A', { text: 'The child is looking after someone in their family (a young carer)' }),
    ],
  },
  {
    id: 'school-home',
    heading: 'School and housing',
    options: [option('local-missing-education'), option('local-attendance', { text: 'Often missing school' }), option('local-housing')],
  },
  {
    id: 'other',
    heading: 'Anything else',
    options: [option('20', { text: 'Something else', hint: 'Tell us about it in ‘What is happening?’' })],
  },
];

/** Every concern the form offers, in page order. */
export const publicConcernOptions: readonly PublicConcernOption[] = publicConcernGroups.flatMap((group) => group.options);
