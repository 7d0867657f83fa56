/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  setupFiles: ['<rootDir>/jest.setup.js'],
  testTimeout: 30000,
  displayName: 'ui',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
