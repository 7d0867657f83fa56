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
] as const;
export type Capability = (typeof capabilities)[number];

const grants: Record<Role, readonly Capability[]> = {
  family: ['family-portal:use', 'help-request:submit'],
  'triage-manager': ['referral:triage:view', 'referral:triage:decide'],
  // Team managers take escalations from the front door, so they can decide as well as see.
  'team-manager': ['referral:triage:view', 'referral:triage:decide', 'reports:view'],
  'key-worker': [],
  'social-worker': [],
  'education-officer': [],
  'health-visitor': [],
  'police-officer': [],
  admin: ['workflow:monitor', 'reports:view'],
  // Inspectors read timeliness reports; they never see an individual triage queue from here.
  inspector: ['reports:view'],
};

export function capabilitiesForRoles(roles: readonly Role[]): Capability[] {
  const granted = new Set<Capability>();
  for (const role of roles) for (const capability of grants[role]) granted.add(capability);
  return capabilities.filter((c) => granted.has(c));
}

export function hasCapability(roles: readonly Role[], capability: Capability): boolean {
  return roles.some((role) => grants[role].includes(capability));
}
