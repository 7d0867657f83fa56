// Shared jest settings: SWC transpiles TypeScript with legacy decorators and decorator
// metadata (NestJS dependency injection and TypeORM entities need both).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // ESM-only packages (Node 20's require(esm) covers them at run time, jest does not): let SWC transpile them.
  transformIgnorePatterns: ['/node_modules/(?!(jose|@faker-js/faker|wouter|regexparam|otplib|@otplib|@scure|@noble)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
