// Tests that need the running stack (started by `npm test` through tools/stack): integration on the
// real PostgreSQL, API e2e with real Keycloak tokens, and the browser tests in Debian Chromium.
const preset = require('./jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...preset, displayName: 'integration', rootDir: __dirname, testMatch: ['<rootDir>/{apps,libs}/**/src/**/*.integration-spec.ts'], testTimeout: 60000 },
    { ...preset, displayName: 'api-e2e', rootDir: __dirname, testMatch: ['<rootDir>/apps/api/test/**/*.e2e-spec.ts'], testTimeout: 60000 },
    { ...preset, displayName: 'browser', rootDir: __dirname, testMatch: ['<rootDir>/apps/*-e2e/src/**/*.browser-spec.ts'], testTimeout: 180000 },
  ],
};
