import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { fromJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { createWorker } from '../jobs/jobs.worker.js';
import { receiveInboundSms } from '../messaging/inbound.service.js';
import { newId } from '../platform/ids.js';
import { GATHER_MS } from './turn.queue.js';

/**
 * "hi" / "is the oak one still avail" / "and price??": texts a lead sends together are read as one turn and
 * answered once, whichever worker takes which turn, with webhooks delivered twice; a text that comes alone
 * is answered at once, and a STOP among the texts wins.
 */
describe(`texts sent together, on ${testDialect()}`, () => {
  let t: TestApp;
  /** A second worker process on the same database (PostgreSQL: on SQLite one process's writes exclude all others). */
  let other: TestApp | null = null;
  let team: Team;
  const nextPhone = phoneSequence(7900);

  beforeAll(async () => {
    t = await buildTestApp();
    if (testDialect() === 'postgres') other = await buildTestApp({ sameDatabaseAs: t });
    team = await buildTeam(t);
    const listing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/listings',
      headers: asApiKey(team.key.secret),
      payload: { address: '12 Oak St', city: 'Austin', price: 450_000, status: 'active' },
    });
    expect(listing.statusCode, listing.body).toBe(201);
  });
  afterAll(async () => {
    await other?.close();
    await t.close();
  });

  /** Both workers take every job due, at once. */
  async function twoWorkers() {
    if (other) other.clock.set(t.clock.now());
    const worker = (app: TestApp) =>
      createWorker({
        ctx: app.ctx,
        definitions: jobDefinitions,
        concurrency: 4,
        pollMs: 1000,
        leaseMs: 60_000,
        maintenance: false,
      }).runOnce();
    await Promise.all(other ? [worker(t), worker(other)] : [drainJobs(t.ctx, jobDefinitions), worker(t)]);
    await drainJobs(t.ctx, jobDefinitions);
  }

  /** A lead who wrote before and was answered: the next texts are replies in a conversation. */
  async function knownLead() {
    const phone = nextPhone();
    const { leadId, messageId } = await sandboxText(t, team.key.secret, phone, 'hi, buying');
    const { toNumber } = await t.ctx.db
      .selectFrom('messages')
      .select('toNumber')
      .where('id', '=', messageId)
      .executeTakeFirstOrThrow();
    if (!toNumber) throw new Error('the first text has no number it was sent to');
    t.clock.advance(60_000);
    const deliver = (body: string, sid = `SM${newId()}`) =>
      receiveInboundSms(t.ctx, {
        provider: 'sandbox',
        providerMessageId: sid,
        from: phone,
        to: toNumber,
        body,
      });
    return { leadId, deliver };
  }

  async function turnsOf(leadId: string) {
    return t.ctx.db
      .selectFrom('conversationTurns')
      .select(['inboundMessageId', 'status', 'replyMessageIds'])
      .where('leadId', '=', leadId)
      .execute();
  }

  /** Each of the lead's texts since `at` has exactly one turn; how many texts there are. */
  async function eachAnsweredOnce(leadId: string, at: string) {
    const turns = await turnsOf(leadId);
    const inbound = await t.ctx.db
      .selectFrom('messages')
      .select('id')
      .where('leadId', '=', leadId)
      .where('direction', '=', 'inbound')
      .where('createdAt', '>=', at)
      .execute();
    for (const { id } of inbound)
      expect(turns.filter((turn) => turn.inboundMessageId === id)).toHaveLength(1);
    return inbound.length;
  }

  async function repliesAfter(leadId: string, at: string) {
    return (await outboundMessages(t.ctx, leadId)).filter(
      (m) => m.createdAt >= at && m.kind !== 'first_response',
    );
  }

  it('answers a text that comes alone at once', async () => {
    const { leadId, deliver } = await knownLead();
    const at = t.clock.now().toISOString();
    const alone = await deliver('around 450k');
    const job = await t.ctx.db
      .selectFrom('jobs')
      .select('runAt')
      .where('uniqueKey', '=', `conversations.turn:${alone.status === 'processed' ? alone.messageId : ''}`)
      .executeTakeFirstOrThrow();
    expect(Date.parse(job.runAt)).toBe(Date.parse(at));
    await drainJobs(t.ctx, jobDefinitions);
    expect(await repliesAfter(leadId, at)).toHaveLength(1);
  });

  it('reads texts that arrive before their turns run as one, and answers once from the listing', async () => {
    const { leadId, deliver } = await knownLead();
    const at = t.clock.now().toISOString();
    await deliver('is the oak one still avail');
    t.clock.advance(1_000);
    const sid = `SM${newId()}`;
    await deliver('and price??', sid);
    // The provider delivers the same text twice.
    expect(await deliver('and price??', sid)).toEqual({ status: 'duplicate' });
    // The second came while the first was unanswered: nothing is said before the moment for more is up.
    await twoWorkers();
    expect(await repliesAfter(leadId, at)).toEqual([]);
    t.clock.advance(GATHER_MS);
    await twoWorkers();

    const replies = await repliesAfter(leadId, at);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toMatch(/12 Oak St is still available at \$450,000/);
    expect(await eachAnsweredOnce(leadId, at)).toBe(2);
  });

  it('answers every text once when a worker takes a turn while the next text arrives', async () => {
    for (let round = 0; round < 4; round += 1) {
      const { leadId, deliver } = await knownLead();
      const at = t.clock.now().toISOString();
      await deliver('is the oak one still avail');
      // A worker takes the first text's turn as the second text is being received.
      await Promise.all([twoWorkers(), deliver('and price??')]);
      t.clock.advance(GATHER_MS);
      await twoWorkers();

      expect(await eachAnsweredOnce(leadId, at)).toBe(2);
      const turns = await turnsOf(leadId);
      // No reply is written twice: each belongs to one turn, and all of them say what was asked.
      const replies = await repliesAfter(leadId, at);
      const claimed = turns.flatMap((turn) => fromJson<string[]>(turn.replyMessageIds) ?? []);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect(replies.length).toBeGreaterThanOrEqual(1);
      expect(replies.length).toBeLessThanOrEqual(2);
      expect(replies.map((m) => m.body).join(' ')).toMatch(/\$450,000/);
    }
  });

  it('answers a text whose next is a keyword, which has no turn to answer it', async () => {
    const { leadId, deliver } = await knownLead();
    const at = t.clock.now().toISOString();
    await deliver('is the oak one still avail');
    await deliver('HELP');
    await twoWorkers();
    const replies = await repliesAfter(leadId, at);
    expect(replies.map((m) => m.kind).sort()).toEqual(['keyword_reply', 'reply']);
    expect(replies.find((m) => m.kind === 'reply')?.body).toMatch(/12 Oak St is still available/);
  });

  it('lets a STOP among the texts win: nothing but its confirmation is sent', async () => {
    const { leadId, deliver } = await knownLead();
    const at = t.clock.now().toISOString();
    await deliver('is the oak one still avail');
    await deliver('STOP');
    await deliver('and price??');
    t.clock.advance(GATHER_MS);
    await twoWorkers();
    t.clock.advance(60_000);
    await twoWorkers();
    const after = await repliesAfter(leadId, at);
    expect(after.map((m) => m.kind)).toEqual(['keyword_reply']);
  });
});
