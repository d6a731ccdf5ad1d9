import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaSignature } from '../../src/integrations/meta/meta.signature.js';
import { jobDefinitions } from '../../src/jobs/catalog.js';
import { drainJobs } from '../../src/jobs/jobs.drain.js';
import { type FakeGraph, startFakeGraph } from '../fakes/meta/fake-graph.js';
import { asSession, buildTestApp, type TestApp } from '../helpers/app.js';
import { buildTeam, type Team } from '../helpers/factories.js';
import { createSource, pathOf } from '../helpers/lead-sources.js';

/**
 * Generated malformed input against every public door of the lead sources and the admin's mapping:
 * never a 5xx, errors in the JSON envelope, and nothing half-written (every lead has its contact and an
 * inquiry, every payload that names a lead names one that exists, nothing is left unread).
 */

const RUNS = 60;
const APP_SECRET = 'fuzz-meta-app-secret';
const PAGE_TOKEN = 'EAAG-fuzz-page-token';
const PAGE_ID = '777000111';

const fixtures = ['zillow.eml', 'realtor-com.eml', 'homes-com.eml', 'lead-metadata.eml', 'redfin.eml'].map(
  (name) => readFileSync(path.join(import.meta.dirname, '../../src/integrations/fixtures', name), 'utf8'),
);

const nasty = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    '\u0000',
    '+15125550123',
    '5125550123',
    'a@b',
    'x'.repeat(3000),
    '\uD800',
    '__proto__',
    '🏠',
    '1e309',
  ),
);

const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'name',
      'phone',
      'email',
      'Phone Number',
      'message',
      'id',
      'lead_id',
      '__proto__',
      'contact',
      'zip',
    ),
    fc.oneof(
      nasty,
      fc.integer(),
      fc.boolean(),
      fc.array(nasty, { maxLength: 3 }),
      fc.dictionary(nasty, nasty, { maxKeys: 3 }),
    ),
    { maxKeys: 6 },
  ),
);

/** A MIME-ish message: a fixture cut, spliced or salted, or noise. */
const mime = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), nasty).map(([text, a, b, salt]) => {
    const cut = Math.min(a, b) % text.length;
    return `${text.slice(0, cut)}${salt}${text.slice(Math.max(a, b) % text.length)}`;
  }),
  fc.tuple(nasty, nasty).map(([name, phone]) => `Subject: hi\r\n\r\nName: ${name}\r\nPhone: ${phone}\r\n`),
);

let t: TestApp;
let graph: FakeGraph;
let team: Team;
let emailUrl: string;
let webhookUrl: string;
let googleUrl: string;
let googleKey: string;

beforeAll(async () => {
  graph = await startFakeGraph(PAGE_TOKEN);
  t = await buildTestApp({ env: { META_GRAPH_BASE_URL: graph.baseUrl, LEAD_EMAIL_MAX_BYTES: '65536' } });
  team = await buildTeam(t);
  emailUrl = pathOf((await createSource(t, team, { kind: 'email' })).secrets.url);
  webhookUrl = pathOf(
    (await createSource(t, team, { kind: 'webhook', mapping: { cell: 'phone' } })).secrets.url,
  );
  const google = await createSource(t, team, { kind: 'google_ads' });
  googleUrl = pathOf(google.secrets.url);
  googleKey = google.secrets.googleKey ?? '';
  await createSource(t, team, {
    kind: 'meta',
    meta: { pageId: PAGE_ID, appSecret: APP_SECRET, pageAccessToken: PAGE_TOKEN },
  });
  graph.addLead('41', { full_name: 'Fuzz Person', phone_number: '+15125550141' });
});
afterAll(async () => {
  await t.close();
  await graph.close();
});

function expectSound(response: LightMyRequestResponse, what: string) {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  if (response.statusCode >= 400) expect(response.json(), what).toHaveProperty('error.code');
}

async function expectNothingHalfWritten() {
  const db = t.ctx.db;
  const ws = team.workspace.id;
  const leads = await db
    .selectFrom('leads')
    .select(['id', 'contactId'])
    .where('workspaceId', '=', ws)
    .execute();
  const inquiries = await db.selectFrom('inquiries').select('leadId').where('workspaceId', '=', ws).execute();
  const contacts = new Set(
    (await db.selectFrom('contacts').select('id').where('workspaceId', '=', ws).execute()).map((c) => c.id),
  );
  const withInquiry = new Set(inquiries.map((i) => i.leadId));
  for (const lead of leads) {
    expect(contacts.has(lead.contactId)).toBe(true);
    expect(withInquiry.has(lead.id)).toBe(true);
  }
  const leadIds = new Set(leads.map((l) => l.id));
  const payloads = await db.selectFrom('sourcePayloads').selectAll().where('workspaceId', '=', ws).execute();
  for (const payload of payloads) {
    if (payload.leadId) expect(leadIds.has(payload.leadId)).toBe(true);
    if (payload.status === 'processed' || payload.status === 'duplicate')
      expect(payload.leadId).not.toBeNull();
  }
  return payloads;
}

