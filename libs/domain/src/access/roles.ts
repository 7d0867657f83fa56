/** Realm roles issued by Keycloak (tools/keycloak/childfirst-realm.json). Staff personas from PRODUCT.md plus `family`. */
export const staffRoles = [
  'key-worker',
  'social-worker',
  'education-officer',
  'health-visitor',
  'police-officer',
  'triage-manager',
  'team-manager',
  'admin',
  'inspector',
] as const;
export type StaffRole = (typeof staffRoles)[number];
/** `partner-system`: a partner agency's system sending notifications to the front door (client credentials). */
export const roles = [...staffRoles, 'family', 'partner-system'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  'key-worker': 'Key worker',
  'social-worker': 'Social worker',
  'education-officer': 'Education officer',
  'health-visitor': 'Health visitor',
  'police-officer': 'Police officer',
  'triage-manager': 'Triage manager',
  'team-manager': 'Team manager',
  admin: 'Administrator',
  inspector: 'Inspector (read only)',
  family: 'Family member',
  'partner-system': 'Partner agency system',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Who is acting, as established from a verified token. */
export interface Actor {
  subject: string;
  username: string;
  displayName: string;
  roles: Role[];
  /** The verified e-mail address from the sign-in, when there is one. */
  email?: string | null;
}

/** A family member signed in to the portal, with the one family their account is linked to. */
export interface FamilyActor extends Actor {
  familyId: string;
}
