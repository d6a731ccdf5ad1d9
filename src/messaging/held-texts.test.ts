import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildTeam, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { queueFollowUp, sandboxText } from '../../test/helpers/messaging.js';
import { toJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { updateLead } from '../leads/leads.repository.js';
import { updateWorkspace } from '../workspaces/workspaces.repository.js';

/** Thursday 15 January 2026, 10:00 in Miami. */
const MORNING = '2026-01-15T15:00:00.000Z';
/** The same day at 21:40 in Miami, after Florida's calling hours. */
const LATE_EVENING = '2026-01-16T02:40:00.000Z';
/** Friday 8:00 in Miami, when they open again. */
const NEXT_MORNING = '2026-01-16T13:00:00.000Z';

let counter = 0;
const floridaPhone = () => `+1305557${String(1000 + (counter++ % 8000)).padStart(4, '0')}`;

interface ThreadItem {
  author: string;
  kind: string;
  status: string;
  gate: { reason: string; deferUntil: string | null; rule?: { label: string } } | null;
}

describe(`held texts: shown, announced for hot leads, never sent stale (${testDialect()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ now: MORNING });
  });
  afterAll(() => t.close());

  async function teamWith(messaging: Record<string, unknown> = {}): Promise<Team> {
    const team = await buildTeam(t);
    await updateWorkspace(t.ctx.db, team.workspace.id, {
      settings: toJson({ messaging }),
      timezone: 'America/New_York',
    });
    return team;
  }
  async function floridaLead(team: Team) {
    t.clock.set(MORNING);
    const phone = floridaPhone();
    const lead = await buildLead(t.ctx, {
      workspaceId: team.workspace.id,
      phone,
      consent: consentEvidence(),
    });
    await drainJobs(t.ctx, jobDefinitions);
    return { ...lead, phone };
  }
  const thread = async (team: Team, leadId: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/leads/${leadId}/messages`,
        headers: asApiKey(team.key.secret),
      })
    ).json<{ items: ThreadItem[] }>().items;
  const notes = (workspaceId: string, leadId: string) =>
    t.ctx.db
      .selectFrom('notifications')
      .select(['kind', 'subject', 'body'])
      .where('workspaceId', '=', workspaceId)
      .where('leadId', '=', leadId)
      .orderBy('createdAt', 'asc')
      .execute();

  it('answers every text of a Florida lead the same day, past three', async () => {
    const team = await teamWith();
    const lead = await floridaLead(team);
    const texts = [
      'Hi, I want to buy a house',
      'Around 400k',
      '3 bedrooms',
      'Coral Gables or nearby',
      'In the next 2 months',
      'Yes I am pre-approved',
    ];
    for (const [index, body] of texts.entries()) {
      t.clock.set(new Date(new Date(MORNING).getTime() + (index + 1) * 10 * 60_000));
      await sandboxText(t, team.key.secret, lead.phone, body);
    }
    const replies = (await thread(team, lead.leadId)).filter(
      (m) => m.author === 'assistant' && m.kind === 'reply',
    );
    // Past the state's three a day (the last texts may hand the lead to a person instead of an answer).
    expect(replies.length).toBeGreaterThan(3);
    expect(replies.filter((m) => m.status !== 'sent')).toEqual([]);
  });

  it('tells the agent when a hot lead’s follow-up is held, and says until when and why', async () => {
    const team = await teamWith();
    const hot = await floridaLead(team);
    const cold = await floridaLead(team);
    await updateLead(t.ctx.db, team.workspace.id, hot.leadId, { score: 65 });
    t.clock.set(LATE_EVENING);
    for (const lead of [hot, cold]) {
      const message = await queueFollowUp(t.ctx, {
        workspaceId: team.workspace.id,
        contactId: lead.contactId,
        leadId: lead.leadId,
        conversationId: lead.conversationId,
        body: 'Still looking at homes this weekend?',
      });
      expect(message.status).toBe('deferred');
    }
    expect((await thread(team, hot.leadId)).at(-1)).toMatchObject({
      kind: 'follow_up',
      status: 'deferred',
      gate: { reason: 'quiet_hours', deferUntil: NEXT_MORNING, rule: { label: 'Florida calling hours' } },
    });
    const [note] = (await notes(team.workspace.id, hot.leadId)).filter((n) => n.kind === 'text_held');
    expect(note?.subject).toMatch(/is held until Fri 8:00 AM EST$/);
    expect(note?.body).toMatch(/^Held by Florida calling hours\./);
    expect((await notes(team.workspace.id, cold.leadId)).map((n) => n.kind)).not.toContain('text_held');
  });

  it('drops a held answer when the lead has written again, and sends the newer one', async () => {
    const team = await teamWith({ directReplyIgnoresQuietHours: false });
    const lead = await floridaLead(team);
    t.clock.set(LATE_EVENING);
    await sandboxText(t, team.key.secret, lead.phone, 'Is the house on Elm St still available?');
    t.clock.set(new Date(new Date(LATE_EVENING).getTime() + 5 * 60_000));
    await sandboxText(t, team.key.secret, lead.phone, 'We are looking to buy in the next 3 months');
    const held = (await thread(team, lead.leadId)).filter((m) => m.kind === 'reply');
    expect(held.length).toBeGreaterThanOrEqual(2);
    expect(held.every((m) => m.status === 'deferred')).toBe(true);

    t.clock.set(NEXT_MORNING);
    await drainJobs(t.ctx, jobDefinitions);
    const after = await thread(team, lead.leadId);
    const lastInbound = after.findLastIndex((m) => m.author === 'lead');
    const replies = after.map((m, index) => ({ ...m, index })).filter((m) => m.kind === 'reply');
    expect(replies.some((m) => m.index < lastInbound)).toBe(true);
    expect(replies.some((m) => m.index > lastInbound)).toBe(true);
    for (const reply of replies) {
      if (reply.index < lastInbound) {
        expect(reply).toMatchObject({ status: 'blocked', gate: { reason: 'stale_superseded' } });
      } else {
        expect(reply.status).toBe('sent');
      }
    }
  });

  it('drops an answer held for a day and tells the team, who must answer it themselves', async () => {
    // The workspace texts only 9–10 in the morning: an answer written at 10:30 waits almost a day.
    const team = await teamWith({
      directReplyIgnoresQuietHours: false,
      quietHours: { start: '09:00', end: '10:00' },
    });
    const lead = await floridaLead(team);
    t.clock.set('2026-01-15T15:30:00.000Z');
    await sandboxText(t, team.key.secret, lead.phone, 'Do you have anything with a pool?');
    const [reply] = (await thread(team, lead.leadId)).filter((m) => m.kind === 'reply');
    expect(reply).toMatchObject({
      status: 'deferred',
      gate: { rule: { label: "the workspace's texting hours" } },
    });

    t.clock.set('2026-01-16T14:00:00.000Z'); // 9:00 on Friday
    await drainJobs(t.ctx, jobDefinitions);
    const [after] = (await thread(team, lead.leadId)).filter((m) => m.kind === 'reply');
    expect(after).toMatchObject({ status: 'blocked', gate: { reason: 'stale_expired' } });
    expect((await notes(team.workspace.id, lead.leadId)).map((n) => n.kind)).toContain('text_dropped');
  });
});
