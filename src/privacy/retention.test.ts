import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { auditRows, buildLead, buildMember, buildTeam, type Team } from '../../test/helpers/factories.js';
import { jobDefinitions, recurringJobs } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { enqueue } from '../jobs/jobs.service.js';
import { DAY, MINUTE } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { retentionJob, retentionSchedule } from './retention.job.js';
import { DEFAULT_RETENTION } from './retention.schema.js';
import { applyRetention, noRetentionCounts, retentionCutoffs } from './retention.service.js';

const at = (iso: string, deltaMs: number) => new Date(new Date(iso).getTime() + deltaMs).toISOString();

describe('retention settings', () => {
  let t: TestApp;
  let team: Team;
  beforeEach(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
  });
  afterEach(() => t.close());

  it('answers the defaults, changes a period for owners and admins only, and audits the change', async () => {
    const owner = asSession(team.owner.session);
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/privacy/retention', headers: owner });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      messagesMonths: 24,
      inactiveLeadMonths: 36,
      diagnosticDays: 30,
      exportFileDays: 7,
    });

    const agent = await buildMember(t, team.workspace.id, 'agent');
    for (const [headers, status] of [
      [asSession(agent.session), 403],
      [asApiKey(team.key.secret), 403],
    ] as const) {
      const refused = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/privacy/retention',
        headers,
        payload: { messagesMonths: 1 },
      });
      expect(refused.statusCode).toBe(status);
    }

    const tooShort = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/privacy/retention',
      headers: owner,
      payload: { diagnosticDays: 3 },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.code).toBeTypeOf('string');
    const unknown = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/privacy/retention',
      headers: owner,
      payload: { forever: true },
    });
    expect(unknown.statusCode).toBe(400);

    const changed = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/privacy/retention',
      headers: owner,
      payload: { messagesMonths: 12, diagnosticDays: 90 },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ messagesMonths: 12, inactiveLeadMonths: 36, diagnosticDays: 90 });
    const audited = (await auditRows(t, team.workspace.id)).filter(
      (r) => r.action === 'settings.retention_changed',
    );
    expect(audited).toHaveLength(1);

    const reset = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/privacy/retention',
      headers: owner,
      payload: { messagesMonths: null },
    });
    expect(reset.json()).toMatchObject({ messagesMonths: 24, diagnosticDays: 90 });
  });

  it('runs nightly from the catalog', () => {
    expect(jobDefinitions).toContain(retentionJob);
    expect(recurringJobs).toContain(retentionSchedule);
  });
});

