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
    expect(capabilitiesForRoles(['admin', 'inspector'])).toEqual(['workflow:monitor', 'reports:view', 'record:view', 'record:viewers']);
    expect(capabilitiesForRoles(['key-worker', 'health-visitor'])).toEqual(['record:view', 'case:write-notes', 'record:edit', 'case:record-consent', 'case:record-status']);
  });

  it('keeps sharing without consent and warning sign-off to the roles that answer for them', () => {
    const holders = (capability: Parameters<typeof hasCapability>[1]) => roles.filter((role) => hasCapability([role], capability));
    expect(holders('case:override-consent')).toEqual(['social-worker', 'team-manager']);
    expect(holders('warning:sign-off')).toEqual(['team-manager']);
    expect(holders('case:record-consent')).toEqual(['key-worker', 'social-worker', 'team-manager']);
  });

  it('never lets an admin or a family member read case records by role', () => {
    expect(hasCapability(['admin'], 'record:view')).toBe(false);
    expect(hasCapability(['family'], 'record:view')).toBe(false);
  });

  it('grants nothing to no roles', () => {
    expect(capabilitiesForRoles([])).toEqual([]);
  });
});
