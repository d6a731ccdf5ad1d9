import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildUser, buildWorkspace } from '../../test/helpers/factories.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { HOUR } from '../platform/clock.js';
import { updateWorkspace } from '../workspaces/workspaces.repository.js';
import { type IncomingLead, receiveLead } from './intake.service.js';

const consent = {
  sms: true,
  disclosure: 'By checking this box you agree to receive texts from Test Realty about your inquiry…',
  capturedAt: '2026-01-15T15:00:00Z',
  ip: '203.0.113.9',
  source: 'api' as const,
};

describe('lead intake', () => {
  let t: TestApp;
  let workspaceId: string;
  let agentId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    // 10:00 in Austin: inside every quiet-hours window.
    t.clock.set('2026-01-15T16:00:00.000Z');
    const workspace = await buildWorkspace(t.ctx, {
      name: 'Hill Country Homes',
      timezone: 'America/Chicago',
    });
    workspaceId = workspace.id;
    agentId = (await buildUser(t.ctx, { workspaceId, role: 'agent', name: 'Maria Lopez' })).user.id;
  });
  afterAll(() => t.close());

  const lead = (overrides: Partial<IncomingLead>): IncomingLead => ({
    workspaceId,
    channel: 'api',
    source: 'zillow',
    attemptFirstResponse: true,
    ...overrides,
  });

  it('answers a consented lead at once and records when the provider had it', async () => {
    const received = await receiveLead(
      t.ctx,
      lead({
        name: 'dana whitfield',
        phone: '(512) 555-0143',
        consent,
        property: { address: '12 Oak St', zip: '78704' },
      }),
    );
    expect(received).toMatchObject({ merged: false, phoneValid: true, firstResponse: { status: 'queued' } });
    await drainJobs(t.ctx, jobDefinitions);
    const message = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('leadId', '=', received.leadId)
      .executeTakeFirstOrThrow();
    expect(message).toMatchObject({
      status: 'sent',
      toNumber: '+15125550143',
      kind: 'first_response',
      provider: 'sandbox',
    });
    // The assistant introduces itself, never as the agent; the question's wording varies by lead.
    expect(message.body).toMatch(
      /^Hi Dana, this is the automated assistant for Hill Country Homes, working with Maria Lopez\. Thanks for reaching out about 12 Oak St! [^?]*\bbuy\w*, [^?]*sell\w*,? or both\?$/,
    );
    const row = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', received.leadId)
      .executeTakeFirstOrThrow();
    expect(row.assignedUserId).toBe(agentId);
    expect(row.firstResponseSentAt).toBe(t.clock.now().toISOString());
    expect(row.stage).toBe('contacted');
  });

  it('stores a lead without consent, does not text it, and tells the agent why', async () => {
    const received = await receiveLead(t.ctx, lead({ name: 'Sam', phone: '512-555-0111' }));
    expect(received.firstResponse).toMatchObject({ status: 'blocked', reason: 'no_consent' });
    await drainJobs(t.ctx, jobDefinitions);
    const message = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('leadId', '=', received.leadId)
      .executeTakeFirstOrThrow();
    expect(message.status).toBe('blocked');
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('leadId', '=', received.leadId)
      .execute();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'new_lead_not_texted', userId: agentId, status: 'logged' });
  });

  it('joins a repeat inquiry to the same contact without a second first response within 24 hours', async () => {
    const first = await receiveLead(
      t.ctx,
      lead({ phone: '512 555 0122', email: 'lee@example.com', consent }),
    );
    t.clock.advance(2 * HOUR);
    const again = await receiveLead(t.ctx, lead({ email: 'LEE@example.com', message: 'Still available?' }));
    expect(again).toMatchObject({ merged: true, leadId: first.leadId, contactId: first.contactId });
    expect(again.firstResponse).toMatchObject({ status: 'not_queued', reason: 'recent_first_response' });
    t.clock.advance(23 * HOUR);
    const later = await receiveLead(t.ctx, lead({ phone: '+1 512 555 0122', source: 'website' }));
    expect(later.firstResponse.status).toBe('queued');
    const inquiries = await t.ctx.db
      .selectFrom('inquiries')
      .selectAll()
      .where('leadId', '=', first.leadId)
      .execute();
    expect(inquiries.map((i) => i.startedFirstResponse)).toEqual([1, 0, 1]);
  });

  it('keeps and flags an invalid phone, and refuses a lead with no way to reach it', async () => {
    const kept = await receiveLead(t.ctx, lead({ phone: '555-12', email: 'kim@example.com' }));
    expect(kept).toMatchObject({
      phoneValid: false,
      firstResponse: { status: 'not_queued', reason: 'invalid_phone' },
    });
    await expect(receiveLead(t.ctx, lead({ name: 'Nobody' }))).rejects.toMatchObject({
      status: 422,
      code: 'lead_unreachable',
    });
    await expect(receiveLead(t.ctx, lead({ email: 'not-an-email' }))).rejects.toMatchObject({ status: 422 });
  });

  it('defers a first response at night when the workspace does not exempt direct replies', async () => {
    // Through the repository, as the settings routes write it, so this process's cached workspace is dropped.
    await updateWorkspace(t.ctx.db, workspaceId, {
      settings: JSON.stringify({ messaging: { directReplyIgnoresQuietHours: false } }),
    });
    t.clock.set('2026-01-16T05:30:00.000Z'); // 23:30 in Austin
    const received = await receiveLead(
      t.ctx,
      lead({ phone: '512 555 0133', consent, property: { zip: '78704' } }),
    );
    expect(received.firstResponse).toMatchObject({ status: 'deferred', reason: 'quiet_hours' });
    const message = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('leadId', '=', received.leadId)
      .executeTakeFirstOrThrow();
    // Texas allows solicitation texts from 09:00 on weekdays (Tex. Bus. & Com. Code § 301.051).
    expect(message.sendAfter).toBe('2026-01-16T15:00:00.000Z');
    await drainJobs(t.ctx, jobDefinitions);
    expect(
      (
        await t.ctx.db
          .selectFrom('messages')
          .select('status')
          .where('id', '=', message.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('deferred');
    t.clock.set('2026-01-16T15:00:00.000Z');
    await drainJobs(t.ctx, jobDefinitions);
    expect(
      (
        await t.ctx.db
          .selectFrom('messages')
          .select('status')
          .where('id', '=', message.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('sent');
  });

  it('gives new leads to the agents in turn, whoever waited longest first', async () => {
    const team = await buildWorkspace(t.ctx, { name: 'Round Robin Realty', timezone: 'America/Chicago' });
    const first = (await buildUser(t.ctx, { workspaceId: team.id, role: 'agent' })).user.id;
    const second = (await buildUser(t.ctx, { workspaceId: team.id, role: 'agent' })).user.id;
    const owners: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      t.clock.advance(60_000);
      const received = await receiveLead(t.ctx, lead({ workspaceId: team.id, email: `rr${n}@example.com` }));
      const row = await t.ctx.db
        .selectFrom('leads')
        .select('assignedUserId')
        .where('id', '=', received.leadId)
        .executeTakeFirstOrThrow();
      owners.push(row.assignedUserId as string);
    }
    expect(new Set(owners.slice(0, 2))).toEqual(new Set([first, second]));
    expect(owners.slice(2)).toEqual(owners.slice(0, 2));
  });
});
