// Jest: every test under test/, TypeScript through SWC (type checking is `npm run typecheck`).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Dynamic imports name the emitted '.js' (TypeScript's node16 rule); in tests they load the sources.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Each test file is an entry point: it provides the classifier's HTML converter (src/domain/text/htmlTextPort.ts).
  setupFiles: ['<rootDir>/test/support/installHtmlToText.ts'],
  maxWorkers: 2,
  testTimeout: 30000,
};
