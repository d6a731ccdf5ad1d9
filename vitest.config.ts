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
  'src/analytics/**/*.test.ts',
  'src/billing/**/*.test.ts',
  'src/consent/consent-log.test.ts',
  'src/consent/gate.voice.test.ts',
  'src/http/events.test.ts',
  'src/privacy/**/*.test.ts',
  'src/voice/**/*.test.ts',
  'test/pg/**/*.test.ts',
  'test/http/isolation.test.ts',
  'test/http/input-bounds.test.ts',
  'test/cli/start-demo.test.ts',
  'test/security/key-rotation.test.ts',
  'test/security/fuzz.test.ts',
  'test/security/rate-limits.test.ts',
  'test/security/opt-out-races.test.ts',
  'test/security/webhook-forgery.test.ts',
  'src/integrations/**/*.test.ts',
  'test/security/lead-sources.fuzz.test.ts',
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
      {
        extends: true,
        test: {
          // The dashboard's own logic, rendered in a simulated DOM.
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          // The real service driven through Chromium: `npm run test:browser`, after building the dashboard.
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
