/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  testTimeout: 30000,
  displayName: 'family-portal',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/jest.setup.js'],
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
