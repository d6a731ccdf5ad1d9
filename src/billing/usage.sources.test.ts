import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, buildUser, type Team } from '../../test/helpers/factories.js';
import { phoneSequence } from '../../test/helpers/messaging.js';
import type { LanguageAssist } from '../conversations/engine.types.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

/** Model tokens per model, and leads that start with a text, metered with the turn and the text. */
describe(`usage from conversations, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(7700);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
    await buildUser(t.ctx, { workspaceId: team.workspace.id, role: 'agent', name: 'Maria Lopez' });
    const budget = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/conversation/settings',
      headers: asSession(team.owner.session),
      payload: { assistBudgetMs: 150 },
    });
    expect(budget.statusCode, budget.body).toBe(200);
  });
  afterAll(() => {
    delete t.ctx.assist;
    return t.close();
  });

  async function text(from: string, body: string) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers: asApiKey(team.key.secret),
      payload: { from, body },
    });
    await drainJobs(t.ctx, jobDefinitions);
    return response.json<{ leadId: string; messageId: string }>();
  }
  const usage = async () =>
    (
      await t.ctx.db
        .selectFrom('usageDaily')
        .select(['unit', 'model', 'quantity'])
        .where('workspaceId', '=', team.workspace.id)
        .orderBy('unit')
        .orderBy('model')
        .execute()
    ).map((r) => ({ ...r, quantity: Number(r.quantity) }));

  // Tokens a model reported count even when the turn kept the built-in wording: they were used.
  it("records the tokens each turn's model reported, under that model, once", async () => {
    t.ctx.assist = {
      model: 'test/fake-1',
      promptVersion: 'p-7',
      understand: async () => ({
        value: { timelineMonths: 4 },
        usage: { inputTokens: 120, outputTokens: 30 },
      }),
      word: async (draft) => ({
        value: `Wonderful! ${draft.text}`,
        usage: { inputTokens: 80, outputTokens: 20 },
      }),
    } satisfies LanguageAssist;
    const phone = nextPhone();
    await text(phone, 'hi, buying');
    const reply = await text(phone, 'when our lease runs out');
    await drainJobs(t.ctx, jobDefinitions);

    const tokens = (await usage()).filter((r) => r.unit.startsWith('llm_'));
    const turns = await t.ctx.db
      .selectFrom('conversationTurns')
      .select(['inboundMessageId', 'inputTokens', 'outputTokens'])
      .where('leadId', '=', reply.leadId)
      .execute();
    const sum = (key: 'inputTokens' | 'outputTokens') =>
      turns.reduce((n, turn) => n + Number(turn[key] ?? 0), 0);
    expect(sum('inputTokens')).toBeGreaterThanOrEqual(200);
    expect(tokens).toEqual([
      { unit: 'llm_tokens_in', model: 'test/fake-1', quantity: sum('inputTokens') },
      { unit: 'llm_tokens_out', model: 'test/fake-1', quantity: sum('outputTokens') },
    ]);
    const lead = (await usage()).find((r) => r.unit === 'lead_received');
    expect(lead?.quantity).toBe(1);
  });
});
