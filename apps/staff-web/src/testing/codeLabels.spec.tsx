import * as access from '@childfirst/domain/access';
import * as agencies from '@childfirst/domain/agencies';
import * as cases from '@childfirst/domain/cases';
import * as people from '@childfirst/domain/people';
import * as referrals from '@childfirst/domain/referrals';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseWorkspace, Chronology, Practitioner } from '../api/casesTypes';
import type { FamilyRecord } from '../api/familiesTypes';
import type { FrontDoorReferral } from '../api/frontDoorTypes';
import type { PersonRecord } from '../api/peopleTypes';
import { adamsReferral } from './frontDoorFixtures';
import { adamsCase, adamsChronology, adamsFamily, firstNote, ids, samAdams, searchHit } from './recordFixtures';
import { keyWorker, renderStaffApp, teamManager } from './renderStaffApp';

/**
 * No code from a code list in libs/domain reaches a page unlabelled, as visible or visually hidden
 * text: the pages are rendered with records carrying every code of the lists they show, and their
 * whole text is searched for the code of every list in the domain the staff app reads. Codes that
 * read the same as their label ("police" is "Police") cannot be told apart and are not looked for.
 * SSDA903 legal statuses ("C2") are shown as codes on purpose: practitioners use them as words
 * (libs/domain cases).
 */
type CodeList = Readonly<Record<string, { label: string } | string>>;
const isCodeList = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.values(value).every((entry) => typeof entry === 'object' && entry !== null && typeof (entry as { label?: unknown }).label === 'string');
/** Lists of labels kept as plain strings. */
const labelMaps: Record<string, CodeList> = {
  roleLabels: access.roleLabels,
  triageOutcomeLabels: referrals.triageOutcomeLabels,
  informationRequestStatusLabels: referrals.informationRequestStatusLabels,
};
const codeLists: Record<string, CodeList> = {
  ...Object.fromEntries(
    Object.entries<unknown>({ ...access, ...agencies, ...cases, ...people, ...referrals }).filter(([name, value]) => isCodeList(value) && name !== 'lookedAfterLegalStatuses') as [string, CodeList][],
  ),
  ...labelMaps,
};
const { agencies: agencyList, practitionerRoles } = agencies;
const { caseStatusTypes, childProtectionCategories, chronologyEventTypes, consentPurposes, legalBases, noteTypes, sensitivities, warningTypes } = cases;
const { aliasTypes, disabilities, ethnicities, genderIdentities, languages, relationshipTypes, religions, sexes } = people;
const { publicReporterRelationships } = referrals;

const labelIn = (list: CodeList, code: string) => {
  const entry = list[code];
  return typeof entry === 'string' ? entry : (entry?.label ?? code);
};
const entriesOf = (list: CodeList) => Object.keys(list).map((code) => ({ code, label: labelIn(list, code) }));

const escape = (code: string) => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `code` stands in `text` as a whole word (hyphens join words: "step-parent" is one). */
const standsIn = (code: string, text: string) => new RegExp(`(^|[^A-Za-z0-9-])${escape(code)}($|[^A-Za-z0-9-])`).test(text);

const allLabels = Object.values(codeLists)
  .flatMap(entriesOf)
  .map(({ label }) => label)
  .join('\n');
/** Codes that are everyday words of the pages' own wording ("Information requests", "the family"). */
const everydayWords = ['requested', 'given', 'multiple', 'public', 'professional', 'emergency', 'voluntary', 'admin', 'inspector'];

/**
 * The codes that would give themselves away on a page: not their label in other letters, longer
 * than a letter or two, and not words that labels or the pages use themselves.
 */
const telltaleCodes = [
  ...new Set(
    Object.values(codeLists)
      .flatMap(entriesOf)
      .filter(({ code, label }) => code.length > 2 && code.toLowerCase() !== label.toLowerCase() && !standsIn(code, allLabels) && !everydayWords.includes(code))
      .map(({ code }) => code),
  ),
];

/**
 * Every bit of text on the page, hidden or not, one text node a line (textContent would run
 * "Practitioner 0" into "key-worker"), and the accessible names given in attributes.
 */
