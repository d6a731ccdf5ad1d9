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
  'src/agency/**/*.test.ts',
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

/**
 * Suites under those folders that never open a database (the reader, wording, the evals that play no
 * database): they prove nothing more on PostgreSQL, so that run skips them.
 */
const dbFreeSuites = [
  'src/conversations/ai/assisted-eval.test.ts',
  'src/conversations/ai/breaker.test.ts',
  'src/conversations/asserted-facts.eval.test.ts',
  'src/conversations/checks.test.ts',
  'src/conversations/contextual.test.ts',
  'src/conversations/conversations-eval.test.ts',
  'src/conversations/date-conflict.test.ts',
  'src/conversations/knowledge/answers.test.ts',
  'src/conversations/knowledge/open-houses.test.ts',
  'src/conversations/no-repeat.test.ts',
  'src/conversations/policy.test.ts',
  'src/conversations/renting.test.ts',
  'src/conversations/replies.test.ts',
  'src/conversations/script.test.ts',
  'src/conversations/selling.test.ts',
  'src/conversations/understanding/analyze.command.test.ts',
  'src/conversations/understanding/analyze.test.ts',
  'src/conversations/understanding/areas.test.ts',
  'src/conversations/understanding/confidence.test.ts',
  'src/conversations/understanding/distractors.test.ts',
  'src/conversations/understanding/eval.test.ts',
  'src/conversations/understanding/financing.test.ts',
  'src/conversations/understanding/intent.test.ts',
  'src/conversations/understanding/language.test.ts',
  'src/conversations/understanding/misreadings.test.ts',
  'src/conversations/understanding/money.test.ts',
  'src/conversations/understanding/question.test.ts',
  'src/conversations/understanding/requested-time.test.ts',
  'src/conversations/understanding/rooms.test.ts',
  'src/conversations/understanding/spanish-time.test.ts',
  'src/conversations/understanding/time-zones.test.ts',
  'src/conversations/understanding/timeline.test.ts',
  'src/conversations/wording.test.ts',
  'src/integrations/email/email.parse.test.ts',
  'src/leads/normalize.test.ts',
  'src/messaging/providers/create-provider.test.ts',
  'src/messaging/providers/sandbox.provider.test.ts',
  'src/messaging/providers/twilio-errors.test.ts',
  'src/messaging/providers/twilio-http-client.test.ts',
  'src/messaging/providers/twilio.provider.test.ts',
  'src/messaging/segments.test.ts',
  'src/messaging/twilio-signature.test.ts',
  'src/scheduling/calendars/vtimezone.test.ts',
  'src/scheduling/offers.spread.test.ts',
  'src/scheduling/slots.test.ts',
  'src/voice/speech.test.ts',
];

export default defineConfig({
  test: {
    // Vitest keeps a core for itself by default (one worker on a two-core machine); the suites wait on
    // databases, child processes and sockets as much as they compute, so two workers use both cores. A
    // test that starts the command line in child processes shares its core, hence the longer limit.
    maxWorkers: 2,
    testTimeout: 60_000,
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
          exclude: [...dbFreeSuites, 'node_modules/**'],
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