describe('retention sweep, with a moved clock', () => {
  let t: TestApp;
  let team: Team;
  beforeEach(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
  });
  afterEach(() => t.close());

  /** A lead with one text each way, its last activity set to `lastActivityAt`. */
  async function leadActiveAt(workspaceId: string, lastActivityAt: string, label: string) {
    const lead = await buildLead(t.ctx, {
      workspaceId,
      name: `Retention ${label}`,
      email: `${label}@retention.example`,
      message: `Inquiry text ${label}`,
    });
    // Its first response goes now, so the only job left to run below is retention's.
    await drainJobs(t.ctx, jobDefinitions);
    for (const direction of ['inbound', 'outbound'] as const) {
      await t.ctx.db
        .insertInto('messages')
        .values({
          id: newId(),
          workspaceId,
          leadId: lead.leadId,
          contactId: lead.contactId,
          conversationId: lead.conversationId,
          direction,
          author: direction === 'inbound' ? 'lead' : 'assistant',
          kind: 'reply',
          purpose: 'conversational',
          body: `Body ${direction} ${label}`,
          toNumber: null,
          fromNumber: null,
          status: direction === 'inbound' ? 'received' : 'delivered',
          provider: 'sandbox',
          providerId: null,
          idempotencyKey: newId(),
          segments: 1,
          encoding: 'GSM-7',
          errorCode: null,
          errorMessage: null,
          gateReason: null,
          sendAfter: null,
          attempts: 1,
          createdAt: lastActivityAt,
          updatedAt: lastActivityAt,
          sentAt: null,
          deliveredAt: null,
        })
        .execute();
    }
    await t.ctx.db.updateTable('leads').set({ lastActivityAt }).where('id', '=', lead.leadId).execute();
    return lead;
  }

  async function aggregates(workspaceId: string) {
    const count = async (table: 'leads' | 'inquiries' | 'messages' | 'contacts' | 'appointments') =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('workspaceId', '=', workspaceId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const byDirection = await t.ctx.db
      .selectFrom('messages')
      .select(['direction', (eb) => eb.fn.countAll().as('n')])
      .where('workspaceId', '=', workspaceId)
      .groupBy('direction')
      .orderBy('direction')
      .execute();
    const bySource = await t.ctx.db
      .selectFrom('leads')
      .select(['source', 'stage', (eb) => eb.fn.countAll().as('n')])
      .where('workspaceId', '=', workspaceId)
      .groupBy(['source', 'stage'])
      .orderBy('source')
      .execute();
    // The analytics the dashboard shows, over the widest range it takes, around when the leads came in.
    const now = t.clock.now().getTime();
    const range = `from=${encodeURIComponent(new Date(now - 399 * DAY).toISOString())}&to=${encodeURIComponent(
      new Date(now + DAY).toISOString(),
    )}`;
    const analytics: Record<string, unknown> = {};
    for (const report of ['speed-to-lead', 'funnel', 'daily']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/analytics/${report}?${range}`,
        headers: asApiKey(team.key.secret),
      });
      expect(response.statusCode, response.body).toBe(200);
      analytics[report] = response.json();
    }
    return {
      analytics,
      leads: await count('leads'),
      contacts: await count('contacts'),
      inquiries: await count('inquiries'),
      messages: await count('messages'),
      appointments: await count('appointments'),
      byDirection: byDirection.map((r) => `${r.direction}:${r.n}`),
      bySource: bySource.map((r) => `${r.source}/${r.stage}:${r.n}`),
    };
  }

  const bodies = async (leadId: string) =>
    (await t.ctx.db.selectFrom('messages').select('body').where('leadId', '=', leadId).execute()).map(
      (m) => m.body,
    );

  it('keeps what is just inside each period, removes what is just outside, and keeps the counts', async () => {
    // Texts from intake and first responses are processed first, so only retention changes rows below.
    await drainJobs(t.ctx, jobDefinitions);
    t.clock.advance(3 * 365 * DAY);
    const now = t.clock.now();
    const cut = retentionCutoffs(DEFAULT_RETENTION, now);
    const ws = team.workspace.id;

    const recent = await leadActiveAt(ws, at(cut.messages, MINUTE), 'recent');
    const quiet = await leadActiveAt(ws, at(cut.messages, -MINUTE), 'quiet');
    const dormant = await leadActiveAt(ws, at(cut.inactiveLeads, MINUTE), 'dormant');
    const gone = await leadActiveAt(ws, at(cut.inactiveLeads, -MINUTE), 'gone');

    // Another workspace keeping texts longer: the same dates leave its lead untouched.
    const other = await buildTeam(t);
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/privacy/retention',
      headers: asSession(other.owner.session),
      payload: { messagesMonths: 30 },
    });
    const otherQuiet = await leadActiveAt(other.workspace.id, at(cut.messages, -MINUTE), 'other');

    const diagnostics = await seedDiagnostics(ws, cut.diagnostics);
    const exportFile = path.join(t.ctx.config.dataDir, 'exports', 'expired.zip.sealed');
    mkdirSync(path.dirname(exportFile), { recursive: true });
    writeFileSync(exportFile, 'sealed bytes');
    await t.ctx.db
      .insertInto('privacyExports')
      .values({
        id: newId(),
        workspaceId: ws,
        requestId: null,
        contactId: quiet.contactId,
        tokenHash: 'expired-token-hash',
        fileName: 'expired.zip.sealed',
        bytes: 12,
        expiresAt: at(now.toISOString(), -MINUTE),
        downloadedAt: null,
        purgedAt: null,
        createdAt: at(now.toISOString(), -7 * DAY - MINUTE),
      })
      .execute();
    const before = await aggregates(ws);
    const funnel = before.analytics.funnel as { stages: { stage: string; count: number }[] };
    expect(funnel.stages.reduce((sum, s) => sum + s.count, 0)).toBeGreaterThanOrEqual(4);

    await enqueue(t.ctx.db, retentionSchedule.jobFor(now), t.clock);
    const drained = await drainJobs(t.ctx, [retentionJob]);
    expect(drained).toMatchObject({ ran: 1, done: 1 });

    expect(await bodies(recent.leadId)).toEqual(
      expect.arrayContaining(['Body inbound recent', 'Body outbound recent']),
    );
    expect((await bodies(recent.leadId)).every((b) => b !== '')).toBe(true);
    const scrubbed = [
      ...(await bodies(quiet.leadId)),
      ...(await bodies(dormant.leadId)),
      ...(await bodies(gone.leadId)),
    ];
    expect(scrubbed.length).toBeGreaterThanOrEqual(6);
    expect(scrubbed.every((b) => b === '')).toBe(true);
    expect(await bodies(otherQuiet.leadId)).toEqual(
      expect.arrayContaining(['Body inbound other', 'Body outbound other']),
    );

    const inquiry = async (leadId: string) =>
      (
        await t.ctx.db
          .selectFrom('inquiries')
          .select('message')
          .where('leadId', '=', leadId)
          .executeTakeFirstOrThrow()
      ).message;
    expect(await inquiry(recent.leadId)).toBe('Inquiry text recent');
    expect(await inquiry(quiet.leadId)).toBeNull();

    const contact = async (contactId: string) =>
      t.ctx.db
        .selectFrom('contacts')
        .select(['name', 'email', 'phone'])
        .where('id', '=', contactId)
        .executeTakeFirstOrThrow();
    expect(await contact(dormant.contactId)).toMatchObject({ name: 'Retention dormant' });
    expect(await contact(gone.contactId)).toEqual({ name: null, email: null, phone: null });
    expect(await contact(quiet.contactId)).toMatchObject({ email: 'quiet@retention.example' });

    expect(await diagnostics.remaining()).toEqual(diagnostics.expectedAfter);
    expect(existsSync(exportFile)).toBe(false);
    expect(await aggregates(ws)).toEqual(before);

    const run = (await auditRows(t, ws)).filter((r) => r.action === 'privacy.retention_applied');
    expect(run).toHaveLength(1);
    expect(typeof run[0]?.details === 'string' ? JSON.parse(run[0].details) : run[0]?.details).toMatchObject({
      messageBodies: scrubbed.length,
      inquiryMessages: 3,
      leadsErased: 1,
    });

    // The next night finds nothing left to do.
    expect(await applyRetention(t.ctx, { workspaceId: ws, now })).toEqual(noRetentionCounts());
    expect(await aggregates(ws)).toEqual(before);
  });

  /** One diagnostic record of each kind a minute inside the period and one a minute outside it. */
  async function seedDiagnostics(workspaceId: string, cutoff: string) {
    const inside = at(cutoff, MINUTE);
    const outside = at(cutoff, -MINUTE);
    const db = t.ctx.db;
    for (const [label, when] of [
      ['inside', inside],
      ['outside', outside],
    ] as const) {
      await db
        .insertInto('jobs')
        .values({
          id: newId(),
          name: 'send-message',
          payload: JSON.stringify({ workspaceId, label }),
          workspaceId,
          uniqueKey: null,
          status: 'done',
          runAt: when,
          maxAttempts: 1,
          lastError: null,
          lockedBy: null,
          lockedUntil: null,
          createdAt: when,
          updatedAt: when,
          finishedAt: when,
        })
        .execute();
      await db
        .insertInto('webhookEvents')
        .values({
          id: newId(),
          provider: 'twilio',
          eventKey: `sms:${label}`,
          workspaceId,
          kind: 'sms',
          receivedAt: when,
        })
        .execute();
      await db
        .insertInto('webhookEvents')
        .values({
          id: newId(),
          provider: 'twilio',
          eventKey: `status:${label}`,
          workspaceId: null,
          kind: 'status',
          receivedAt: when,
        })
        .execute();
      await db
        .insertInto('notifications')
        .values({
          id: newId(),
          workspaceId,
          userId: null,
          leadId: null,
          kind: label,
          channel: 'log',
          subject: label,
          body: label,
          status: 'logged',
          error: null,
          createdAt: when,
          sentAt: when,
        })
        .execute();
      await db
        .insertInto('sessions')
        .values({
          id: `session-${label}`,
          userId: team.owner.user.id,
          workspaceId,
          csrfToken: label,
          ip: '198.51.100.7',
          userAgent: 'test',
          createdAt: when,
          lastSeenAt: when,
          expiresAt: when,
        })
        .execute();
      await db
        .insertInto('auditLog')
        .values({
          id: newId(),
          workspaceId,
          actorType: 'system',
          actorId: null,
          action: `test.${label}`,
          targetType: null,
          targetId: null,
          details: JSON.stringify({}),
          ip: '198.51.100.7',
          createdAt: when,
        })
        .execute();
    }
    return {
      expectedAfter: {
        jobs: ['inside'],
        webhooks: ['sms:inside'],
        unclaimedWebhooks: ['status:inside'],
        notifications: ['inside'],
        sessions: ['session-inside'],
        auditIps: { 'test.inside': '198.51.100.7', 'test.outside': null },
      },
      remaining: async () => ({
        jobs: (
          await db
            .selectFrom('jobs')
            .select('payload')
            .where('workspaceId', '=', workspaceId)
            .where('name', '=', 'send-message')
            .where('status', '=', 'done')
            .execute()
        )
          .map(
            (j) => (typeof j.payload === 'string' ? JSON.parse(j.payload) : j.payload) as { label?: string },
          )
          .flatMap((p) => (p.label ? [p.label] : [])),
        webhooks: (
          await db
            .selectFrom('webhookEvents')
            .select('eventKey')
            .where('workspaceId', '=', workspaceId)
            .execute()
        ).map((w) => w.eventKey),
        unclaimedWebhooks: (
          await db.selectFrom('webhookEvents').select('eventKey').where('workspaceId', 'is', null).execute()
        ).map((w) => w.eventKey),
        notifications: (
          await db
            .selectFrom('notifications')
            .select('kind')
            .where('workspaceId', '=', workspaceId)
            .where('kind', 'in', ['inside', 'outside'])
            .execute()
        ).map((n) => n.kind),
        sessions: (
          await db
            .selectFrom('sessions')
            .select('id')
            .where('id', 'in', ['session-inside', 'session-outside'])
            .execute()
        ).map((s) => s.id),
        auditIps: Object.fromEntries(
          (
            await db
              .selectFrom('auditLog')
              .select(['action', 'ip'])
              .where('workspaceId', '=', workspaceId)
              .where('action', 'like', 'test.%')
              .execute()
          ).map((r) => [r.action, r.ip]),
        ),
      }),
    };
  }
});
