import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildWorkspace, consentEvidence } from '../../test/helpers/factories.js';
import { toJson } from '../db/schema.js';
import { findContact } from '../leads/leads.repository.js';
import { insertMessageOnce } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { HOUR, MINUTE } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { updateWorkspace } from '../workspaces/workspaces.repository.js';
import { revokeChannel } from './consent.service.js';
import { evaluateGate, type SendKind } from './gate.js';

/** Thursday 15 January 2026, 10:00 in Miami and Atlanta (Eastern time): inside every calling window. */
const MORNING = new Date('2026-01-15T15:00:00.000Z');
/** The same evening at 21:40 Eastern: after Florida's 8 p.m. and the federal 9 p.m. */
const LATE_EVENING = new Date('2026-01-16T02:40:00.000Z');

let counter = 0;
/** A number in a Florida (Miami, 305) or Georgia (Atlanta, 404) area code no other test uses. */
const phoneIn = (area: '305' | '404') => `+1${area}555${String(2000 + (counter++ % 7000)).padStart(4, '0')}`;

describe(`the gate's state caps and calling hours (${testDialect()})`, () => {
  let t: TestApp;
  let workspaceId: string;
  beforeAll(async () => {
    t = await buildTestApp({ now: MORNING.toISOString() });
    workspaceId = (await buildWorkspace(t.ctx)).id;
  });
  afterAll(() => t.close());

  async function leadIn(area: '305' | '404') {
    const lead = await buildLead(t.ctx, {
      workspaceId,
      phone: phoneIn(area),
      consent: consentEvidence(),
      attemptFirstResponse: false,
    });
    /** A text the lead sent at `at`. */
    const leadText = (at: Date) => insert({ direction: 'inbound', author: 'lead', kind: 'inbound', at });
    /** A text of ours that went out at `at`. */
    const sent = (kind: SendKind, at: Date, author: 'assistant' | 'agent' = 'assistant') =>
      insert({ direction: 'outbound', author, kind, at });
    async function insert(props: {
      direction: 'inbound' | 'outbound';
      author: 'lead' | 'assistant' | 'agent';
      kind: string;
      at: Date;
    }) {
      const at = props.at.toISOString();
      const inbound = props.direction === 'inbound';
      await insertMessageOnce(t.ctx.db, {
        id: newId(props.at.getTime()),
        workspaceId,
        leadId: lead.leadId,
        contactId: lead.contactId,
        conversationId: lead.conversationId,
        direction: props.direction,
        author: props.author,
        kind: props.kind,
        purpose: 'conversational',
        body: `${props.kind} at ${at}`,
        toNumber: null,
        fromNumber: null,
        status: inbound ? 'received' : 'sent',
        provider: 'sandbox',
        providerId: null,
        idempotencyKey: `test:${newId()}`,
        segments: 1,
        encoding: 'GSM-7',
        errorCode: null,
        errorMessage: null,
        gateReason: inbound ? null : 'allowed',
        sendAfter: null,
        attempts: inbound ? 0 : 1,
        createdAt: at,
        updatedAt: at,
        sentAt: inbound ? null : at,
        deliveredAt: null,
      });
    }
    /** What the gate says now about a text of this kind. */
    async function gate(kind: SendKind, now: Date, options: { sendAnyway?: boolean } = {}) {
      const contact = await findContact(t.ctx.db, workspaceId, lead.contactId);
      const workspace = await loadWorkspaceMessaging(t.ctx.db, workspaceId);
      if (!contact) throw new Error('no contact');
      return evaluateGate(t.ctx.db, {
        workspaceId,
        contact,
        kind,
        purpose: 'conversational',
        directReply: kind === 'reply',
        now,
        settings: workspace.settings,
        workspaceTimezone: workspace.timezone,
        ...options,
      });
    }
    return { ...lead, leadText, sent, gate };
  }

  const ago = (ms: number, from = MORNING) => new Date(from.getTime() - ms);

  it('counts a first response and two follow-ups, holds the third follow-up, and lets answers through', async () => {
    const lead = await leadIn('305');
    await lead.sent('first_response', ago(20 * HOUR));
    await lead.sent('follow_up', ago(10 * HOUR));
    await lead.sent('follow_up', ago(5 * HOUR));

    const held = await lead.gate('follow_up', MORNING);
    expect(held).toMatchObject({
      outcome: 'deferred',
      reason: 'state_cap',
      rule: {
        code: 'state_cap',
        label: 'Florida daily limit',
        state: 'FL',
        citation: 'Fla. Stat. § 501.616(6)(b)',
        sendAnyway: false,
      },
    });
    // The oldest of the three leaves the 24-hour window four hours from now.
    expect(held.deferUntil?.toISOString()).toBe(new Date(MORNING.getTime() + 4 * HOUR).toISOString());

    // The lead writes: our answer is theirs to have, and neither counts nor waits.
    await lead.leadText(ago(2 * MINUTE));
    expect(await lead.gate('reply', MORNING)).toMatchObject({ outcome: 'allowed', reason: 'allowed' });
  });

  it('does not count answers to the lead’s own texts towards the cap', async () => {
    const lead = await leadIn('305');
    await lead.sent('first_response', ago(20 * HOUR));
    await lead.sent('follow_up', ago(12 * HOUR));
    for (const hoursAgo of [9, 8, 7, 6, 5]) {
      await lead.leadText(ago(hoursAgo * HOUR + MINUTE));
      await lead.sent('reply', ago(hoursAgo * HOUR));
    }
    // Two initiated texts in the day, five answers: a follow-up still fits under three.
    expect(await lead.gate('follow_up', MORNING)).toMatchObject({ outcome: 'allowed' });
    await lead.sent('follow_up', ago(MINUTE));
    expect(await lead.gate('follow_up', MORNING)).toMatchObject({ outcome: 'deferred', reason: 'state_cap' });
  });

  it('counts an answer to a text from 30 hours ago, and holds a new one', async () => {
    const lead = await leadIn('305');
    await lead.leadText(ago(30 * HOUR));
    await lead.sent('first_response', ago(20 * HOUR));
    await lead.sent('follow_up', ago(10 * HOUR));
    // Sent 28 hours after the lead's last text: no longer an answer in an active conversation.
    await lead.sent('reply', ago(2 * HOUR));
    expect(await lead.gate('follow_up', MORNING)).toMatchObject({ outcome: 'deferred', reason: 'state_cap' });
    expect(await lead.gate('reply', MORNING)).toMatchObject({ outcome: 'deferred', reason: 'state_cap' });
  });

  it('counts a person’s texts that start contact, and holds them at the cap with no way past it', async () => {
    const lead = await leadIn('305');
    await lead.leadText(ago(48 * HOUR));
    await lead.sent('first_response', ago(20 * HOUR));
    await lead.sent('manual', ago(10 * HOUR), 'agent');
    await lead.sent('follow_up', ago(5 * HOUR));
    const held = await lead.gate('manual', MORNING);
    expect(held).toMatchObject({ outcome: 'deferred', reason: 'state_cap', rule: { sendAnyway: false } });
    expect(await lead.gate('manual', MORNING, { sendAnyway: true })).toMatchObject({
      outcome: 'deferred',
      reason: 'state_cap',
    });
    // Once the lead writes, the person's text answers them.
    await lead.leadText(ago(3 * HOUR));
    expect(await lead.gate('manual', MORNING)).toMatchObject({ outcome: 'allowed', reason: 'allowed' });
  });

  it('lets a person answer at 9:40 PM a lead who wrote 10 minutes before, not one who wrote 2 hours before', async () => {
    const florida = await leadIn('305');
    await florida.leadText(ago(10 * MINUTE, LATE_EVENING));
    expect(await florida.gate('manual', LATE_EVENING)).toMatchObject({
      outcome: 'allowed',
      reason: 'allowed',
    });
    // The assistant's own follow-up still waits for the morning.
    expect(await florida.gate('follow_up', LATE_EVENING)).toMatchObject({
      outcome: 'deferred',
      reason: 'quiet_hours',
    });

    const quiet = await leadIn('305');
    await quiet.leadText(ago(2 * HOUR, LATE_EVENING));
    const held = await quiet.gate('manual', LATE_EVENING);
    expect(held).toMatchObject({
      outcome: 'deferred',
      reason: 'quiet_hours',
      rule: { code: 'state_hours', label: 'Florida calling hours', state: 'FL', sendAnyway: false },
    });
    expect(held.deferUntil?.toISOString()).toBe('2026-01-16T13:00:00.000Z'); // 8:00 in Miami
    expect(await quiet.gate('manual', LATE_EVENING, { sendAnyway: true })).toMatchObject({
      outcome: 'deferred',
      reason: 'quiet_hours',
    });
  });

  it('lets a person send anyway past the federal hours and the workspace’s own, never past an opt-out', async () => {
    const georgia = await leadIn('404');
    await georgia.leadText(ago(2 * HOUR, LATE_EVENING));
    expect(await georgia.gate('manual', LATE_EVENING)).toMatchObject({
      outcome: 'deferred',
      reason: 'quiet_hours',
      rule: { code: 'federal_hours', citation: '47 C.F.R. § 64.1200(c)(1)', sendAnyway: true },
    });
    expect(await georgia.gate('manual', LATE_EVENING, { sendAnyway: true })).toMatchObject({
      outcome: 'allowed',
      reason: 'sent_anyway',
      details: { overridden: ['federal_hours'] },
    });
    // "Send anyway" is a person's choice: the assistant's texts ignore it.
    expect(await georgia.gate('follow_up', LATE_EVENING, { sendAnyway: true })).toMatchObject({
      outcome: 'deferred',
    });

    await revokeChannel(t.ctx.db, {
      workspaceId,
      contactId: georgia.contactId,
      channel: 'sms',
      source: 'keyword',
      evidence: { keyword: 'STOP' },
      at: LATE_EVENING,
    });
    expect(await georgia.gate('manual', LATE_EVENING, { sendAnyway: true })).toMatchObject({
      outcome: 'blocked',
      reason: 'opted_out',
    });
  });

  it('names the workspace’s own hours when only they hold a text', async () => {
    const other = await buildWorkspace(t.ctx);
    await updateWorkspace(t.ctx.db, other.id, {
      settings: toJson({ messaging: { quietHours: { start: '09:00', end: '17:00' } } }),
      timezone: 'America/New_York',
    });
    const lead = await buildLead(t.ctx, {
      workspaceId: other.id,
      phone: phoneIn('404'),
      consent: consentEvidence(),
      attemptFirstResponse: false,
    });
    const contact = await findContact(t.ctx.db, other.id, lead.contactId);
    const workspace = await loadWorkspaceMessaging(t.ctx.db, other.id);
    if (!contact) throw new Error('no contact');
    const sixPm = new Date('2026-01-15T23:00:00.000Z');
    const decision = await evaluateGate(t.ctx.db, {
      workspaceId: other.id,
      contact,
      kind: 'manual',
      purpose: 'conversational',
      directReply: false,
      now: sixPm,
      settings: workspace.settings,
      workspaceTimezone: workspace.timezone,
    });
    expect(decision).toMatchObject({
      outcome: 'deferred',
      rule: { code: 'workspace_hours', citation: null, sendAnyway: true },
    });
  });
});
