import { canSeeRestrictedPerson, canSeeSensitive, canWriteCaseNotes, canWriteToCase, decideCaseAccess, decidePersonSearchDisclosure, strongestRelationship, type AgencyCode, type CaseAccessFacts, type CaseViewer } from './case-access-policy';
import { roles, type Role } from './roles';

/**
 * The access matrix: every role × every relationship to the family × whether the family's
 * information is shared with the viewer's agency. Expectations are written out here from the
 * rules in PRODUCT.md ("Access rules"), not computed by the policy under test.
 */
const ME = 'practitioner-me';
const MY_TEAM = 'team-mine';
const agencyOfRole: Record<Role, AgencyCode | null> = {
  'key-worker': 'education',
  'social-worker': 'social-care',
  'education-officer': 'education',
  'health-visitor': 'health',
  'police-officer': 'police',
  'triage-manager': 'social-care',
  'team-manager': 'social-care',
  admin: null,
  inspector: null,
  family: null,
  'partner-system': null,
};

const scenarios = ['key-worker', 'team-member', 'same-team', 'front-door', 'grant', 'break-glass', 'unrelated'] as const;
type Scenario = (typeof scenarios)[number];

function factsFor(scenario: Scenario, shared: boolean, agency: AgencyCode | null): CaseAccessFacts {
  return {
    keyWorkerId: scenario === 'key-worker' ? ME : 'someone-else',
    teamMemberIds: scenario === 'team-member' ? ['another', ME] : ['another'],
    allocatedTeamId: scenario === 'same-team' ? MY_TEAM : 'team-other',
    atFrontDoor: scenario === 'front-door',
    grantedToViewer: scenario === 'grant',
    breakGlassByViewer: scenario === 'break-glass',
    sharedWithAgencies: shared && agency ? [agency] : ['social-care'].filter((a) => a !== agency) as AgencyCode[],
  };
}

const canView: Role[] = ['key-worker', 'social-worker', 'education-officer', 'health-visitor', 'police-officer', 'triage-manager', 'team-manager', 'inspector'];
const mayBreakGlass: Role[] = ['social-worker', 'triage-manager', 'team-manager'];
const frontDoor: Role[] = ['triage-manager', 'team-manager'];

type Expected = 'allowed' | 'allowed-review' | 'no-capability' | 'no-relationship' | 'not-shared-with-agency';

function expected(role: Role, scenario: Scenario, shared: boolean): Expected {
  if (!canView.includes(role)) return 'no-capability';
  switch (scenario) {
    case 'key-worker':
      return 'allowed';
    case 'team-member':
    case 'same-team':
      // Sharing is by agency: a viewer with no agency (an inspector) is never "shared with".
      return shared && agencyOfRole[role] !== null ? 'allowed' : 'not-shared-with-agency';
    case 'grant':
      return 'allowed';
    case 'front-door':
      return frontDoor.includes(role) ? 'allowed' : 'no-relationship';
    case 'break-glass':
      return 'allowed-review';
    case 'unrelated':
      return 'no-relationship';
  }
}

const matrix = roles.flatMap((role) => scenarios.flatMap((scenario) => [true, false].map((shared) => ({ role, scenario, shared }))));

describe('case access matrix', () => {
  it('covers every role, relationship and sharing basis', () => {
    expect(matrix).toHaveLength(roles.length * scenarios.length * 2);
  });

  it.each(matrix)('$role, $scenario, shared with their agency: $shared', ({ role, scenario, shared }) => {
    const viewer: CaseViewer = { practitionerId: ME, roles: [role], agency: agencyOfRole[role], teamId: MY_TEAM };
    const decision = decideCaseAccess(viewer, factsFor(scenario, shared, agencyOfRole[role]));
    const want = expected(role, scenario, shared);
    if (want === 'allowed' || want === 'allowed-review') {
      expect(decision).toMatchObject({ allowed: true, reviewRequired: want === 'allowed-review' });
    } else {
      expect(decision).toEqual({ allowed: false, reason: want, breakGlassAvailable: want !== 'no-capability' && mayBreakGlass.includes(role) });
    }
  });

  it('prefers the strongest relationship when several apply', () => {
    const viewer: CaseViewer = { practitionerId: ME, roles: ['team-manager'], agency: 'social-care', teamId: MY_TEAM };
    const facts = { ...factsFor('key-worker', true, 'social-care'), allocatedTeamId: MY_TEAM, atFrontDoor: true };
    expect(decideCaseAccess(viewer, facts)).toMatchObject({ allowed: true, relationship: 'key-worker' });
  });

  it('does not let a viewer without a practitioner record match an empty key worker', () => {
    const viewer: CaseViewer = { practitionerId: null, roles: ['key-worker'], agency: 'education', teamId: null };
    expect(decideCaseAccess(viewer, { ...factsFor('unrelated', true, 'education'), keyWorkerId: null, allocatedTeamId: null })).toMatchObject({ allowed: false, reason: 'no-relationship' });
  });
});

