import { realmWithOrigins } from './keycloak';
import { shiftedPorts, testPortOffset } from './profiles';

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
