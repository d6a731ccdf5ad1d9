import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildTeam, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { revokeChannel } from '../consent/consent.service.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

describe(`agent texts and the consent ledger on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const send = (leadId: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/messages`,
      headers: { ...asSession(team.owner.session), ...headers },
      payload: { body },
    });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: asApiKey(team.key.secret) });

  it('sends an agent text through the gate and pauses the assistant', async () => {
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, consent: consentEvidence() });
    await drainJobs(t.ctx, jobDefinitions);
    const response = await send(lead.leadId, '  Hi, this is Pat. When suits you for a call?  ');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      direction: 'outbound',
      author: 'agent',
      kind: 'manual',
      status: 'queued',
      body: 'Hi, this is Pat. When suits you for a call?',
      gate: { outcome: 'allowed', reason: 'allowed', deferUntil: null },
    });
    const detail = (await get(`/api/v1/leads/${lead.leadId}`)).json();
    expect(detail.conversation).toEqual({
      id: lead.conversationId,
      assistantPaused: true,
      pausedReason: 'agent_message',
    });
    await drainJobs(t.ctx, jobDefinitions);
    const thread = (await get(`/api/v1/leads/${lead.leadId}/messages`)).json().items;
    expect(thread.map((m: { kind: string; status: string }) => [m.kind, m.status])).toEqual([
      ['first_response', 'sent'],
      ['manual', 'sent'],
    ]);
  });

  it('returns the first message when a request is retried with the same Idempotency-Key', async () => {
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, consent: consentEvidence() });
    const key = { 'idempotency-key': 'retry-1' };
    const first = await send(lead.leadId, 'Just checking in', key);
    const again = await send(lead.leadId, 'Just checking in', key);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const reused = await send(lead.leadId, 'Something else', key);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('idempotency_key_reused');
  });

  it('keeps but blocks a text to a contact who opted out, with the reason', async () => {
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, consent: consentEvidence() });
    await revokeChannel(t.ctx.db, {
      workspaceId: team.workspace.id,
      contactId: lead.contactId,
      channel: 'sms',
      source: 'keyword',
      evidence: { keyword: 'STOP' },
      at: t.clock.now(),
    });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.leadId}/messages`,
      headers: asApiKey(team.key.secret),
      payload: { body: 'Are you still looking?' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'blocked',
      gate: { outcome: 'blocked', reason: 'opted_out' },
    });
    await drainJobs(t.ctx, jobDefinitions);
    const thread = (await get(`/api/v1/leads/${lead.leadId}/messages`)).json().items;
    expect(thread.at(-1)).toMatchObject({ kind: 'manual', status: 'blocked', sentAt: null });
  });

  it('shows the consent ledger with its evidence and the state it adds up to', async () => {
    const evidence = consentEvidence({
      disclosureVersion: 'form-v1-abc',
      userAgent: 'Mozilla/5.0 (iPhone)',
      pageUrl: 'https://agent.example/homes',
      marketing: true,
    });
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, consent: evidence });
    t.clock.advance(60_000);
    await revokeChannel(t.ctx.db, {
      workspaceId: team.workspace.id,
      contactId: lead.contactId,
      channel: 'sms',
      source: 'keyword',
      evidence: { keyword: 'STOP' },
      at: t.clock.now(),
    });
    const response = await get(`/api/v1/leads/${lead.leadId}/consent`);
    expect(response.statusCode).toBe(200);
    const ledger = response.json();
    expect(ledger.contactId).toBe(lead.contactId);
    expect(
      ledger.events.map((e: { purpose: string; action: string; source: string }) => [
        e.purpose,
        e.action,
        e.source,
      ]),
    ).toEqual([
      ['conversational', 'granted', 'api'],
      ['marketing', 'granted', 'api'],
      ['conversational', 'revoked', 'keyword'],
      ['marketing', 'revoked', 'keyword'],
    ]);
    expect(ledger.events[0]).toMatchObject({
      channel: 'sms',
      evidence: {
        disclosure: evidence.disclosure,
        disclosureVersion: 'form-v1-abc',
        capturedAt: evidence.capturedAt,
        ip: '203.0.113.9',
        userAgent: 'Mozilla/5.0 (iPhone)',
        pageUrl: 'https://agent.example/homes',
      },
    });
    expect(ledger.state).toMatchObject({
      sms: {
        conversational: { status: 'revoked', source: 'keyword', since: t.clock.now().toISOString() },
        marketing: { status: 'revoked' },
      },
      voice: { status: 'none' },
    });
  });

  it('refuses an empty or overlong text', async () => {
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id });
    for (const body of ['', '   ', 'x'.repeat(1601), 42]) {
      const response = await send(lead.leadId, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
    expect((await send(lead.leadId, 'x'.repeat(1600))).statusCode).toBe(201);
  });

  it('holds an agent text written at night until quiet hours end', async () => {
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, consent: consentEvidence() });
    t.clock.set('2026-01-16T05:30:00.000Z'); // 23:30 in Austin
    const response = await send(lead.leadId, 'Sorry for the late text!');
    expect(response.json()).toMatchObject({
      status: 'deferred',
      // Texas allows texts from 09:00 on weekdays.
      gate: { outcome: 'deferred', reason: 'quiet_hours', deferUntil: '2026-01-16T15:00:00.000Z' },
    });
  });
});
