/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  testTimeout: 30000,
  displayName: 'family-portal',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/jest.setup.js'],
  // The portal's translations, loaded up front; plain Node tests (@jest-environment node) have no DOM and skip it.
  setupFilesAfterEnv: ['<rootDir>/src/testing/setupI18n.ts'],
  // scripts/: the check that the generated API types match the API's OpenAPI document.
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)', '<rootDir>/scripts/**/*.spec.ts'],
};