describe('fuzzing the lead sources', () => {
  it('raw lead emails over HTTP', async () => {
    await fc.assert(
      fc.asyncProperty(
        mime,
        fc.constantFrom('message/rfc822', 'text/plain', 'application/octet-stream'),
        async (raw, type) => {
          const response = await t.app.inject({
            method: 'POST',
            url: emailUrl,
            headers: { 'content-type': type },
            payload: raw,
          });
          expectSound(response, 'email');
        },
      ),
      { numRuns: RUNS },
    );
    // Beyond the workspace's pace of new leads the emails are stored for the worker, which reads them now.
    await drainJobs(t.ctx, jobDefinitions);
    const payloads = await expectNothingHalfWritten();
    expect(payloads.filter((p) => p.kind === 'email' && p.status === 'received')).toHaveLength(0);
  });

  it('the generic webhook, saving and in test mode', async () => {
    await fc.assert(
      fc.asyncProperty(jsonish, fc.boolean(), async (body, test) => {
        const response = await t.app.inject({
          method: 'POST',
          url: `${webhookUrl}${test ? '?test=1' : ''}`,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expectSound(response, 'webhook');
      }),
      { numRuns: RUNS },
    );
    await expectNothingHalfWritten();
  });

  it('Google Ads posts with the right key and arbitrary columns', async () => {
    const column = fc.record(
      {
        column_id: fc.oneof(fc.constantFrom('FULL_NAME', 'PHONE_NUMBER', 'EMAIL', 'POSTAL_CODE'), nasty),
        string_value: nasty,
        column_name: nasty,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          jsonish,
          fc.record(
            {
              lead_id: fc.oneof(nasty, fc.integer()),
              user_column_data: fc.array(column, { maxLength: 5 }),
              is_test: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          const payload =
            body && typeof body === 'object' && !Array.isArray(body)
              ? { ...body, google_key: googleKey }
              : body;
          const response = await t.app.inject({
            method: 'POST',
            url: googleUrl,
            payload: JSON.stringify(payload),
            headers: { 'content-type': 'application/json' },
          });
          expectSound(response, 'google');
        },
      ),
      { numRuns: RUNS },
    );
    await expectNothingHalfWritten();
  });

  it('signed Meta notifications of any shape, then the Graph fetch', async () => {
    const change = fc.record(
      {
        field: fc.constantFrom('leadgen', 'feed', ''),
        value: fc.oneof(
          jsonish,
          fc.record({
            leadgen_id: fc.oneof(fc.constantFrom('41', '42'), nasty),
            page_id: fc.constantFrom(PAGE_ID, '1'),
          }),
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            object: fc.constant('page'),
            entry: fc.array(
              fc.record({ id: fc.constantFrom(PAGE_ID, 'x'), changes: fc.array(change, { maxLength: 3 }) }),
              { maxLength: 2 },
            ),
          }),
          jsonish,
        ),
        fc.boolean(),
        async (body, signed) => {
          const text = JSON.stringify(body) ?? 'null';
          const response = await t.app.inject({
            method: 'POST',
            url: '/webhooks/meta',
            headers: {
              'content-type': 'application/json',
              ...(signed ? { 'x-hub-signature-256': metaSignature(APP_SECRET, text) } : {}),
            },
            payload: text,
          });
          expectSound(response, 'meta');
        },
      ),
      { numRuns: RUNS },
    );
    await drainJobs(t.ctx, jobDefinitions, { until: new Date(t.clock.now().getTime() + 86_400_000) });
    const payloads = await expectNothingHalfWritten();
    expect(payloads.filter((p) => p.status === 'received')).toHaveLength(0);
  });

  it("an admin's mapping of unparsed emails", async () => {
    const unparsed = await t.ctx.db
      .selectFrom('sourcePayloads')
      .select('id')
      .where('workspaceId', '=', team.workspace.id)
      .where('status', '=', 'unparsed')
      .execute();
    const ids = [...unparsed.map((u) => u.id), 'not-an-id'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ids), jsonish, async (id, body) => {
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/integrations/unparsed-emails/${encodeURIComponent(id)}/map`,
          headers: { ...asSession(team.owner.session), 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expectSound(response, 'map');
      }),
      { numRuns: RUNS },
    );
    await expectNothingHalfWritten();
  });
});
