import type { Capability } from '@childfirst/domain/access';

/** Completes "Your role does not allow you to …". */
export const capabilityDescriptions: Record<Capability, string> = {
  'family-portal:use': 'use the family portal',
  'help-request:submit': 'ask for help through the family portal',
  'referral:triage:view': 'see the triage queue',
  'referral:triage:decide': 'decide referrals',
  'workflow:monitor': 'monitor workflows',
  'reports:view': 'see reports',
};
