/** Jest on ts-jest in ESM mode; every suite runs against a real embedded PostgreSQL started once per run. */
export default {
  testEnvironment: '<rootDir>/test/harness/graph-environment.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/subgraphs/**/*.test.ts', '<rootDir>/gateway/**/*.test.ts', '<rootDir>/infra/**/*.test.ts', '<rootDir>/test/**/*.test.ts', '<rootDir>/bench/**/*.test.ts'],
  globalSetup: '<rootDir>/test/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
  setupFiles: ['<rootDir>/test/harness/reflect-metadata.ts'],
  testTimeout: 180000,
  maxWorkers: 2,
  // Each suite boots the whole graph; ESM modules loaded in a worker are never freed, so a worker is replaced once it
  // holds more than this after a suite (without it a worker ran out of heap after ~70 suites).
  workerIdleMemoryLimit: '1500MB',
};
