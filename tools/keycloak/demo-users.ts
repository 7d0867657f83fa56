// The demo users of the `childfirst` realm (tools/keycloak/childfirst-realm.json), as typed data:
// the stack prints them, the app's demo seed links its records to their fixed Keycloak ids.
// Keep this list and the realm file in step (tools/stack/keycloak.smoke.ts checks both).
//
// Development and test only: every password is the public `childfirst-demo`.

export type DemoRole =
  | 'key-worker'
  | 'social-worker'
  | 'education-officer'
  | 'health-visitor'
  | 'police-officer'
  | 'triage-manager'
  | 'team-manager'
  | 'admin'
  | 'inspector'
  | 'family';

export type DemoFamily = 'adams' | 'begum';

export interface DemoUser {
  username: string;
  displayName: string;
  role: DemoRole;
  /** Keycloak user id (the access token's `sub`). */
  id: string;
  password: string;
  /** For family users: the demo family they belong to. */
  family?: DemoFamily;
}

export const DEMO_PASSWORD = 'childfirst-demo';

const id = (n: number) => `5b0c5b1e-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'kim.keyworker', displayName: 'Kim Okafor', role: 'key-worker', id: id(1), password: DEMO_PASSWORD },
  { username: 'sam.socialworker', displayName: 'Sam Patel', role: 'social-worker', id: id(2), password: DEMO_PASSWORD },
  { username: 'eve.education', displayName: 'Eve Thompson', role: 'education-officer', id: id(3), password: DEMO_PASSWORD },
  { username: 'hana.healthvisitor', displayName: 'Hana Ali', role: 'health-visitor', id: id(4), password: DEMO_PASSWORD },
  { username: 'paul.police', displayName: 'Paul Walsh', role: 'police-officer', id: id(5), password: DEMO_PASSWORD },
  { username: 'tara.triage', displayName: 'Tara Nguyen', role: 'triage-manager', id: id(6), password: DEMO_PASSWORD },
  { username: 'tom.teammanager', displayName: 'Tom Hughes', role: 'team-manager', id: id(7), password: DEMO_PASSWORD },
  { username: 'ada.admin', displayName: 'Ada Brooks', role: 'admin', id: id(8), password: DEMO_PASSWORD },
  { username: 'ian.inspector', displayName: 'Ian Moore', role: 'inspector', id: id(9), password: DEMO_PASSWORD },
  { username: 'parent.adams', displayName: 'Jo Adams', role: 'family', id: id(10), password: DEMO_PASSWORD, family: 'adams' },
  { username: 'parent.begum', displayName: 'Rina Begum', role: 'family', id: id(11), password: DEMO_PASSWORD, family: 'begum' },
  // Registered but not linked to a family yet: linking needs an invitation from the key worker.
  { username: 'daniel.adams', displayName: 'Daniel Adams', role: 'family', id: id(12), password: DEMO_PASSWORD },
  { username: 'aisha.begum', displayName: 'Aisha Begum', role: 'family', id: id(13), password: DEMO_PASSWORD },
];

/** Email address of a demo user (all are verified in the realm). */
export function demoUserEmail(user: Pick<DemoUser, 'username'>): string {
  return `${user.username}@example.org`;
}
