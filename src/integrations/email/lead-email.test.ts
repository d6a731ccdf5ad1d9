import { readFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildTeam, buildUser } from '../../../test/helpers/factories.js';
import {
  createSource,
  mimeMessage,
  pathOf,
  SMS_DISCLOSURE,
  workspaceLeads,
} from '../../../test/helpers/lead-sources.js';
import { fromJson } from '../../db/schema.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { pushMessageFor } from '../../messaging/push.sender.js';
import { erasePerson } from '../../privacy/erasure.service.js';
import { collectPersonExport } from '../../privacy/export.service.js';
import { applyRetention } from '../../privacy/retention.service.js';
import { startLeadEmailReceiver } from './smtp-receiver.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf8');

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ env: { LEAD_EMAIL_DOMAIN: 'leads.example.com', LEAD_EMAIL_MAX_BYTES: '20000' } });
});
afterAll(() => t.close());

async function emailTeam(body: Record<string, unknown> = {}) {
  const team = await buildTeam(t);
  const created = await createSource(t, team, { kind: 'email', ...body });
  return { team, created, url: pathOf(created.secrets.url), address: created.secrets.address ?? '' };
}

const postEmail = (url: string, raw: string, contentType = 'message/rfc822') =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload: raw });

describe('lead emails over HTTP (a mail provider posting the raw message)', () => {
  it('makes a lead of a portal email, keeps the raw message, and a resend of it is the same lead', async () => {
    const { team, url } = await emailTeam();
    const first = await postEmail(url, fixture('zillow.eml'));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'processed', duplicate: false });
    const again = await postEmail(url, fixture('zillow.eml'));
    expect(again.json()).toMatchObject({ status: 'duplicate', duplicate: true, leadId: first.json().leadId });

    const { leads, inquiries, contacts } = await workspaceLeads(t, team.workspace.id);
    expect(leads).toHaveLength(1);
    expect(inquiries).toHaveLength(1);
    expect(leads[0]).toMatchObject({ source: 'zillow' });
    expect(inquiries[0]).toMatchObject({ channel: 'email', source: 'zillow' });
    expect(contacts[0]).toMatchObject({
      name: 'Marcus Bell',
      phone: '+17375550199',
      email: 'marcus.bell@example.net',
    });
    const payload = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('id', '=', first.json().payloadId)
      .executeTakeFirstOrThrow();
    expect(payload.raw).toContain('Marcus Bell is requesting information');
    expect(payload.externalId).toBe('<zillow-contact-0001@mail.zillow.com>');
  });

  it('without consent configured saves the lead, texts nothing and tells the agent', async () => {
    const { team, url } = await emailTeam();
    const response = await postEmail(url, fixture('realtor-com.eml'));
    expect(response.json().status).toBe('processed');
    const { messages } = await workspaceLeads(t, team.workspace.id);
    expect(messages.map((m) => [m.status, m.gateReason])).toEqual([['blocked', 'no_consent']]);
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(notes.map((n) => n.kind)).toContain('new_lead_not_texted');
  });

  it('with consent configured texts the lead and records the disclosure with the email as proof', async () => {
    const { team, url } = await emailTeam({
      consent: { sms: true, disclosure: SMS_DISCLOSURE, disclosureVersion: 'portal-2026' },
    });
    const response = await postEmail(url, fixture('homes-com.eml'));
    const { leadId, payloadId } = response.json();
    const { messages, contacts } = await workspaceLeads(t, team.workspace.id);
    expect(messages.map((m) => m.status)).toEqual(['queued']);
    const consent = await t.ctx.db
      .selectFrom('consentEvents')
      .selectAll()
      .where('contactId', '=', contacts[0]?.id ?? '')
      .execute();
    expect(consent.map((c) => [c.channel, c.purpose, c.action])).toEqual([
      ['sms', 'conversational', 'granted'],
    ]);
    expect(fromJson(consent[0]?.evidence)).toMatchObject({
      disclosure: SMS_DISCLOSURE,
      disclosureVersion: 'portal-2026',
      proof: { kind: 'source_payload', sourceKind: 'email', payloadId },
    });
    expect(leadId).toBeTruthy();
  });

  it('assigns the lead to the member the email names, by name or by email address', async () => {
    const { team, url } = await emailTeam();
    // First in the round robin's line, so a lead it gave out would go to her.
    await buildUser(t.ctx, { workspaceId: team.workspace.id, name: 'Ann Early' });
    const sam = await buildUser(t.ctx, { workspaceId: team.workspace.id, name: 'Sam Rivera' });
    const jo = await buildUser(t.ctx, {
      workspaceId: team.workspace.id,
      name: 'Jo Lane',
      email: 'jo.lane@realty.example',
    });
    const byName = (await postEmail(url, fixture('lead-metadata.eml'))).json();
    const byEmail = (
      await postEmail(
        url,
        mimeMessage({
          messageId: '<agent-line-1@agent-site.example>',
          text: 'Name: Lee Park\nPhone: 512-555-0161\nAgent: Jo Lane <JO.LANE@realty.example>\nMessage: Hi',
        }),
      )
    ).json();
    const { leads } = await workspaceLeads(t, team.workspace.id);
    const assigned = new Map(leads.map((l) => [l.id, l.assignedUserId]));
    expect(assigned.get(byName.leadId)).toBe(sam.user.id);
    expect(assigned.get(byEmail.leadId)).toBe(jo.user.id);
    const notes = await t.ctx.db
      .selectFrom('leadNotes')
      .select('id')
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(notes).toHaveLength(0);
  });

  it('keeps an agent nobody matches as a note and leaves the lead unassigned', async () => {
    const { team, url } = await emailTeam({ name: 'Homesnap feed' });
    // Members who would take it by round robin, one of them with a name like the agent's.
    await buildUser(t.ctx, { workspaceId: team.workspace.id, name: 'Sam Riviera' });
    await buildUser(t.ctx, { workspaceId: team.workspace.id, name: 'Ann Agent' });
    const { leadId } = (await postEmail(url, fixture('lead-metadata.eml'))).json();
    const { leads } = await workspaceLeads(t, team.workspace.id);
    expect(leads.find((l) => l.id === leadId)?.assignedUserId).toBeNull();
    const notes = await t.ctx.db
      .selectFrom('leadNotes')
      .select(['body', 'authorId'])
      .where('leadId', '=', leadId)
      .execute();
    expect(notes).toHaveLength(1);
    expect(notes[0]?.authorId).toBeNull();
    expect(notes[0]?.body).toContain('The lead source "Homesnap feed" named the agent "Sam Rivera"');
    expect(notes[0]?.body).toContain('left unassigned');
  });

  it('keeps an email it cannot read in the unparsed list until an admin maps it', async () => {
    const { team, url } = await emailTeam();
    const headers = asSession(team.owner.session);
    const response = await postEmail(url, fixture('not-a-lead.eml'));
    expect(response.json()).toMatchObject({ status: 'unparsed', leadId: null });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/integrations/unparsed-emails', headers });
    expect(list.json().emails).toHaveLength(1);
    expect(list.json().emails[0]).toMatchObject({
      from: 'Title Company <news@titleco.example>',
      subject: 'January market update',
      excerpt: expect.stringContaining('Inventory rose 4%'),
    });
    const id = list.json().emails[0].id as string;
    const one = await t.app.inject({
      method: 'GET',
      url: `/api/v1/integrations/unparsed-emails/${id}`,
      headers,
    });
    expect(one.json().raw).toContain('Message-ID: <newsletter-0001@titleco.example>');

    const mapped = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrations/unparsed-emails/${id}/map`,
      headers,
      payload: { name: 'Terry Title', phone: '512-555-0177', message: 'Wants the full report' },
    });
    expect(mapped.statusCode).toBe(200);
    expect(mapped.json()).toMatchObject({ status: 'mapped', leadId: expect.any(String) });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrations/unparsed-emails/${id}/map`,
      headers,
      payload: { phone: '512-555-0178' },
    });
    expect(again.statusCode).toBe(409);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/integrations/unparsed-emails', headers });
    expect(after.json().emails).toHaveLength(0);
    expect((await workspaceLeads(t, team.workspace.id)).leads).toHaveLength(1);
  });

  it('tells the admins once of an email it cannot read, with the link and nothing from the email', async () => {
    const { team, url, created } = await emailTeam({ name: 'Portal inbox' });
    const raw = mimeMessage({
      from: '"Dana Private" <dana.private@example.org>',
      subject: 'Dana Private wants a showing',
      text: 'Hi, this is Dana Private. I would love to see the house on Elm.',
    });
    const response = await postEmail(url, raw);
    expect(response.json().status).toBe('unparsed');
    const notes = () =>
      t.ctx.db
        .selectFrom('notifications')
        .selectAll()
        .where('workspaceId', '=', team.workspace.id)
        .where('kind', '=', 'lead_email_unparsed')
        .execute();
    const [note, ...more] = await notes();
    expect(more).toHaveLength(0);
    expect(note).toMatchObject({
      userId: null,
      leadId: null,
      subject: 'A lead email could not be read',
    });
    expect(note?.body).toContain(`${t.ctx.config.publicUrl}/integrations#unparsed-title`);
    expect(note?.body).toContain('"Portal inbox"');
    expect(JSON.stringify(note)).not.toMatch(/dana|elm|showing/i);
    expect(created.source.id).toBeTruthy();
    if (note) expect(pushMessageFor(note).url).toBe('/integrations#unparsed-title');
    // The reading job's safety run, and the worker's delivery, do not tell them a second time.
    t.clock.advance(60_000);
    await drainJobs(t.ctx, jobDefinitions);
    expect(await notes()).toHaveLength(1);
    // A lead read from an email tells nobody of an unread one.
    await postEmail(url, fixture('zillow.eml'));
    expect(await notes()).toHaveLength(1);
  });

  it('dismisses an unparsed email and drops its text', async () => {
    const { team, url } = await emailTeam();
    const headers = asSession(team.owner.session);
    const { payloadId } = (await postEmail(url, fixture('not-a-lead.eml'))).json();
    const dismissed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrations/unparsed-emails/${payloadId}/dismiss`,
      headers,
    });
    expect(dismissed.statusCode).toBe(204);
    const row = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('id', '=', payloadId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'dismissed', raw: null });
  });

  it('refuses an unknown or disabled address, an empty message and one over the size limit', async () => {
    const { team, created, url } = await emailTeam();
    expect((await postEmail(url.replace(/[a-z0-9]{4}$/, 'zzzz'), fixture('zillow.eml'))).statusCode).toBe(
      404,
    );
    expect((await postEmail(url, '')).statusCode).toBe(400);
    const big = mimeMessage({ text: `Name: Big Sender\nPhone: 512-555-0100\n${'x'.repeat(30_000)}` });
    expect((await postEmail(url, big)).statusCode).toBe(413);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/integrations/sources/${created.source.id}`,
      headers: asSession(team.owner.session),
      payload: { enabled: false },
    });
    expect((await postEmail(url, fixture('zillow.eml'))).statusCode).toBe(404);
    expect((await workspaceLeads(t, team.workspace.id)).leads).toHaveLength(0);
  });

  it('retention empties raw emails received before the message period, keeping the rows', async () => {
    const { team, url } = await emailTeam();
    const { payloadId } = (await postEmail(url, fixture('redfin.eml'))).json();
    const later = new Date(t.clock.now().getTime() + 25 * 31 * 24 * 3_600_000);
    const counts = await applyRetention(t.ctx, { workspaceId: team.workspace.id, now: later });
    expect(counts.sourcePayloads).toBe(1);
    const row = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('id', '=', payloadId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'processed', raw: null, parsed: null });
    expect(JSON.stringify(row)).not.toContain('Alex Kim');
    expect((await applyRetention(t.ctx, { workspaceId: team.workspace.id, now: later })).sourcePayloads).toBe(
      0,
    );
  });

  it("a person's export holds the raw emails about them, and not another person's", async () => {
    const { team, url } = await emailTeam();
    const { leadId, payloadId } = (await postEmail(url, fixture('zillow.eml'))).json();
    // An email nobody could read that gives the same person's address, and someone else's lead.
    const unread = await postEmail(
      url,
      mimeMessage({
        subject: 'Fwd: a question',
        text: 'Forwarded for the team: please call marcus.bell@example.net back about the condo.',
      }),
    );
    expect(unread.json().status).toBe('unparsed');
    await postEmail(url, fixture('redfin.eml'));
    const lead = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    const exported = await collectPersonExport(t.ctx, {
      workspaceId: team.workspace.id,
      contactId: lead.contactId,
    });
    const file = exported.files['source-payloads.json'];
    if (!file) throw new Error('no source-payloads.json in the export');
    const payloads = JSON.parse(Buffer.from(file).toString('utf8')) as Array<Record<string, unknown>>;
    expect(payloads.map((p) => p.id)).toEqual([payloadId, unread.json().payloadId]);
    expect(payloads[0]).toMatchObject({ kind: 'email', status: 'processed', leadId });
    expect(String(payloads[0]?.raw)).toContain('Marcus Bell is requesting information');
    expect(payloads[0]?.parsed).toMatchObject({ name: 'Marcus Bell' });
    expect(String(payloads[1]?.raw)).toContain('please call marcus.bell@example.net');
    expect(JSON.stringify(payloads)).not.toContain('Alex Kim');
    expect(exported.counts.sourcePayloads).toBe(2);
  });

  it('erasing the person deletes the emails that named them; a resend meets the erased lead', async () => {
    const { team, url } = await emailTeam();
    const { leadId } = (await postEmail(url, fixture('trulia.eml'))).json();
    const lead = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    await erasePerson(t.ctx, {
      workspaceId: team.workspace.id,
      contactId: lead.contactId,
      actor: { type: 'system', id: null },
    });
    const left = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(left).toHaveLength(0);
    const resend = await postEmail(url, fixture('trulia.eml'));
    expect(resend.json()).toMatchObject({ status: 'duplicate', leadId });
    expect((await workspaceLeads(t, team.workspace.id)).contacts).toHaveLength(1);
  });
});

