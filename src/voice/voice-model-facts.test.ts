import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ScriptedOpenAi,
  type ScriptedRequest,
  startScriptedOpenAi,
} from '../../test/fakes/openai/scripted-openai.js';
import { modelReading } from '../../test/helpers/ai.js';
import { asApiKey } from '../../test/helpers/app.js';
import { nextPhone } from '../../test/helpers/factories.js';
import { buildVoiceTestApp, startCall, type VoiceTestApp } from '../../test/helpers/voice.js';
import { createLanguageAssist } from '../conversations/ai/assist.js';
import { analyze } from '../conversations/understanding/analyze.js';
import type { Lead } from '../leads/leads.schema.js';

/** Financing the rules do not read in these words; the model does, and the words support it. */
const FINANCED = 'the financing side is squared away';

/** Reads financing in FINANCED, nothing else; echoes every draft; sees no opt-out. */
function answer(request: ScriptedRequest) {
  if (request.task === 'opinion') return { content: '{"revokes": false, "channel": null, "span": null}' };
  if (request.task === 'word') return { content: /"""\n([\s\S]*?)\n"""/.exec(request.prompt)?.[1] ?? '' };
  const financed = request.prompt.includes(FINANCED);
  return { content: JSON.stringify(modelReading(financed ? { preApproved: true } : {})) };
}

describe('a fact only the model read, said on a call', () => {
  let t: VoiceTestApp;
  let server: ScriptedOpenAi;

  beforeAll(async () => {
    server = await startScriptedOpenAi(answer);
    t = await buildVoiceTestApp({ LLM_PROVIDER: 'openai', LLM_BASE_URL: server.url, LLM_MODEL: 'scripted' });
    t.ctx.assist = createLanguageAssist(t.ctx.config.llm, { logger: t.ctx.logger }) ?? undefined;
  });
  afterAll(async () => {
    delete t.ctx.assist;
    await t.close();
    await server.close();
  });

  async function leadOf(callId: string): Promise<Lead> {
    const call = await t.ctx.db
      .selectFrom('calls')
      .select('leadId')
      .where('id', '=', callId)
      .executeTakeFirstOrThrow();
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${call.leadId}`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Lead>();
  }

  it('is asked back, not stored, and once the caller says yes it is stored as the model’s reading', async () => {
    // The premise: the rules alone do not read financing in these words.
    expect(analyze(FINANCED, { now: t.clock.now(), tz: 'America/Chicago' }).preApproved).toBeNull();
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    await relay.say('hi, I want to buy a house around 450k, moving in 2 months');
    const asked = await relay.say(FINANCED);
    expect(server.requests.some((r) => r.task === 'understand' && r.prompt.includes(FINANCED))).toBe(true);

    // Asked back, never stated: not on the profile, held as a check marked as the model's.
    expect(asked).toMatch(/check/i);
    const before = await leadOf(callId);
    expect(before.profile).not.toHaveProperty('preApproved');
    expect(before.profile.check).toMatchObject({
      changes: [{ field: 'preApproved', value: true, by: 'model' }],
    });

    // The caller's yes makes it a fact, shown as the model's reading beside what the rules read.
    await relay.say('yes');
    const after = await leadOf(callId);
    expect(after.profile).toMatchObject({ preApproved: true, intent: 'buy' });
    expect(after.profileSources.preApproved?.source).toBe('model');
    expect(after.profileSources.intent?.source).toBe('message');
    relay.close();
  });
});
