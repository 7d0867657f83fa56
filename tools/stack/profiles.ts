// The two stack profiles and their fixed ports: `dev` (npm start) and `test` (npm test).
// The test ports are the dev ports shifted so that both stacks can run side by side.
// CHILDFIRST_PORT_OFFSET shifts every test port once more, so that several test stacks (two
// checkouts, or a benchmark's stack beside a test run) can run at once without meeting.

export type Profile = 'dev' | 'test';

export interface PortPlan {
  postgres: number;
  temporal: number;
  temporalUi: number;
  keycloak: number;
  keycloakManagement: number;
  smtp: number;
  mailWeb: number;
  api: number;
  workersHealth: number;
  staffWeb: number;
  familyPortal: number;
}

export const TEST_PORTS: PortPlan = {
  postgres: 55329,
  temporal: 17233,
  temporalUi: 18233, // unused: the test Temporal server runs headless
  keycloak: 18080,
  keycloakManagement: 19000,
  smtp: 11025,
  mailWeb: 11080,
  api: 13000,
  workersHealth: 13001,
  staffWeb: 15173,
  familyPortal: 15174,
};

/**
 * The ports of `npm run bench`'s own stack (tools/bench/bench-postgres.ts: its PostgreSQL, and the
 * front-door benchmark's Temporal server; nothing listens on the others), before
 * CHILDFIRST_PORT_OFFSET, which moves them with the test ports. They lie where no dev or test port
 * can be at any offset (ports.spec.ts): a test port plus 0–9999 stays within 11025–28999 or
 * 55329–65328, the dev ports are fixed (54329 and below 9001), and these plus 0–9999 stay within
 * 44025–54328.
 */
export const BENCH_PORTS: PortPlan = {
  postgres: 44329,
  temporal: 44233,
  temporalUi: 44234,
  keycloak: 44080,
  keycloakManagement: 44090,
  smtp: 44025,
  mailWeb: 44081,
  api: 44300,
  workersHealth: 44301,
  staffWeb: 44173,
  familyPortal: 44174,
};

/** CHILDFIRST_PORT_OFFSET: a whole number from 0 to 9999, added to every test (and bench) port. */
export function testPortOffset(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CHILDFIRST_PORT_OFFSET;
  if (raw === undefined || raw === '') return 0;
  const offset = Number(raw);
  if (!Number.isInteger(offset) || offset < 0 || offset > 9999) {
    throw new Error(`CHILDFIRST_PORT_OFFSET must be a whole number from 0 to 9999 (it is "${raw}").`);
  }
  return offset;
}

/** The test ports shifted by `offset`. */
export function shiftedPorts(ports: PortPlan, offset: number): PortPlan {
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port + offset])) as unknown as PortPlan;
}

export const PORTS: Record<Profile, PortPlan> = {
  dev: {
    postgres: 54329,
    temporal: 7233,
    temporalUi: 8233,
    keycloak: 8080,
    keycloakManagement: 9000,
    smtp: 1025,
    mailWeb: 1080,
    api: 3000,
    workersHealth: 3001,
    staffWeb: 5173,
    familyPortal: 5174,
  },
  test: shiftedPorts(TEST_PORTS, testPortOffset()),
};

export const POSTGRES_CREDENTIALS = { user: 'childfirst', password: 'childfirst', database: 'childfirst' } as const;
export const KEYCLOAK_REALM = 'childfirst';
export const TEMPORAL_NAMESPACE = 'default';

export interface AppUrls {
  api: string;
  workersHealth: string;
  staffWeb: string;
  familyPortal: string;
}

export function appUrls(profile: Profile): AppUrls {
  const ports = PORTS[profile];
  return {
    api: `http://localhost:${ports.api}`,
    workersHealth: `http://localhost:${ports.workersHealth}/health/ready`,
    staffWeb: `http://localhost:${ports.staffWeb}`,
    familyPortal: `http://localhost:${ports.familyPortal}`,
  };
}
