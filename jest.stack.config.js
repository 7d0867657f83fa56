// Tests that need the running stack (started by `npm test` through tools/stack): integration on the
// real PostgreSQL, API e2e with real Keycloak tokens, and the browser tests in Debian Chromium.
const preset = require('./jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  // Per-project testTimeout is ignored by jest; the browser journeys need the longest, so it applies to all.
  testTimeout: 180000,
  projects: [
    { ...preset, displayName: 'integration', rootDir: __dirname, testMatch: ['<rootDir>/{apps,libs}/**/src/**/*.integration-spec.ts'] },
    { ...preset, displayName: 'api-e2e', rootDir: __dirname, testMatch: ['<rootDir>/apps/api/test/**/*.e2e-spec.ts'] },
    { ...preset, displayName: 'browser', rootDir: __dirname, testMatch: ['<rootDir>/apps/*-e2e/src/**/*.browser-spec.ts'] },
  ],
};
