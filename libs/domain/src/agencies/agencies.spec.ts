import { agencyCodes, agencySchema } from './agencies';
import { organisationKinds, organisationKindsOf, organisationKindSchema } from './organisation-kinds';
import { isRoleInAgency, practitionerRoleCodes, practitionerRoles, practitionerRoleSchema } from './practitioner-roles';
import { staffRoles } from '../access/roles';

describe('agencies', () => {
  it('lists the six agencies', () => {
    expect(agencyCodes).toEqual(['education', 'social-care', 'health', 'police', 'voluntary', 'housing']);
    expect(agencySchema.safeParse('nhs').error?.issues[0]?.message).toBe('Select an agency');
  });

  it('gives each organisation kind its agency', () => {
    expect(organisationKinds['virtual-school'].agency).toBe('education');
    expect(organisationKinds['gp-practice'].agency).toBe('health');
    expect(organisationKindsOf('health')).toEqual(['health-visiting-team', 'gp-practice', 'hospital']);
    expect(organisationKindsOf('police')).toEqual(['police-unit']);
    expect(organisationKindSchema.safeParse('academy').error?.issues[0]?.message).toBe('Select the kind of organisation');
  });

  it('covers every agency with at least one kind of organisation', () => {
    for (const agency of agencyCodes) expect([agency, organisationKindsOf(agency).length > 0]).toEqual([agency, true]);
  });
});

describe('practitioner roles', () => {
  it('includes the staff personas, with the same names as the sign-in roles', () => {
    const signInRolesThatAreJobs = staffRoles.filter((role) => role !== 'admin' && role !== 'inspector');
    for (const role of signInRolesThatAreJobs) expect(practitionerRoleCodes).toContain(role);
    expect(practitionerRoleCodes).toEqual(
      expect.arrayContaining(['senco', 'ehc-coordinator', 'school-nurse', 'voluntary-sector-worker', 'independent-reviewing-officer']),
    );
    expect(practitionerRoles['key-worker'].label).toBe('Key worker (lead practitioner)');
  });

  it('knows which agencies a role belongs to', () => {
    expect(isRoleInAgency('health-visitor', 'health')).toBe(true);
    expect(isRoleInAgency('health-visitor', 'police')).toBe(false);
    expect(isRoleInAgency('key-worker', 'voluntary')).toBe(true);
    expect(isRoleInAgency('independent-reviewing-officer', 'education')).toBe(false);
    expect(practitionerRoleSchema.safeParse('nurse').error?.issues[0]?.message).toBe('Select a job role');
  });
});
