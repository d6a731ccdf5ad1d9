import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSmtp, startFakeSmtp } from '../../test/fakes/smtp/fake-smtp.js';
import {
  asApiKey,
  asSession,
  buildTestApp,
  nextClientAddress,
  type TestApp,
} from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import {
  buildLead,
  buildMember,
  buildTeam,
  consentEvidence,
  type Team,
} from '../../test/helpers/factories.js';
import { MINUTE } from '../platform/clock.js';
import { CODES_PER_IDENTIFIER_PER_HOUR, expireUnverifiedRequests } from './public-requests.service.js';
import { SPENT_CODE_BODY } from './verification.js';

describe(`privacy requests from the public page and the team, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let smtp: FakeSmtp;
  let person: { contactId: string; leadId: string };
  const phone = '+15125550311';
  const email = 'marisol.onfile@example.com';

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    t = await buildTestApp({ env: { SMTP_URL: smtp.url } });
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin
    team = await buildTeam(t);
    const lead = await buildLead(t.ctx, {
      workspaceId: team.workspace.id,
      name: 'Marisol Onfile',
      phone,
      email,
      consent: consentEvidence(),
    });
    person = { contactId: lead.contactId, leadId: lead.leadId };
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const slug = () => team.workspace.slug;
  const form = (fields: Record<string, string>, ip = nextClientAddress()) =>
    t.app.inject({
      method: 'POST',
      url: `/privacy/request/${slug()}`,
      remoteAddress: ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
  const verify = (ticket: string, code: string) =>
    t.app.inject({
      method: 'POST',
      url: `/privacy/request/${slug()}/verify`,
      remoteAddress: nextClientAddress(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ticket, code }).toString(),
    });
  const ticketOf = (html: string) => /name="ticket" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const codeTexts = () =>
    t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('contactId', '=', person.contactId)
      .where('author', '=', 'system')
      .orderBy('id')
      .execute();
  const lastCode = async () => /\b(\d{6})\b/.exec((await codeTexts()).at(-1)?.body ?? '')?.[1] ?? '';

  it('serves the form without script, and redirects ?workspace=slug to it', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/privacy/request/${slug()}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="kind" value="deletion"');
    expect(page.body).not.toMatch(/<script/i);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const redirect = await t.app.inject({ method: 'GET', url: `/privacy/request?workspace=${slug()}` });
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe(`/privacy/request/${slug()}`);
    expect((await t.app.inject({ method: 'GET', url: '/privacy/request/no-such-place' })).statusCode).toBe(
      404,
    );
  });

  it('texts a code to the phone on file, verifies it, and scrubs the text', async () => {
    const response = await form({ kind: 'access', jurisdiction: 'ccpa', phone: '(512) 555-0311' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain('Enter your code');
    const code = await lastCode();
    expect(code).toMatch(/^\d{6}$/);
    const [text] = (await codeTexts()).slice(-1);
    expect(text).toMatchObject({ toNumber: phone, status: 'queued', purpose: 'transactional' });
    const stored = await t.ctx.db
      .selectFrom('privacyRequests')
      .selectAll()
      .where('contactId', '=', person.contactId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(phone);
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(stored).toMatchObject({ status: 'pending_verification', jurisdiction: 'ccpa' });
    expect(stored.acknowledgeBy).toBe('2026-01-29T16:00:00.000Z'); // 10 business days
    expect(stored.dueAt).toBe('2026-03-01T16:00:00.000Z'); // 45 days

    const done = await verify(ticketOf(response.body), code);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.body).toContain('Request confirmed');
    const after = await t.ctx.db
      .selectFrom('privacyRequests')
      .selectAll()
      .where('id', '=', stored.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('verified');
    expect((await codeTexts()).at(-1)?.body).toBe(SPENT_CODE_BODY);
    expect((await verify(ticketOf(response.body), code)).body).toContain('no longer works');
  });

  it('answers a stranger exactly as it answers a person on file, and texts no one', async () => {
    const before = await t.ctx.db.selectFrom('messages').select('id').execute();
    const known = await form({ kind: 'deletion', phone: '512 555 0311' });
    const unknown = await form({ kind: 'deletion', phone: '512 555 0399' });
    const strip = (html: string) => html.replace(ticketOf(html), 'TICKET');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(strip(unknown.body)).toBe(strip(known.body));
    const after = await t.ctx.db.selectFrom('messages').select(['id', 'toNumber']).execute();
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((m) => m.toNumber === '+15125550399')).toEqual([]);
    const wrong = await verify(ticketOf(unknown.body), '123456');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('4 tries left');
  });

  it('locks a request after five wrong codes and expires codes after 15 minutes', async () => {
    const response = await form({ kind: 'restriction', phone });
    const ticket = ticketOf(response.body);
    const code = await lastCode();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 4; i >= 1; i -= 1) expect((await verify(ticket, wrong)).body).toContain(`${i} tr`);
    expect((await verify(ticket, wrong)).body).toContain('no longer works');
    expect((await verify(ticket, code)).body).toContain('no longer works');

    t.clock.advance(61 * MINUTE); // past the per-identifier limit of the hour
    const late = await form({ kind: 'restriction', phone });
    const lateCode = await lastCode();
    t.clock.advance(16 * MINUTE);
    expect((await verify(ticketOf(late.body), lateCode)).body).toContain('no longer works');
  });

  it('limits codes per identifier and requests per address', async () => {
    t.clock.advance(2 * 60 * MINUTE);
    const count = async () => (await codeTexts()).length;
    const start = await count();
    for (let i = 0; i < CODES_PER_IDENTIFIER_PER_HOUR + 1; i += 1) {
      expect((await form({ kind: 'access', phone })).statusCode).toBe(200);
    }
    expect(await count()).toBe(start + CODES_PER_IDENTIFIER_PER_HOUR);
    const ip = nextClientAddress();
    const statuses = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await form({ kind: 'access', phone: '5125550398' }, ip)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('mails the code to the address on file; an opt-out of sale is confirmed at once', async () => {
    t.clock.advance(2 * 60 * MINUTE);
    const mark = smtp.mails.length;
    const response = await form({ kind: 'opt_out_of_sale', email: 'MARISOL.ONFILE@example.com' });
    expect(response.statusCode).toBe(200);
    const mail = smtp.mails.slice(mark);
    expect(mail.map((m) => m.to)).toEqual([[email]]);
    const code = /\b(\d{6})\b/.exec(mail[0]?.raw.split('\r\n\r\n').slice(1).join('\n') ?? '')?.[1] ?? '';
    const done = await verify(ticketOf(response.body), code);
    expect(done.body).toContain('never sells or shares');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/privacy/requests?status=completed',
      headers: asSession(team.owner.session),
    });
    expect(list.json().items.map((r: { kind: string }) => r.kind)).toContain('opt_out_of_sale');
  });

  it('refuses bad input with a page, escaping what was typed', async () => {
    const response = await form({ kind: 'access', phone: '<script>alert(1)</script>' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('&lt;script&gt;');
    expect(response.body).not.toContain('<script>alert');
    expect((await form({ kind: 'sell-me' })).statusCode).toBe(400);
  });

  it('gives admins the queue with its trail, and keeps agents out', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/privacy/requests?status=verified',
      headers: asApiKey(team.key.secret),
    });
    expect(list.statusCode).toBe(200);
    const [first] = list.json().items;
    expect(first).toMatchObject({
      kind: 'access',
      status: 'verified',
      jurisdiction: 'ccpa',
      contactId: person.contactId,
    });
    expect(Object.keys(first).sort()).toEqual(
      [
        'acknowledgeBy',
        'completedAt',
        'contactId',
        'createdAt',
        'dueAt',
        'id',
        'jurisdiction',
        'kind',
        'status',
      ].sort(),
    );
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/privacy/requests/${first.id}`,
      headers: asApiKey(team.key.secret),
    });
    expect(detail.json().trail.map((e: { action: string }) => e.action)).toEqual(['received', 'verified']);
    const agent = await buildMember(t, team.workspace.id, 'agent');
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/v1/privacy/requests',
      headers: asSession(agent.session),
    });
    expect(refused.statusCode).toBe(403);

    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/v1/privacy/requests/${first.id}/reject`,
      headers: asApiKey(team.key.secret),
      payload: { reason: 'Duplicate of an earlier request' },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json().status).toBe('rejected');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/privacy/requests/${first.id}/complete`,
      headers: asApiKey(team.key.secret),
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/api/v1/privacy/requests',
      headers: asApiKey(team.key.secret),
      payload: { kind: 'access', phone, email },
    });
    expect(invalid.statusCode).toBe(400);
  });

  it('closes requests whose code was never entered after a day, dropping the identifier', async () => {
    const pending = () =>
      t.ctx.db
        .selectFrom('privacyRequests')
        .selectAll()
        .where('status', '=', 'pending_verification')
        .execute();
    expect((await pending()).length).toBeGreaterThan(0);
    expect(await expireUnverifiedRequests({ db: t.ctx.db, now: t.clock.now() })).toBe(0);
    t.clock.advance(25 * 60 * MINUTE);
    const closed = await expireUnverifiedRequests({ db: t.ctx.db, now: t.clock.now() });
    expect(closed).toBeGreaterThan(0);
    expect(await pending()).toEqual([]);
    const rows = await t.ctx.db
      .selectFrom('privacyRequests')
      .selectAll()
      .where('rejectedReason', '=', 'not_verified')
      .execute();
    expect(rows).toHaveLength(closed);
    expect(rows.every((r) => r.identifierSealed === null && r.codeHash === null)).toBe(true);
  });
});