describe('field-level sensitivity', () => {
  const viewer = (role: Role, agency: AgencyCode | null): CaseViewer => ({ practitionerId: ME, roles: [role], agency, teamId: null });

  it('shows police intelligence to police and safeguarding leads only', () => {
    expect(canSeeSensitive(viewer('police-officer', 'police'), 'team-member', 'police-intelligence', 'police')).toBe(true);
    expect(canSeeSensitive(viewer('social-worker', 'social-care'), 'team-member', 'police-intelligence', 'police')).toBe(true);
    expect(canSeeSensitive(viewer('education-officer', 'education'), 'team-member', 'police-intelligence', 'police')).toBe(false);
    expect(canSeeSensitive(viewer('key-worker', 'education'), 'key-worker', 'police-intelligence', 'police')).toBe(false);
  });

  it('shows third-party information to the recording agency and safeguarding leads', () => {
    expect(canSeeSensitive(viewer('health-visitor', 'health'), 'team-member', 'third-party', 'health')).toBe(true);
    expect(canSeeSensitive(viewer('education-officer', 'education'), 'team-member', 'third-party', 'health')).toBe(false);
  });

  it('shows a confidential address to the key worker and safeguarding leads, not the wider team', () => {
    expect(canSeeSensitive(viewer('key-worker', 'education'), 'key-worker', 'confidential-address', null)).toBe(true);
    expect(canSeeSensitive(viewer('health-visitor', 'health'), 'team-member', 'confidential-address', null)).toBe(false);
    expect(canSeeSensitive(viewer('team-manager', 'social-care'), 'same-team', 'confidential-address', null)).toBe(true);
  });
});

describe('restricted records and writing', () => {
  it('shows a restricted person to named practitioners only', () => {
    const me: CaseViewer = { practitionerId: ME, roles: ['team-manager'], agency: 'social-care', teamId: null };
    expect(canSeeRestrictedPerson(me, ['other', ME])).toBe(true);
    expect(canSeeRestrictedPerson(me, ['other'])).toBe(false);
    expect(canSeeRestrictedPerson({ ...me, practitionerId: null }, [])).toBe(false);
  });

  it('lets team members write notes but not an inspector reading under a grant', () => {
    const inspector: CaseViewer = { practitionerId: ME, roles: ['inspector'], agency: null, teamId: null };
    const granted = decideCaseAccess(inspector, { ...factsFor('grant', false, null), sharedWithAgencies: [] });
    expect(granted).toMatchObject({ allowed: true, relationship: 'grant' });
    expect(canWriteCaseNotes(inspector, granted)).toBe(false);
    const worker: CaseViewer = { practitionerId: ME, roles: ['health-visitor'], agency: 'health', teamId: null };
    expect(canWriteCaseNotes(worker, decideCaseAccess(worker, factsFor('team-member', true, 'health')))).toBe(true);
    expect(canWriteCaseNotes(worker, decideCaseAccess(worker, factsFor('unrelated', true, 'health')))).toBe(false);
  });

  it('asks for the capability of each kind of write: a health visitor on the team records notes, not consent or statuses', () => {
    const worker: CaseViewer = { practitionerId: ME, roles: ['health-visitor'], agency: 'health', teamId: null };
    const onTeam = decideCaseAccess(worker, factsFor('team-member', true, 'health'));
    expect(canWriteToCase(worker, onTeam, 'case:write-notes')).toBe(true);
    expect(canWriteToCase(worker, onTeam, 'case:record-consent')).toBe(false);
    expect(canWriteToCase(worker, onTeam, 'case:record-status')).toBe(false);
    const social: CaseViewer = { practitionerId: ME, roles: ['social-worker'], agency: 'social-care', teamId: null };
    const keyWorking = decideCaseAccess(social, factsFor('key-worker', true, 'social-care'));
    expect(canWriteToCase(social, keyWorking, 'case:override-consent')).toBe(true);
    expect(canWriteToCase(social, keyWorking, 'warning:sign-off')).toBe(false);
  });
});

describe('minimum necessary in person search', () => {
  const staffRoles: Role[] = ['key-worker', 'social-worker', 'education-officer', 'health-visitor', 'police-officer', 'triage-manager', 'team-manager', 'inspector'];
  const viewer = (role: Role): CaseViewer => ({ practitionerId: ME, roles: [role], agency: agencyOfRole[role], teamId: MY_TEAM });

  it.each(staffRoles)('a %s without a relationship sees identity and area only, unless they are the front door', (role) => {
    const disclosure = decidePersonSearchDisclosure(viewer(role), null, false);
    expect(disclosure).toEqual(frontDoor.includes(role) ? { shows: 'identifiers', address: 'full' } : { shows: 'identity', address: 'area' });
  });

  it.each(['key-worker', 'team-member', 'same-team', 'triage', 'grant', 'break-glass'] as const)('any relationship (%s) shows the identifiers and the full address', (relationship) => {
    expect(decidePersonSearchDisclosure(viewer('police-officer'), relationship, false)).toEqual({ shows: 'identifiers', address: 'full' });
  });

  it('never shows even the area of a confidential address to someone without a relationship', () => {
    expect(decidePersonSearchDisclosure(viewer('social-worker'), null, true)).toEqual({ shows: 'identity', address: 'none' });
    expect(decidePersonSearchDisclosure(viewer('police-officer'), null, true)).toEqual({ shows: 'identity', address: 'none' });
  });

  it('shows a confidential address with the identifiers only to those who may see that field', () => {
    expect(decidePersonSearchDisclosure(viewer('key-worker'), 'key-worker', true)).toEqual({ shows: 'identifiers', address: 'full' });
    expect(decidePersonSearchDisclosure(viewer('triage-manager'), null, true)).toEqual({ shows: 'identifiers', address: 'full' });
    expect(decidePersonSearchDisclosure(viewer('health-visitor'), 'team-member', true)).toEqual({ shows: 'identifiers', address: 'none' });
  });

  it('ranks relationships from several cases, strongest first', () => {
    expect(strongestRelationship([null, 'grant', 'same-team'])).toBe('same-team');
    expect(strongestRelationship(['break-glass', 'key-worker'])).toBe('key-worker');
    expect(strongestRelationship([null, null])).toBeNull();
    expect(strongestRelationship([])).toBeNull();
  });
});
