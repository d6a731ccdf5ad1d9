import type { DestinationStream } from 'pino';
import { expect } from 'vitest';
import { createLanguageAssist } from '../../src/conversations/ai/assist.js';
import type { BreakerOptions } from '../../src/conversations/ai/breaker.js';
import {
  type ScriptedAnswer,
  type ScriptedOpenAi,
  type ScriptedRequest,
  startScriptedOpenAi,
} from '../fakes/openai/scripted-openai.js';
import { asSession, buildTestApp, type TestApp } from './app.js';
import { buildTeam, type Team } from './factories.js';

export interface ScriptedModelApp {
  t: TestApp;
  server: ScriptedOpenAi;
  /** Uses the instance's model, the scripted server. */
  assisted: Team;
  /** Chose no model: what the built-in engine alone makes of the same texts. */
  plain: Team;
  /** A fresh instance language layer (a fresh breaker), as the runtime builds it from LLM_*. */
  plugIn(breaker?: BreakerOptions): void;
  close(): Promise<void>;
}

/**
 * An app whose instance model (LLM_*) is a local server speaking the OpenAI protocol, answering as
 * `script` says, with the language layer plugged in and the clock still at 2026-01-15 16:00 UTC.
 */
export async function startScriptedModelApp(
  script: (request: ScriptedRequest) => ScriptedAnswer,
  options: { logTo?: DestinationStream } = {},
): Promise<ScriptedModelApp> {
  const server = await startScriptedOpenAi(script);
  const t = await buildTestApp({
    ...(options.logTo ? { logTo: options.logTo } : {}),
    env: { LLM_PROVIDER: 'openai', LLM_BASE_URL: server.url, LLM_MODEL: 'scripted' },
  });
  t.clock.set('2026-01-15T16:00:00.000Z');
  const plugIn = (breaker?: BreakerOptions) => {
    const layer = createLanguageAssist(t.ctx.config.llm, {
      logger: t.ctx.logger,
      ...(breaker ? { breaker } : {}),
    });
    t.ctx.assist = layer ?? undefined;
  };
  plugIn();
  const assisted = await buildTeam(t);
  const plain = await buildTeam(t);
  const none = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/ai/settings',
    headers: asSession(plain.owner.session),
    payload: { provider: 'none' },
  });
  expect(none.statusCode, none.body).toBe(200);
  return {
    t,
    server,
    assisted,
    plain,
    plugIn,
    close: async () => {
      delete t.ctx.assist;
      await t.close();
      await server.close();
    },
  };
}