function pageText(): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  const attributes = [...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((element) =>
    ['aria-label', 'title', 'alt'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [...texts, ...attributes].join('\n');
}

function rawCodesOn(text: string): string[] {
  return telltaleCodes.filter((code) => standsIn(code, text));
}

/** "sEN support": a label lower-cased mid-sentence where it starts with an abbreviation. */
function brokenAbbreviationsOn(text: string): string[] {
  return text.match(/\b[a-z][A-Z]{2,}\b/g) ?? [];
}

function expectOnlyLabels() {
  const text = pageText();
  expect(rawCodesOn(text)).toEqual([]);
  expect(brokenAbbreviationsOn(text)).toEqual([]);
}

/** The one at `index`, going round again past the end: every item is used, none is missing. */
function cycle<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('cycle() needs items');
  return item;
}

const uuid = (group: number, serial: number) => `${String(group).padStart(8, '0')}-0000-4000-9000-${String(serial).padStart(12, '0')}`;

const allStatuses = [
  ...entriesOf(caseStatusTypes).map(({ code, label }) => ({ statusType: code, label, category: null, legalStatus: null })),
  ...entriesOf(childProtectionCategories).map(({ code }) => ({ statusType: 'child-protection-plan', label: caseStatusTypes['child-protection-plan'].label, category: code, legalStatus: null })),
].map((status, index) => ({ id: uuid(20, index), ...status }));

const allWarnings = entriesOf(warningTypes).map(({ code, label }, index) => ({
  id: uuid(21, index),
  personId: ids.lee,
  personName: 'Lee Adams',
  warningType: code,
  warningTypeLabel: label,
  description: 'Visit in pairs.',
  reviewOn: '2099-07-01',
  personTold: cycle(['yes', 'no', 'not-yet'] as const, index),
  personNotToldReason: index % 3 === 0 ? null : 'Telling him now could put the children at risk.',
  recordedBy: 'Kim Okafor',
  signedOff: null,
  version: 1,
}));

const everyCodePerson: PersonRecord = {
  ...samAdams,
  aliases: entriesOf(aliasTypes).map(({ code }) => ({ aliasType: code, givenName: 'Sam', familyName: `Jones-${code.length}` })),
  sex: 'U',
  sexLabel: sexes.U.label,
  genderIdentity: 'prefer-not-to-say',
  genderIdentityLabel: labelIn(genderIdentities, 'prefer-not-to-say'),
  ethnicity: 'MWBC',
  ethnicityLabel: ethnicities.MWBC.label,
  firstLanguage: 'BSL',
  firstLanguageLabel: languages.BSL.label,
  religion: 'no-religion',
  religionLabel: labelIn(religions, 'no-religion'),
  disabilities: entriesOf(disabilities),
  statuses: allStatuses.map((status) => ({ ...status, startedOn: '2025-01-06', endedOn: null })),
  warnings: allWarnings.map(({ personId: _personId, personName: _personName, ...warning }) => warning),
};

const everyCodeCase: CaseWorkspace = {
  ...adamsCase,
  teamAroundTheFamily: entriesOf(agencyList).map(({ code, label }, index) => ({ practitionerId: uuid(22, index), name: `Worker ${index}`, agency: code, agencyLabel: label, caseRole: 'early help worker', joinedOn: '2025-02-01' })),
  involvements: entriesOf(agencyList).map(({ code, label }, index) => ({ ...cycle(adamsCase.involvements, 0), id: uuid(23, index), agency: code, agencyLabel: label })),
  children: [{ ...cycle(adamsCase.children, 0), statuses: allStatuses.map((status) => ({ ...status, startedOn: '2025-01-06' })) }],
  warnings: allWarnings,
  consent: entriesOf(consentPurposes).map(({ code, label }, index) => ({ ...cycle(adamsCase.consent, 0), id: uuid(24, index), purpose: code, purposeLabel: label })),
  consentOverrides: entriesOf(legalBases).map(({ code, label }, index) => ({
    id: uuid(25, index),
    agency: 'police',
    agencyLabel: 'Police',
    legalBasis: code,
    legalBasisLabel: label,
    reason: 'The police must know of the risk to the children.',
    recordedBy: 'Sam Patel',
    recordedAt: '2025-03-01T09:00:00Z',
    endedAt: null,
  })),
  permissions: { writeNotes: true, recordConsent: true, overrideConsent: true, recordStatus: true, signOffWarnings: true },
};

const everyCodeChronology: Chronology = {
  items: entriesOf(chronologyEventTypes).map(({ code, label }, index) => {
    const agency = cycle(entriesOf(agencyList), index);
    return { ...cycle(adamsChronology.items, 0), id: uuid(26, index), eventType: code, eventLabel: label, agency: agency.code, agencyLabel: agency.label };
  }),
  filters: { agencies: entriesOf(agencyList).map(({ code, label }) => ({ value: code, label })), eventTypes: entriesOf(chronologyEventTypes).map(({ code, label }) => ({ value: code, label })) },
};

const everyCodeNotes = entriesOf(noteTypes).map(({ code, label }, index) => ({
  ...firstNote,
  id: uuid(27, index),
  noteType: code,
  noteTypeLabel: label,
  sensitivity: cycle(Object.keys(sensitivities), index),
}));

const everyCodeFamily: FamilyRecord = {
  ...adamsFamily,
  relationships: entriesOf(relationshipTypes).map(({ code, label }) => ({ personId: ids.jo, relatedPersonId: ids.sam, relationshipType: code, label })),
};

const everyRolePractitioners: Practitioner[] = entriesOf(practitionerRoles).map(({ code, label }, index) => ({
  id: uuid(28, index),
  name: `Practitioner ${index}`,
  agency: 'social-care',
  agencyLabel: agencyList['social-care'].label,
  teamName: 'Stevenage family support',
  jobRole: code,
  jobRoleLabel: label,
}));

describe('code lists reach pages as their labels, never as codes', () => {
  afterEach(cleanup);

  it('finds the telltale codes it looks for (the check itself works)', () => {
    expect(telltaleCodes).toEqual(expect.arrayContaining(['acquaintance', 'key-worker', 'previous-name', 'sen-support', 'physical-abuse']));
    expect(rawCodesOn('Made by an acquaintance of the family')).toEqual(['acquaintance']);
    expect(rawCodesOn('Key worker (lead practitioner)')).toEqual([]);
    expect(brokenAbbreviationsOn('End sEN support for Sam')).toEqual(['sEN']);
  });

  it('on a person’s record: other names, statuses and categories, disabilities, warnings', async () => {
    renderStaffApp(`/people/${samAdams.id}`, { getStaffProfile: async () => keyWorker, getPerson: async () => everyCodePerson });
    await screen.findByRole('heading', { level: 1, name: /Sam/ });
    expectOnlyLabels();
  });

  it('on a case: its team, involvements, statuses (with their "End" links), warnings, consent, sharing, chronology and notes', async () => {
    renderStaffApp(`/cases/${adamsCase.id}`, {
      getStaffProfile: async () => teamManager,
      getCase: async () => everyCodeCase,
      getChronology: async () => everyCodeChronology,
      listCaseNotes: async () => everyCodeNotes,
    });
    await screen.findByRole('list', { name: 'Chronology, newest first' });
    await screen.findByRole('list', { name: 'Case notes, newest first' });
    expect(screen.getAllByRole('link', { name: /^End / }).length).toBeGreaterThanOrEqual(allStatuses.length);
    expectOnlyLabels();
  });

  it('on a family: its members and every kind of relationship', async () => {
    renderStaffApp(`/families/${adamsFamily.id}`, { getStaffProfile: async () => keyWorker, getFamily: async () => everyCodeFamily });
    await screen.findByRole('heading', { level: 1, name: 'Adams family' });
    expectOnlyLabels();
  });

  it.each(Object.keys(publicReporterRelationships))('on a referral from a member of the public who is "%s"', async (relationship) => {
    const referral: FrontDoorReferral = {
      ...adamsReferral,
      referrer: { name: 'Alex Neighbour', phone: null, email: 'alex@example.org', role: null, organisation: null, relationship, relationshipLabel: labelIn(publicReporterRelationships, relationship) },
    };
    renderStaffApp(`/referrals/${referral.id}`, { getStaffProfile: async () => teamManager, getReferral: async () => referral, getChronology: async () => adamsChronology });
    await screen.findByText('Referrer', { selector: 'dt' });
    expectOnlyLabels();
    expect(screen.getByText(labelIn(publicReporterRelationships, relationship))).toBeTruthy();
  });

  it('on choosing a key worker: every job role', async () => {
    renderStaffApp(`/cases/${adamsCase.id}/key-worker`, { getStaffProfile: async () => teamManager, getCase: async () => adamsCase, searchPractitioners: async () => everyRolePractitioners });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/name/i), 'Practitioner');
    await user.click(screen.getByRole('button', { name: /Search/ }));
    const choice = await screen.findByRole('group', { name: /Choose the new key worker/ });
    expect(within(choice).getAllByRole('radio')).toHaveLength(everyRolePractitioners.length);
    expectOnlyLabels();
  });

  it('on the people a search finds, with every kind of parent and carer', async () => {
    const parents = entriesOf(relationshipTypes)
      .filter(({ code }) => relationshipTypes[code as keyof typeof relationshipTypes].genogramKind === 'parentage')
      .map(({ code, label }, index) => ({ personId: uuid(29, index), name: `Carer ${index}`, relationship: code, relationshipLabel: label }));
    const found = searchHit(samAdams, { parents });
    renderStaffApp(`/referrals/${adamsReferral.id}`, {
      getStaffProfile: async () => teamManager,
      getReferral: async () => adamsReferral,
      getChronology: async () => adamsChronology,
      searchPeople: async () => [found],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Find their record/ }));
    await user.click(within(cycle(screen.getAllByRole('search'), 0)).getByRole('button', { name: 'Search' }));
    await screen.findByText(/Parents and carers:/);
    expectOnlyLabels();
  });
});
