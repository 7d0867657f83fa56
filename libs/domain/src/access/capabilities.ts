import type { Role } from './roles';

/**
 * What a role may do, decided in this one place. A capability is necessary, never sufficient:
 * record-level checks (relationship to the family, consent) happen in the policy for each context.
 */
export const capabilities = [
  'family-portal:use',
  'help-request:submit',
  'referral:triage:view',
  'referral:triage:decide',
  'workflow:monitor',
  'reports:view',
  'record:view',
  'record:viewers',
  'case:write-notes',
  'case:assign-key-worker',
  'case:break-glass',
  'record:edit',
  'record:merge',
  'case:record-consent',
  'case:override-consent',
  'case:record-status',
  'warning:sign-off',
  'referral:notify',
  'referral:tell-family',
] as const;
export type Capability = (typeof capabilities)[number];

const grants: Record<Role, readonly Capability[]> = {
  family: ['family-portal:use', 'help-request:submit'],
  // A partner system may only send notifications to the front door; it reads nothing.
  'partner-system': ['referral:notify'],
  // The front door allocates the key worker when it decides on early help.
  'triage-manager': ['referral:triage:view', 'referral:triage:decide', 'record:view', 'case:break-glass', 'record:edit', 'case:assign-key-worker'],
  // Team managers take escalations from the front door, so they can decide as well as see;
  // they allocate key workers and answer "who has seen this record".
  'team-manager': [
    'referral:triage:view',
    'referral:triage:decide',
    'reports:view',
    'record:view',
    'record:viewers',
    'case:write-notes',
    'case:assign-key-worker',
    'case:break-glass',
    'record:edit',
    // Merging records changes what everyone sees: a manager's decision.
    'record:merge',
    'case:record-consent',
    // Sharing without consent is a decision a manager or social worker records and answers for.
    'case:override-consent',
    'case:record-status',
    // Staff-safety warnings are signed off by a manager (ICO guidance on warning markers).
    'warning:sign-off',
    // After a strategy discussion, deciding when the family can safely be told.
    'referral:tell-family',
  ],
  'key-worker': ['record:view', 'case:write-notes', 'record:edit', 'case:record-consent', 'case:record-status'],
  'social-worker': ['record:view', 'case:write-notes', 'case:break-glass', 'record:edit', 'case:record-consent', 'case:override-consent', 'case:record-status', 'referral:tell-family'],
  'education-officer': ['record:view', 'case:write-notes'],
  'health-visitor': ['record:view', 'case:write-notes'],
  'police-officer': ['record:view', 'case:write-notes'],
  // Admins run the platform and act as the data protection officer's tool ("who viewed this record");
  // they do not read case records because of their role.
  admin: ['workflow:monitor', 'reports:view', 'record:viewers'],
  // Inspectors read reports; a case only through an explicit, time-limited grant.
  inspector: ['reports:view', 'record:view'],
};

export function capabilitiesForRoles(roles: readonly Role[]): Capability[] {
  const granted = new Set<Capability>();
  for (const role of roles) for (const capability of grants[role]) granted.add(capability);
  return capabilities.filter((c) => granted.has(c));
}

export function hasCapability(roles: readonly Role[], capability: Capability): boolean {
  return roles.some((role) => grants[role].includes(capability));
}
