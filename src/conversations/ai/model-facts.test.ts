import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScriptedOpenAi, ScriptedRequest } from '../../../test/fakes/openai/scripted-openai.js';
import { modelReading } from '../../../test/helpers/ai.js';
import { asApiKey, type TestApp } from '../../../test/helpers/app.js';
import type { Team } from '../../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../../test/helpers/messaging.js';
import { type ScriptedModelApp, startScriptedModelApp } from '../../../test/helpers/scripted-model-app.js';
import type { Lead } from '../../leads/leads.schema.js';
import { analyze } from '../understanding/analyze.js';

/** Financing the rules do not read in these words; the model does, and the text supports it. */
const FINANCED = 'the financing side is squared away';
/** The message as the reading prompt quotes it. */
const quoted = (text: string) => ['"""', text, '"""'].join('\n');

/** Reads financing in FINANCED and 6 months in a bare "6", echoes every draft, and sees no opt-out. */
function answer(request: ScriptedRequest) {
  if (request.task === 'opinion') return { content: '{"revokes": false, "channel": null, "span": null}' };
  if (request.task === 'word') return { content: /"""\n([\s\S]*?)\n"""/.exec(request.prompt)?.[1] ?? '' };
  if (request.prompt.includes(FINANCED)) {
    return { content: JSON.stringify(modelReading({ preApproved: true })) };
  }
  const bare = request.prompt.endsWith(quoted('6'));
  return { content: JSON.stringify(modelReading(bare ? { timelineMonths: 6 } : {})) };
}

describe('a fact only the model read, over the OpenAI protocol', () => {
  let app: ScriptedModelApp;
  let server: ScriptedOpenAi;
  let t: TestApp;
  let assisted: Team;
  let plain: Team;
  const nextPhone = phoneSequence(7600);

  beforeAll(async () => {
    app = await startScriptedModelApp(answer);
    ({ t, server, assisted, plain } = app);
  });
  afterAll(() => app.close());

  /** The texts from one phone to the team: the lead as the API shows it, and the texts sent back. */
  async function texting(team: Team, texts: readonly string[], phone = nextPhone()) {
    let leadId = '';
    for (const text of texts) leadId = (await sandboxText(t, team.key.secret, phone, text)).leadId;
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${leadId}`,
      headers: asApiKey(team.key.secret),
    });
    expect(response.statusCode, response.body).toBe(200);
    const bodies = (await outboundMessages(t.ctx, leadId)).map((m) => m.body);
    return { phone, lead: response.json<Lead>(), bodies };
  }

  it('is asked back, never stored, scored or staged on its own, and marked as the model’s', async () => {
    const opening = ['hi, buying around 450k, moving in 2 months', FINANCED];
    // The premise: the rules alone do not read financing in these words.
    expect(analyze(FINANCED, { now: t.clock.now(), tz: 'America/Chicago' }).preApproved).toBeNull();
    const withModel = await texting(assisted, opening);
    const without = await texting(plain, opening);
    expect(server.requests.some((r) => r.task === 'understand' && r.prompt.includes(FINANCED))).toBe(true);

    // Not a fact yet: the reply asks it back; score and stage are what the rules alone make of the texts.
    expect(withModel.lead.profile).not.toHaveProperty('preApproved');
    expect(withModel.lead.score).toBe(without.lead.score);
    expect(withModel.lead.stage).toBe(without.lead.stage);
    // Stored, it would have qualified a hot lead and handed it off.
    expect(withModel.lead.stage).toBe('engaged');
    expect(withModel.bodies.at(-1)).toMatch(/check/i);
    expect(withModel.lead.profile.check).toMatchObject({
      changes: [{ field: 'preApproved', value: true, by: 'model' }],
    });

    // The lead's yes makes it a fact, shown to the team as the model's reading, beside the rules' own.
    const confirmed = await texting(assisted, ['yes'], withModel.phone);
    expect(confirmed.lead.profile).toMatchObject({ preApproved: true, intent: 'buy' });
    expect(confirmed.lead.profileSources.preApproved?.source).toBe('model');
    expect(confirmed.lead.profileSources.intent?.source).toBe('message');
    expect(confirmed.lead.score).toBeGreaterThan(withModel.lead.score);
    expect(confirmed.lead.stage).toBe('handed_off');
  });

  it('leaves a bare answer to the question asked the lead’s own when the model reads it too', async () => {
    const texts = ['hi, buying around 450k', '6'];
    const withModel = await texting(assisted, texts);
    const without = await texting(plain, texts);
    expect(server.requests.some((r) => r.task === 'understand' && r.prompt.endsWith(quoted('6')))).toBe(true);
    // "When are you hoping to make a move?" "6": six months, stated by the lead, not asked back.
    expect(without.lead.profile).toMatchObject({ timelineMonths: 6 });
    expect(withModel.lead.profile).toMatchObject({ timelineMonths: 6 });
    expect(withModel.lead.profile).not.toHaveProperty('check');
    expect(withModel.lead.profileSources.timelineMonths?.source).toBe('message');
    expect(withModel.bodies.at(-1)).toMatch(/moving within about 6 months/);
    expect(withModel.bodies.at(-1)).not.toMatch(/check/i);
  });

  it('is the lead’s own when the rules read it too', async () => {
    const { lead } = await texting(assisted, ['hi, buying', 'we are pre-approved already']);
    expect(lead.profile).toMatchObject({ preApproved: true });
    expect(lead.profileSources.preApproved?.source).toBe('message');
  });
});
