import type { Capability } from '@childfirst/domain/access';

/** Completes "Your role does not allow you to …". */
export const capabilityDescriptions: Record<Capability, string> = {
  'family-portal:use': 'use the family portal',
  'help-request:submit': 'ask for help through the family portal',
  'referral:triage:view': 'see the triage queue',
  'referral:triage:decide': 'decide referrals',
  'workflow:monitor': 'monitor workflows',
  'reports:view': 'see reports',
  'record:view': 'see case records',
  'record:viewers': 'see who has viewed a record',
  'referral:tell-family': 'record that a family can safely be told of a strategy discussion decision',
  'case:write-notes': 'add case notes, chronology entries or warnings',
  'case:assign-key-worker': 'change key workers',
  'case:break-glass': 'use emergency access to cases',
  'record:edit': 'create or change person records',
  'record:merge': 'merge person records',
  'case:record-consent': 'record consent',
  'case:override-consent': 'share information without consent',
  'case:record-status': 'record a child’s status',
  'warning:sign-off': 'sign off warnings',
  'referral:notify': 'send notifications to the front door',
};
