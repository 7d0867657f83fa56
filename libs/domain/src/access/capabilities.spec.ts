import { capabilitiesForRoles, hasCapability } from './capabilities';
import { roles } from './roles';

describe('capabilities', () => {
  it('lets a family submit a request for help but not see the triage queue', () => {
    expect(hasCapability(['family'], 'help-request:submit')).toBe(true);
    expect(hasCapability(['family'], 'referral:triage:view')).toBe(false);
  });

  it('lets triage and team managers decide referrals, and nobody else', () => {
    const deciders = roles.filter((role) => hasCapability([role], 'referral:triage:decide'));
    expect(deciders).toEqual(['triage-manager', 'team-manager']);
  });

  it('unions the grants of several roles without duplicates, in catalogue order', () => {
    expect(capabilitiesForRoles(['admin', 'team-manager', 'inspector'])).toEqual([
      'referral:triage:view',
      'referral:triage:decide',
      'workflow:monitor',
      'reports:view',
    ]);
  });

  it('grants nothing to no roles', () => {
    expect(capabilitiesForRoles([])).toEqual([]);
  });
});
