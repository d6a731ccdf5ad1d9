import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAi, startFakeOpenAi } from '../../test/fakes/openai/fake-openai.js';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { assessOptOut } from '../consent/keywords.js';

const KEEP = JSON.stringify({ revokes: false, channel: 'sms', span: '' });

/**
 * The optional model's second opinion, wired into the turn: the instance's model is a local server speaking
 * the OpenAI protocol, so the turn reaches it as it would a real one.
 */
describe('possible opt-out: the model’s second opinion before the assistant answers', () => {
  let t: TestApp;
  let team: Team;
  let model: FakeOpenAi;
  const nextPhone = phoneSequence(8600);

  beforeAll(async () => {
    model = await startFakeOpenAi({ content: KEEP });
    t = await buildTestApp({
      env: { LLM_PROVIDER: 'openai', LLM_MODEL: 'opinion-test', LLM_BASE_URL: model.url },
    });
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
    await t.app.inject({ method: 'GET', url: '/api/v1/sandbox/number', headers: asApiKey(team.key.secret) });
  });
  afterAll(async () => {
    await t.close();
    await model.close();
  });

  async function leadWhoTexted(phone: string): Promise<string> {
    const first = await sandboxText<{ leadId: string }>(t, team.key.secret, phone, 'Looking to buy a condo');
    t.clock.advance(60_000);
    return first.leadId;
  }

  const flagsOf = (leadId: string) =>
    t.ctx.db.selectFrom('possibleOptOuts').selectAll().where('leadId', '=', leadId).execute();

  it('flags a text the layers kept when the model reads a revocation, and holds the answer', async () => {
    const phone = nextPhone();
    const leadId = await leadWhoTexted(phone);
    const text = 'we will see, my husband is pretty over all of this tbh';
    expect(assessOptOut(text).decision).toBe('keep');
    model.enqueue({
      content: JSON.stringify({ revokes: true, channel: 'sms', span: 'pretty over all of this' }),
    });
    const inbound = await sandboxText<{ messageId: string; handled: string }>(
      t,
      team.key.secret,
      phone,
      text,
    );
    expect(inbound.handled).toBe('reply');

    const flags = await flagsOf(leadId);
    expect(flags.map((f) => [f.messageId, f.source, f.channel, f.trigger])).toEqual([
      [inbound.messageId, 'second_opinion', 'sms', 'pretty over all of this'],
    ]);
    expect(
      model.requests
        .at(-1)
        ?.body.messages.map((m) => m.content)
        .join('\n'),
    ).toContain(text);
    const flaggedAt = flags[0]?.flaggedAt ?? '';
    const replies = (await outboundMessages(t.ctx, leadId)).filter(
      (m) => m.kind === 'reply' && m.createdAt >= flaggedAt,
    );
    expect(replies).toHaveLength(1);
    expect(replies.at(-1)).toMatchObject({ status: 'deferred', gateReason: 'possible_opt_out' });
  });

  it('changes nothing when the model disagrees or fails: the assistant answers as usual', async () => {
    for (const answer of [
      { content: KEEP },
      { status: 500, message: 'overloaded' },
      { content: 'not json' },
    ]) {
      const phone = nextPhone();
      const leadId = await leadWhoTexted(phone);
      model.enqueue(answer);
      await sandboxText(t, team.key.secret, phone, 'what about 2 beds near downtown?');
      expect(await flagsOf(leadId)).toEqual([]);
      const replies = (await outboundMessages(t.ctx, leadId)).filter((m) => m.kind === 'reply');
      expect(replies.at(-1)?.status).toBe('sent');
    }
  });
});
