import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScriptedOpenAi } from '../../../test/fakes/openai/scripted-openai.js';
import { modelReading } from '../../../test/helpers/ai.js';
import type { TestApp } from '../../../test/helpers/app.js';
import type { Team } from '../../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../../test/helpers/messaging.js';
import { type ScriptedModelApp, startScriptedModelApp } from '../../../test/helpers/scripted-model-app.js';
import { fromJson } from '../../db/schema.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { GATHER_MS } from '../turn.queue.js';
import { modelSlotsFor } from './model-slots.js';

const FIRST = 'around 450k';
const SECOND = 'oh and we need 3 bedrooms';

/**
 * A lead texts again while the turn for their last text is still waiting on a slow model: the second text
 * is answered, by its own reply or folded into one reply that addresses it, never dropped.
 */
describe('a text that arrives while an assisted turn waits on the model', () => {
  let app: ScriptedModelApp;
  let server: ScriptedOpenAi;
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(7700);

  beforeAll(async () => {
    app = await startScriptedModelApp(() => ({ content: 'ok' }));
    ({ t, server, assisted: team } = app);
  });
  afterAll(() => app.close());

  it.each([
    ['a model slot is free for its turn too', 0, true],
    ['every other model slot is taken', 1, true],
    ['its turn starts only once the first turn is done', 0, false],
  ])('is answered when %s', async (_case, leaveFree, together) => {
    const slots = modelSlotsFor(t.ctx, t.ctx.config.worker.concurrency);
    const held = [];
    if (leaveFree) while (slots.inUse < slots.limit - leaveFree) held.push(slots.take());

    let reached = () => {};
    const waiting = new Promise<void>((resolve) => {
      reached = resolve;
    });
    // The reading of the first text takes 800 ms; everything else answers at once.
    server.script((request) => {
      if (request.task === 'opinion') return { content: '{"revokes": false, "channel": null, "span": null}' };
      if (request.task === 'word') return { content: /"""\n([\s\S]*?)\n"""/.exec(request.prompt)?.[1] ?? '' };
      const slow = request.prompt.includes(FIRST);
      if (slow) reached();
      return { content: JSON.stringify(modelReading()), ...(slow ? { delayMs: 800 } : {}) };
    });

    const phone = nextPhone();
    const { leadId } = await sandboxText(t, team.key.secret, phone, 'hi, buying');
    t.clock.advance(60_000);
    const first = await sandboxText(t, team.key.secret, phone, FIRST, { drain: false });
    const firstTurn = drainJobs(t.ctx, jobDefinitions);
    await waiting;
    t.clock.advance(5_000);
    const second = await sandboxText(t, team.key.secret, phone, SECOND, { drain: false });
    // It came while the first was unanswered: its turn waits a moment for more texts before it runs.
    t.clock.advance(GATHER_MS);
    if (together) await Promise.all([firstTurn, drainJobs(t.ctx, jobDefinitions)]);
    else await firstTurn.then(() => drainJobs(t.ctx, jobDefinitions));
    for (const slot of held) slot?.release();

    const turns = await t.ctx.db
      .selectFrom('conversationTurns')
      .select(['inboundMessageId', 'status', 'replyMessageIds'])
      .where('leadId', '=', leadId)
      .execute();
    const turnOf = (messageId: string) => turns.find((turn) => turn.inboundMessageId === messageId);
    // Each text has its turn: its own reply, or covered by the later text's reply.
    expect(turnOf(first.messageId)?.status).toMatch(/^(?:replied|coalesced)$/);
    expect(turnOf(second.messageId)?.status).toBe('replied');
    const answer = fromJson<string[]>(turnOf(second.messageId)?.replyMessageIds) ?? [];
    expect(answer.length).toBeGreaterThan(0);

    // The reply to the second text addresses it: its bedrooms are known and said back.
    const replies = (await outboundMessages(t.ctx, leadId)).filter((m) => answer.includes(m.id));
    expect(replies.map((m) => m.body).join(' ')).toMatch(/\b3[- ]bed/i);
    const lead = await t.ctx.db
      .selectFrom('leads')
      .select('profile')
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    expect(fromJson<Record<string, unknown>>(lead.profile)).toMatchObject({ beds: 3, budgetMax: 450_000 });
  });
});
