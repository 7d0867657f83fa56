module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'workers',
  rootDir: __dirname,
  // Unit tests only; *.integration-spec.ts and test/*.e2e-spec.ts run against the stack (jest.stack.config.js).
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
