// Browser end-to-end tests against the composed stack (npm start, or the test profile of npm test).
// They need FAMILY_PORTAL_URL, STAFF_WEB_URL and a Chromium (CHROMIUM_PATH, else /usr/bin/chromium).
/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'platform-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['**/*.browser-spec.ts'],
  testTimeout: 120000,
  // One browser at a time: the journeys share demo users and the stack.
  maxWorkers: 1,
};
