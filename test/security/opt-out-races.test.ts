import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import { type AppContext, contextFrom } from '../../src/http/context.js';
import { jobDefinitions } from '../../src/jobs/catalog.js';
import { drainJobs } from '../../src/jobs/jobs.drain.js';
import type { ReceivedLead } from '../../src/leads/intake.service.js';
import type { MessageRow } from '../../src/messaging/messaging.table.js';
import { buildLead, consentEvidence } from '../helpers/factories.js';
import { consentRows, outboundMessages, phoneSequence, queueFollowUp } from '../helpers/messaging.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  outboundAtFake,
  PUBLIC_URL,
  postWebhook,
  type TwilioTestApp,
} from '../helpers/twilio-app.js';

/**
 * Opt-outs under load and races, through the Twilio webhook as a carrier delivers them: a STOP takes effect
 * when it is acknowledged, is confirmed once however many revocations arrive together, and is never undone
 * by consent the person did not give. On PostgreSQL the concurrent texts arrive through two app instances
 * with their own pools, and two workers run the queue, as in a deployment with several processes.
 */

const SMS_URL = `${PUBLIC_URL}/webhooks/twilio/sms`;
const UNSUBSCRIBED = 'you are unsubscribed';
/** Outbox states of a text that was handed to the provider (it may have refused it). */
const ATTEMPTED: readonly MessageRow['status'][] = ['sending', 'sent', 'delivered', 'undelivered', 'failed'];

interface Instance {
  app: TwilioTestApp['app'];
  ctx: AppContext;
  close(): Promise<void>;
}

