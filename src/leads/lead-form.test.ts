import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, nextClientAddress, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildWorkspace, nextPhone } from '../../test/helpers/factories.js';
import { fromJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import type { WorkspaceRow } from '../workspaces/workspaces.table.js';
import { FORM_POSTS_PER_MINUTE } from './lead-form.routes.js';
import { formDisclosure } from './lead-form.service.js';

const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? null;

describe(`the hosted lead form on ${testDialect()}`, () => {
  let t: TestApp;
  let workspace: WorkspaceRow;
  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin
    workspace = await buildWorkspace(t.ctx, { name: 'Hill Country Homes', timezone: 'America/Chicago' });
  });
  afterAll(() => t.close());

  const disclosure = () => formDisclosure('Hill Country Homes');
  const submit = (fields: Record<string, string>, options: { query?: string; ip?: string } = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/f/${workspace.slug}${options.query ?? ''}`,
      remoteAddress: options.ip ?? nextClientAddress(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': 'Mozilla/5.0 (Test)',
      },
      payload: new URLSearchParams(fields).toString(),
    });
  const leadByPhone = async (phone: string) => {
    const contact = await t.ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('workspaceId', '=', workspace.id)
      .where('phone', '=', phone)
      .executeTakeFirst();
    if (!contact) return undefined;
    const lead = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('contactId', '=', contact.id)
      .executeTakeFirstOrThrow();
    return { contact, lead };
  };

  it('draws an accessible, embeddable form with an unchecked consent box and a full disclosure', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/f/${workspace.slug}?source=open-house`,
      headers: { referer: 'https://agent.example/listings/12-oak' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.body;
    const checkbox = /<input type="checkbox"[^>]*>/.exec(html)?.[0];
    expect(checkbox).toContain('name="sms_consent"');
    expect(checkbox).not.toMatch(/checked/);
    for (const phrase of [
      'Hill Country Homes',
      'about my real estate inquiry',
      'automated technology',
      'Message frequency varies.',
      'Msg &amp; data rates may apply.',
      'Reply STOP to opt out, HELP for help.',
      'Consent is not a condition of purchase.',
    ]) {
      expect(html).toContain(phrase);
    }
    expect(disclosure().version).toMatch(/^form-v1-[0-9a-f]{12}$/);
    expect(hidden(html, 'disclosure_version')).toBe(disclosure().version);
    expect(hidden(html, 'page')).toBe('https://agent.example/listings/12-oak');
    expect(html).toContain(`action="/f/${workspace.slug}?source=open-house"`);
    for (const label of ['for="name"', 'for="phone"', 'for="email"', 'for="message"', 'for="sms_consent"']) {
      expect(html).toContain(label);
    }
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!agent\.example)/);
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(response.headers['content-security-policy']).toMatch(/script-src 'none'/);
    expect(response.headers['x-frame-options']).toBeUndefined();

    const capitals = await t.app.inject({ method: 'GET', url: `/f/${workspace.slug.toUpperCase()}` });
    expect(capitals.statusCode).toBe(200);
    expect(capitals.body).toContain(`action="/f/${workspace.slug}"`);

    // Every other page still refuses to be framed.
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('answers 404 pages for an unknown or suspended workspace', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/f/no-such-realty' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^text\/html/);
    expect(unknown.body).toContain('Form not found');
    const suspended = await buildWorkspace(t.ctx, { name: 'Closed Realty' });
    await t.ctx.db
      .updateTable('workspaces')
      .set({ status: 'suspended' })
      .where('id', '=', suspended.id)
      .execute();
    expect((await t.app.inject({ method: 'GET', url: `/f/${suspended.slug}` })).statusCode).toBe(404);
    const posted = await t.app.inject({
      method: 'POST',
      url: `/f/${suspended.slug}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `phone=${encodeURIComponent(nextPhone())}`,
    });
    expect(posted.statusCode).toBe(404);
  });

  it('stores the consent evidence of a ticked box and texts the lead', async () => {
    const phone = nextPhone();
    const response = await submit(
      {
        name: 'Dana Whitfield',
        phone,
        email: 'dana@example.com',
        message: 'Can I see it Saturday?',
        sms_consent: 'yes',
        disclosure_version: disclosure().version,
        page: 'https://agent.example/listings/12-oak',
        website: '',
      },
      { query: '?source=open-house', ip: '198.51.100.7' },
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('You will get a text from Hill Country Homes shortly');
    const found = await leadByPhone(phone);
    expect(found?.lead.source).toBe('open-house');
    const inquiry = await t.ctx.db
      .selectFrom('inquiries')
      .selectAll()
      .where('leadId', '=', found?.lead.id ?? '')
      .executeTakeFirstOrThrow();
    expect(inquiry).toMatchObject({
      channel: 'form',
      source: 'open-house',
      message: 'Can I see it Saturday?',
    });
    const events = await t.ctx.db
      .selectFrom('consentEvents')
      .selectAll()
      .where('contactId', '=', found?.contact.id ?? '')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      channel: 'sms',
      purpose: 'conversational',
      action: 'granted',
      source: 'form',
    });
    expect(fromJson(events[0]?.evidence)).toEqual({
      disclosure: disclosure().text,
      disclosureVersion: disclosure().version,
      capturedAt: '2026-01-15T16:00:00.000Z',
      ip: '198.51.100.7',
      userAgent: 'Mozilla/5.0 (Test)',
      pageUrl: 'https://agent.example/listings/12-oak',
    });
    await drainJobs(t.ctx, jobDefinitions);
    const messages = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('leadId', '=', found?.lead.id ?? '')
      .execute();
    expect(messages.map((m) => [m.kind, m.status])).toEqual([['first_response', 'sent']]);
  });

  it('stores a lead who did not tick the box without consent, and never texts it', async () => {
    const phone = nextPhone();
    const response = await submit({ name: 'Sam', phone, disclosure_version: disclosure().version });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Hill Country Homes will be in touch soon');
    const found = await leadByPhone(phone);
    expect(found?.lead.source).toBe('website-form');
    const events = await t.ctx.db
      .selectFrom('consentEvents')
      .select('id')
      .where('contactId', '=', found?.contact.id ?? '')
      .execute();
    expect(events).toEqual([]);
    await drainJobs(t.ctx, jobDefinitions);
    const messages = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('leadId', '=', found?.lead.id ?? '')
      .execute();
    expect(messages.map((m) => [m.status, m.gateReason])).toEqual([['blocked', 'no_consent']]);
  });

  it('does not count a tick given to a disclosure that has since changed', async () => {
    const phone = nextPhone();
    await submit({ phone, sms_consent: 'yes', disclosure_version: 'form-v1-000000000000' });
    const found = await leadByPhone(phone);
    const events = await t.ctx.db
      .selectFrom('consentEvents')
      .select('id')
      .where('contactId', '=', found?.contact.id ?? '')
      .execute();
    expect(events).toEqual([]);
  });

  it('drops a bot that fills the honeypot, silently', async () => {
    const phone = nextPhone();
    const response = await submit({ name: 'Bot', phone, website: 'http://spam.example', sms_consent: 'yes' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Thank you');
    expect(await leadByPhone(phone)).toBeUndefined();
  });

  it('asks again, keeping what was typed, when there is no phone or email', async () => {
    const response = await submit({
      name: 'Nora <b>Nobody</b>',
      email: 'not-an-email',
      message: 'Hello',
      sms_consent: 'yes',
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('role="alert"');
    expect(response.body).toContain('phone number or a valid email address');
    expect(response.body).toContain('value="Nora &lt;b&gt;Nobody&lt;/b&gt;"');
    expect(/<input type="checkbox"[^>]*>/.exec(response.body)?.[0]).not.toMatch(/checked/);
  });

  it('answers HTML errors for invalid input and too many posts from one address', async () => {
    const long = await submit({ phone: nextPhone(), message: 'x'.repeat(2001) });
    expect(long.statusCode).toBe(400);
    expect(long.headers['content-type']).toMatch(/^text\/html/);
    const ip = nextClientAddress();
    for (let i = 0; i < FORM_POSTS_PER_MINUTE; i += 1) {
      expect((await submit({ phone: nextPhone() }, { ip })).statusCode).toBe(200);
    }
    const limited = await submit({ phone: nextPhone() }, { ip });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^text\/html/);
    expect(limited.body).toContain('wait a minute');
  });
});
