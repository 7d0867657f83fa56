module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'workflows',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The time-skipping test server is a separate process; give it room on a 2-core machine.
  testTimeout: 60000,
};
