import { ConfigurationError, loadServerConfig } from './server-config';

describe('loadServerConfig', () => {
  it('defaults to the embedded dev stack', () => {
    const config = loadServerConfig({});
    expect(config).toMatchObject({
      DATABASE_URL: 'postgres://childfirst:childfirst@localhost:54329/childfirst',
      TEMPORAL_ADDRESS: 'localhost:7233',
      KEYCLOAK_URL: 'http://localhost:8080',
      KEYCLOAK_REALM: 'childfirst',
      KEYCLOAK_AUDIENCE: 'childfirst-api',
      API_PORT: 3000,
      TEMPORAL_TLS: false,
    });
  });

  it('takes external services from the environment', () => {
    const config = loadServerConfig({ DATABASE_URL: 'postgres://u:p@db.internal:5432/cf', TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_TLS: 'true', API_PORT: '8080' });
    expect(config).toMatchObject({ DATABASE_URL: 'postgres://u:p@db.internal:5432/cf', TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_TLS: true, API_PORT: 8080 });
  });

  it('names every bad variable in one clear error', () => {
    expect(() => loadServerConfig({ API_PORT: 'eighty', KEYCLOAK_URL: 'not a url' })).toThrow(ConfigurationError);
    expect(() => loadServerConfig({ API_PORT: 'eighty', KEYCLOAK_URL: 'not a url' })).toThrow(/API_PORT[\s\S]*KEYCLOAK_URL|KEYCLOAK_URL[\s\S]*API_PORT/);
  });
});