describe('opt-out races', () => {
  let t: TwilioTestApp;
  /** A second process on the same database: its own pool on PostgreSQL; on SQLite the same one. */
  let other: Instance;
  const nextPhone = phoneSequence(7000);

  beforeAll(async () => {
    t = await buildTwilioTestApp();
    other = await secondInstance(t);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  const textsTo = (phone: string) => outboundAtFake(t.fake).filter((m) => m.to === phone);
  const instances = () => [t, other];

  /** The queue run by two workers at once (on SQLite they share the one connection). */
  async function runWorkers(): Promise<void> {
    await Promise.all([drainJobs(t.ctx, jobDefinitions), drainJobs(other.ctx, jobDefinitions)]);
  }

  async function post(instance: Pick<Instance, 'app'>, from: string, body: string): Promise<void> {
    const hook = t.fake.inboundSms({ from, to: OUR_NUMBER, body, url: SMS_URL });
    const response = await postWebhook({ ...t, app: instance.app }, hook);
    expect(response.statusCode, response.body).toBe(200);
  }

  /** Leads with SMS consent whose first text has gone out. */
  async function leadsTexted(count: number): Promise<Array<ReceivedLead & { phone: string }>> {
    const leads = [];
    for (let i = 0; i < count; i++) {
      const phone = nextPhone();
      const lead = await buildLead(t.ctx, {
        workspaceId: t.team.workspace.id,
        phone,
        consent: consentEvidence(),
      });
      leads.push({ ...lead, phone });
    }
    await runWorkers();
    for (const lead of leads) expect(textsTo(lead.phone)).toHaveLength(1);
    return leads;
  }

  /**
   * Twilio itself answers a carrier keyword (STOP, UNSUBSCRIBE…) and refuses every later send to the number
   * with 21610, as the fake does, so what we try to send counts, not only what the fake accepts.
   */
  it('stops every queued follow-up once STOP is acknowledged, with a backlog ahead of the worker', async () => {
    const leads = await leadsTexted(40);
    const followUps: MessageRow[] = [];
    for (const lead of leads) {
      followUps.push(
        await queueFollowUp(t.ctx, {
          workspaceId: t.team.workspace.id,
          contactId: lead.contactId,
          leadId: lead.leadId,
          conversationId: lead.conversationId,
          body: 'Still looking in 78704? I can send you this week’s new listings.',
        }),
      );
    }
    expect(followUps.every((m) => m.status === 'queued')).toBe(true);

    // Every opt-out is answered while the 40 follow-ups wait in the queue ahead of anything it adds. Half
    // are the carrier keyword, half plain words that Twilio lets through to us alone.
    const words = (i: number) => (i % 2 === 0 ? 'STOP' : 'Please stop texting me');
    await Promise.all(leads.map((lead, i) => post(instances()[i % 2] as Instance, lead.phone, words(i))));
    for (const lead of leads) {
      const waiting = (await outboundMessages(t.ctx, lead.leadId)).filter((m) => m.kind === 'follow_up');
      expect(waiting.map((m) => [m.status, m.gateReason])).toEqual([['blocked', 'opted_out']]);
    }

    await runWorkers();
    for (const [i, lead] of leads.entries()) {
      const out = await outboundMessages(t.ctx, lead.leadId);
      const tried = out.filter((m) => ATTEMPTED.includes(m.status)).map((m) => m.kind);
      expect(tried).toEqual(['first_response', 'keyword_reply']);
      const after = textsTo(lead.phone).slice(1);
      expect(after.map((m) => m.body.includes(UNSUBSCRIBED))).toEqual(words(i) === 'STOP' ? [] : [true]);
    }
  });

  it('confirms once when STOP, Unsubscribe and "stop texting me" arrive together', async () => {
    const leads = await leadsTexted(15);
    const words = ['STOP', 'Unsubscribe', 'stop texting me'];
    await Promise.all(
      leads.flatMap((lead, i) =>
        words.map((body, j) => post(instances()[(i + j) % 2] as Instance, lead.phone, body)),
      ),
    );
    // Each text was taken in by its own request: none had to wait for the inbound job.
    const waited = await t.ctx.db
      .selectFrom('jobs')
      .select('id')
      .where('name', '=', 'messaging.inbound')
      .execute();
    expect(waited).toEqual([]);
    await runWorkers();
    for (const lead of leads) {
      const out = await outboundMessages(t.ctx, lead.leadId);
      expect(out.filter((m) => m.kind === 'keyword_reply')).toHaveLength(1);
      expect(out.filter((m) => m.body.includes(UNSUBSCRIBED))).toHaveLength(1);
      expect(textsTo(lead.phone).filter((m) => m.body.includes(UNSUBSCRIBED)).length).toBeLessThanOrEqual(1);
      const sms = (await consentRows(t.ctx, lead.contactId)).filter((r) => r.channel === 'sms');
      expect(sms.at(-1)?.action).toBe('revoked');
    }
  });

  it('takes STOP as a first text: the lead exists, stays revoked, and gets only the confirmation', async () => {
    // A real clock moves between the statements of one transaction; this one moves a millisecond a reading.
    const read = t.clock.now;
    t.clock.now = () => {
      const at = read();
      t.clock.advance(1);
      return at;
    };
    try {
      for (const [body, answer] of [
        ['STOP', UNSUBSCRIBED],
        ['HELP', 'Reply STOP to opt out'],
        ['wrong number', UNSUBSCRIBED],
      ] as const) {
        const phone = nextPhone();
        await post(t, phone, body);
        await runWorkers();

        const contact = await t.ctx.db
          .selectFrom('contacts')
          .selectAll()
          .where('workspaceId', '=', t.team.workspace.id)
          .where('phone', '=', phone)
          .executeTakeFirstOrThrow();
        const lead = await t.ctx.db
          .selectFrom('leads')
          .selectAll()
          .where('contactId', '=', contact.id)
          .executeTakeFirstOrThrow();
        expect(lead.source).toBe('sms');
        const sms = (await consentRows(t.ctx, contact.id)).filter((r) => r.channel === 'sms');
        expect(sms.filter((r) => r.action === 'granted')).toEqual([]);
        const out = await outboundMessages(t.ctx, lead.id);
        expect(out.map((m) => m.kind)).toEqual(['keyword_reply']);
        expect(out[0]?.body).toContain(answer);
        // Twilio has answered STOP itself and refuses ours; the other two are ours alone to answer.
        const accepted = textsTo(phone);
        expect(accepted.map((m) => m.body.includes(answer))).toEqual(body === 'STOP' ? [] : [true]);
        const notes = await t.ctx.db
          .selectFrom('notifications')
          .selectAll()
          .where('leadId', '=', lead.id)
          .execute();
        expect(notes.map((n) => n.kind)).not.toContain('new_lead_not_texted');

        if (body === 'HELP') continue;
        // Whatever they text next, only START gives consent back.
        await post(t, phone, 'who is this?');
        await runWorkers();
        const later = (await consentRows(t.ctx, contact.id)).filter((r) => r.channel === 'sms');
        expect(later.map((r) => r.action)).not.toContain('granted');
        const tried = (await outboundMessages(t.ctx, lead.id)).filter((m) => ATTEMPTED.includes(m.status));
        expect(tried.map((m) => m.kind)).toEqual(['keyword_reply']);
      }
    } finally {
      t.clock.now = read;
    }
  });
});

/** Another app on the same database, as a second HTTP process would be. */
async function secondInstance(t: TwilioTestApp): Promise<Instance> {
  if (t.ctx.dialect === 'sqlite') return { app: t.app, ctx: t.ctx, close: async () => {} };
  const database = openDatabase({ databaseUrl: t.database.databaseUrl, dataDir: t.database.dataDir });
  const ctx = contextFrom({
    config: t.ctx.config,
    database,
    clock: t.clock,
    logger: t.ctx.logger,
    sms: t.ctx.sms,
  });
  const app = await buildApp(ctx);
  return {
    app,
    ctx,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}
