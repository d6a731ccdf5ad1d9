import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildWorkspace, consentEvidence, nextPhone } from '../../test/helpers/factories.js';
import { findContact } from '../leads/leads.repository.js';
import type { ConsentEvidence } from '../leads/leads.schema.js';
import { DEFAULT_MESSAGING_SETTINGS } from '../messaging/messaging.settings.js';
import { HOUR } from '../platform/clock.js';
import { revokeChannel } from './consent.service.js';
import { evaluateGate, type GateInput } from './gate.js';

/** The gate for automated calls: the voice channel's consent, the workspace's calling hours, call caps. */
describe(`the gate for calls (${testDialect()})`, () => {
  let t: TestApp;
  let workspaceId: string;
  // Thursday 10:00 in Austin.
  const now = new Date('2026-01-15T16:00:00.000Z');

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set(now);
    workspaceId = (await buildWorkspace(t.ctx)).id;
  });
  afterAll(() => t.close());

  async function contactWith(
    consent: Partial<ConsentEvidence>,
    props: { phone?: string; state?: string } = {},
  ) {
    const lead = await buildLead(t.ctx, {
      workspaceId,
      phone: props.phone ?? nextPhone(),
      consent: consentEvidence(consent),
      ...(props.state ? { property: { state: props.state } } : {}),
    });
    const contact = await findContact(t.ctx.db, workspaceId, lead.contactId);
    if (!contact) throw new Error('no contact');
    return contact;
  }

  function decide(
    contact: GateInput['contact'],
    props: { at?: Date; channel?: 'sms' | 'voice'; voice?: Partial<NonNullable<GateInput['voice']>> } = {},
  ) {
    return evaluateGate(t.ctx.db, {
      workspaceId,
      contact,
      kind: 'first_response',
      purpose: 'conversational',
      directReply: false,
      now: props.at ?? now,
      settings: DEFAULT_MESSAGING_SETTINGS,
      workspaceTimezone: 'America/Chicago',
      channel: props.channel ?? 'voice',
      voice: { callingHours: null, callsPlacedAt: [], dailyCallCap: 2, ...props.voice },
    });
  }

  it('asks for consent to calls, not to texts', async () => {
    const textsOnly = await contactWith({ sms: true });
    expect(await decide(textsOnly)).toMatchObject({ outcome: 'blocked', reason: 'no_consent' });
    expect(await decide(textsOnly, { channel: 'sms' })).toMatchObject({ outcome: 'allowed' });
    const callsOnly = await contactWith({ sms: false, voice: true });
    expect(await decide(callsOnly)).toMatchObject({ outcome: 'allowed' });
    expect(await decide(callsOnly, { channel: 'sms' })).toMatchObject({
      outcome: 'blocked',
      reason: 'no_consent',
    });
  });

  it('a revoked voice consent stops calls and leaves texts alone', async () => {
    const contact = await contactWith({ sms: true, voice: true });
    await revokeChannel(t.ctx.db, {
      workspaceId,
      contactId: contact.id,
      channel: 'voice',
      source: 'keyword',
      evidence: { via: 'keypress' },
      at: new Date(now.getTime() + 1000),
    });
    expect(await decide(contact)).toMatchObject({ outcome: 'blocked', reason: 'opted_out' });
    expect(await decide(contact, { channel: 'sms' })).toMatchObject({ outcome: 'allowed' });
  });

  it("keeps to the workspace's calling hours in the lead's zone, which only narrow the law's", async () => {
    // Illinois keeps to the federal 08:00 to 21:00 (Texas starts at 09:00 by itself).
    const contact = await contactWith({ sms: true, voice: true }, { phone: '+13125550142', state: 'IL' });
    // 08:30 in Chicago: the law allows it, the workspace calls from 09:00.
    const early = new Date('2026-01-15T14:30:00.000Z');
    const callingHours = { start: '09:00', end: '20:00' };
    expect(await decide(contact, { at: early, voice: { callingHours } })).toMatchObject({
      outcome: 'deferred',
      reason: 'quiet_hours',
      deferUntil: new Date('2026-01-15T15:00:00.000Z'),
    });
    expect(await decide(contact, { at: early, channel: 'sms' })).toMatchObject({ outcome: 'allowed' });
    // Hours wider than the law's change nothing: 07:30 waits for 08:00.
    const dawn = new Date('2026-01-15T13:30:00.000Z');
    expect(
      await decide(contact, { at: dawn, voice: { callingHours: { start: '06:00', end: '23:00' } } }),
    ).toMatchObject({
      outcome: 'deferred',
      deferUntil: new Date('2026-01-15T14:00:00.000Z'),
    });
  });

  it("holds a call past the workspace's daily cap on calls until the oldest is a day old", async () => {
    const contact = await contactWith({ sms: true, voice: true });
    const placed = [
      new Date(now.getTime() - 5 * HOUR).toISOString(),
      new Date(now.getTime() - HOUR).toISOString(),
    ];
    expect(await decide(contact, { voice: { callsPlacedAt: placed.slice(1) } })).toMatchObject({
      outcome: 'allowed',
    });
    expect(await decide(contact, { voice: { callsPlacedAt: placed } })).toMatchObject({
      outcome: 'deferred',
      reason: 'contact_cap',
      deferUntil: new Date(now.getTime() + 19 * HOUR),
    });
    // Calls older than a day no longer count.
    const old = [new Date(now.getTime() - 30 * HOUR).toISOString(), placed[1] as string];
    expect(await decide(contact, { voice: { callsPlacedAt: old } })).toMatchObject({ outcome: 'allowed' });
  });

  it("counts calls with texts against a state's cap on contact (Florida: 3 in 24 hours)", async () => {
    const contact = await contactWith({ sms: true, voice: true }, { phone: '+13055550142', state: 'FL' });
    const calls = [6, 4, 2].map((h) => new Date(now.getTime() - h * HOUR).toISOString());
    const decision = await decide(contact, { voice: { callsPlacedAt: calls, dailyCallCap: 5 } });
    expect(decision).toMatchObject({ outcome: 'deferred', reason: 'state_cap' });
    expect(decision.deferUntil).toEqual(new Date(now.getTime() + 18 * HOUR));
  });
});
