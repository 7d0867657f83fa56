import { realmWithOrigins } from './keycloak';
import { BENCH_PORTS, PORTS, shiftedPorts, TEST_PORTS, testPortOffset } from './profiles';

describe('CHILDFIRST_PORT_OFFSET', () => {
  it('shifts every test port by the offset', () => {
    const base = { postgres: 55329, temporal: 17233, temporalUi: 18233, keycloak: 18080, keycloakManagement: 19000, smtp: 11025, mailWeb: 11080, api: 13000, workersHealth: 13001, staffWeb: 15173, familyPortal: 15174 };
    const shifted = shiftedPorts(base, 200);
    expect(shifted.api).toBe(13200);
    expect(Object.values(shifted).every((port, i) => port === Object.values(base)[i]! + 200)).toBe(true);
  });

  it('is 0 when unset and refuses anything but a small whole number', () => {
    expect(testPortOffset({})).toBe(0);
    expect(testPortOffset({ CHILDFIRST_PORT_OFFSET: '300' })).toBe(300);
    expect(() => testPortOffset({ CHILDFIRST_PORT_OFFSET: '-1' })).toThrow(/whole number from 0 to 9999/);
    expect(() => testPortOffset({ CHILDFIRST_PORT_OFFSET: 'abc' })).toThrow(/whole number/);
    expect(() => testPortOffset({ CHILDFIRST_PORT_OFFSET: '20000' })).toThrow(/whole number/);
  });
});

describe('the bench stack’s ports', () => {
  const MAX_OFFSET = 9999;
  const within = (port: number, base: number) => port >= base && port <= base + MAX_OFFSET;

  it('move with CHILDFIRST_PORT_OFFSET and stay valid at every offset', () => {
    expect(shiftedPorts(BENCH_PORTS, 200).postgres).toBe(BENCH_PORTS.postgres + 200);
    const ports = Object.values(BENCH_PORTS);
    expect(new Set(ports).size).toBe(ports.length);
    for (const port of [...ports, ...Object.values(TEST_PORTS)]) expect(port + MAX_OFFSET).toBeLessThanOrEqual(65535);
  });

  it('are no dev or test port, whatever offset either runs at', () => {
    for (const bench of Object.values(BENCH_PORTS)) {
      for (const dev of Object.values(PORTS.dev)) expect(within(dev, bench)).toBe(false);
      // Two ranges [bench, bench + 9999] and [test, test + 9999] meet when their starts are within 9999 of each other.
      for (const test of Object.values(TEST_PORTS)) expect(Math.abs(bench - test)).toBeGreaterThan(MAX_OFFSET);
    }
  });
});

describe('realmWithOrigins', () => {
  const realm = JSON.stringify({
    clients: [
      { clientId: 'childfirst-staff-web', redirectUris: ['http://localhost:15173/*'], webOrigins: ['http://localhost:15173'], attributes: { 'post.logout.redirect.uris': 'http://localhost:15173/*' } },
      { clientId: 'childfirst-family-portal', redirectUris: ['http://localhost:15174/*'], webOrigins: ['http://localhost:15174'], attributes: {} },
      { clientId: 'childfirst-api', redirectUris: [], webOrigins: [] },
    ],
  });

  it('adds the moved apps to their own clients only', () => {
    const out = JSON.parse(realmWithOrigins(realm, { staffWeb: 'http://localhost:15373', familyPortal: 'http://localhost:15374' }));
    expect(out.clients[0].redirectUris).toEqual(['http://localhost:15173/*', 'http://localhost:15373/*']);
    expect(out.clients[0].webOrigins).toEqual(['http://localhost:15173', 'http://localhost:15373']);
    expect(out.clients[0].attributes['post.logout.redirect.uris']).toBe('http://localhost:15173/*##http://localhost:15373/*');
    expect(out.clients[1].redirectUris).toEqual(['http://localhost:15174/*', 'http://localhost:15374/*']);
    expect(out.clients[2].redirectUris).toEqual([]);
    expect([out.clients[0].baseUrl, out.clients[1].baseUrl, out.clients[2].baseUrl]).toEqual(['http://localhost:15373/', 'http://localhost:15374/', undefined]);
  });

  it('adds nothing twice when the apps are where the realm expects them', () => {
    const out = JSON.parse(realmWithOrigins(realm, { staffWeb: 'http://localhost:15173', familyPortal: 'http://localhost:15174' }));
    expect(out.clients[0].redirectUris).toEqual(['http://localhost:15173/*']);
  });
});
