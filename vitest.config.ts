import { defineConfig } from 'vitest/config';

/** Suites that touch the data layer run twice: on SQLite in `npm test`, and on PostgreSQL in `npm run test:pg`. */
const dataLayerSuites = [
  'src/db/**/*.test.ts',
  'src/jobs/**/*.test.ts',
  'src/workspaces/**/*.test.ts',
  'src/leads/**/*.test.ts',
  'src/messaging/**/*.test.ts',
  'src/conversations/**/*.test.ts',
  'src/scheduling/**/*.test.ts',
  'test/pg/**/*.test.ts',
  'test/http/isolation.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/pg/**', 'test/browser/**', 'node_modules/**'],
          env: { TEST_DATABASE: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'pg',
          include: dataLayerSuites,
          env: { TEST_DATABASE: 'postgres' },
        },
      },
    ],
  },
});