describe('the SMTP receiver', () => {
  it('takes real MIME over SMTP to a lead address and refuses other recipients', async () => {
    const { team, address } = await emailTeam();
    const receiver = await startLeadEmailReceiver(t.ctx, { port: 0, host: '127.0.0.1' });
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: receiver.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      const info = await transport.sendMail({
        from: '"Realtor.com" <leads@email.realtor.com>',
        to: address,
        subject: 'New realtor.com lead - 12 Elm St',
        messageId: '<smtp-test-1@email.realtor.com>',
        text: 'First Name: Robin\nLast Name: Diaz\nPhone: 512-555-0123\nEmail: robin@example.com\nComments: Still available?',
        html: '<p>First Name: Robin</p>',
      });
      expect(info.accepted).toEqual([address]);
      await expect(
        transport.sendMail({
          from: 'a@example.com',
          to: 'nobody@leads.example.com',
          subject: 'x',
          text: 'Phone: 512-555-0100',
        }),
      ).rejects.toThrow(/550/);
      const { leads, contacts, inquiries } = await workspaceLeads(t, team.workspace.id);
      expect(leads).toHaveLength(1);
      expect(leads[0]?.source).toBe('realtor.com');
      expect(contacts[0]).toMatchObject({
        name: 'Robin Diaz',
        phone: '+15125550123',
        email: 'robin@example.com',
      });
      expect(inquiries[0]?.message).toBe('Still available?');
    } finally {
      transport.close();
      await receiver.close();
    }
  });
});
