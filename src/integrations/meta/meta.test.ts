import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGraph, startFakeGraph } from '../../../test/fakes/meta/fake-graph.js';
import { asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildTeam } from '../../../test/helpers/factories.js';
import { createSource, workspaceLeads } from '../../../test/helpers/lead-sources.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { PROCESS_PAYLOAD_ATTEMPTS } from '../payload-job.js';
import { metaSignature } from './meta.signature.js';

const PAGE_TOKEN = 'EAAG-test-page-token';
const APP_SECRET = 'meta-app-secret-for-tests';

let t: TestApp;
let graph: FakeGraph;
let pageCounter = 0;

beforeAll(async () => {
  graph = await startFakeGraph(PAGE_TOKEN);
  t = await buildTestApp({ env: { META_GRAPH_BASE_URL: graph.baseUrl } });
});
afterAll(async () => {
  await t.close();
  await graph.close();
});

async function metaTeam(extra: Record<string, unknown> = {}) {
  pageCounter += 1;
  const pageId = `55500000${pageCounter}`;
  const team = await buildTeam(t);
  const created = await createSource(t, team, {
    kind: 'meta',
    meta: { pageId, appSecret: APP_SECRET, pageAccessToken: PAGE_TOKEN },
    ...extra,
  });
  return { team, created, pageId };
}

function notification(pageId: string, leadgenIds: string[]) {
  return JSON.stringify({
    object: 'page',
    entry: [
      {
        id: pageId,
        time: 1768316640,
        changes: leadgenIds.map((id) => ({
          field: 'leadgen',
          value: {
            ad_id: '23850000',
            form_id: '771100',
            leadgen_id: id,
            created_time: 1768316640,
            page_id: pageId,
          },
        })),
      },
    ],
  });
}

const post = (body: string, signature: string | undefined) =>
  t.app.inject({
    method: 'POST',
    url: '/webhooks/meta',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-hub-signature-256': signature } : {}),
    },
    payload: body,
  });

const drain = () =>
  drainJobs(t.ctx, jobDefinitions, { until: new Date(t.clock.now().getTime() + 3_600_000) });

describe('Meta lead ads', () => {
  it("answers Meta's subscription check only to a Meta source's verify token", async () => {
    const { created } = await metaTeam();
    const check = (token: string, mode = 'subscribe') =>
      t.app.inject({
        method: 'GET',
        url: `/webhooks/meta?hub.mode=${mode}&hub.verify_token=${token}&hub.challenge=1158201444`,
      });
    const ok = await check(created.secrets.verifyToken ?? '');
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('1158201444');
    expect((await check('wrongtokenwrongtokenwrongtoken')).statusCode).toBe(403);
    expect((await check(created.secrets.verifyToken ?? '', 'unsubscribe')).statusCode).toBe(403);
  });

  it('fetches a signed lead from the Graph API with the page token and maps its questions', async () => {
    const { team, pageId } = await metaTeam();
    graph.addLead('900000000000001', {
      full_name: 'Avery Stone',
      phone_number: '+15125550161',
      email: 'avery.stone@example.com',
      'when_are_you_looking_to_move?': '3-6 months',
      'what_is_your_budget?': '$450k',
    });
    const body = notification(pageId, ['900000000000001']);
    const response = await post(body, metaSignature(APP_SECRET, body));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: 1 });
    // Stored before the answer; read by the job.
    expect((await workspaceLeads(t, team.workspace.id)).leads).toHaveLength(0);
    await drain();
    const { leads, contacts, inquiries, messages } = await workspaceLeads(t, team.workspace.id);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.source).toBe('facebook');
    expect(contacts[0]).toMatchObject({
      name: 'Avery Stone',
      phone: '+15125550161',
      email: 'avery.stone@example.com',
    });
    expect(inquiries[0]?.message).toBe(
      'When are you looking to move?: 3-6 months\nWhat is your budget?: $450k',
    );
    expect(messages.map((m) => m.gateReason)).toEqual(['no_consent']);
    expect(graph.requests.at(-1)).toEqual({ path: '/v21.0/900000000000001', token: PAGE_TOKEN });
  });

  it('refuses a body not signed with the app secret, and stores nothing', async () => {
    const { team, pageId } = await metaTeam();
    const body = notification(pageId, ['900000000000002']);
    expect((await post(body, undefined)).statusCode).toBe(403);
    expect((await post(body, metaSignature('some-other-secret', body))).statusCode).toBe(403);
    expect(
      (await post(body.replace('900000000000002', '900000000000003'), metaSignature(APP_SECRET, body)))
        .statusCode,
    ).toBe(403);
    const stored = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(stored).toHaveLength(0);
  });

  it('a retried notification is one lead; a Graph outage is retried until the lead is read', async () => {
    const { team, pageId, created } = await metaTeam({ mapping: { cell_phone: 'phone' } });
    graph.addLead('900000000000004', { full_name: 'Kai Moreno', cell_phone: '512-555-0162' });
    graph.failNext(2);
    const body = notification(pageId, ['900000000000004']);
    await post(body, metaSignature(APP_SECRET, body));
    await post(body, metaSignature(APP_SECRET, body));
    await drain();
    const { leads, contacts, inquiries } = await workspaceLeads(t, team.workspace.id);
    expect(leads).toHaveLength(1);
    expect(inquiries).toHaveLength(1);
    expect(contacts[0]?.phone).toBe('+15125550162');
    const deliveries = await t.app.inject({
      method: 'GET',
      url: `/api/v1/integrations/sources/${created.source.id}/deliveries`,
      headers: asSession(team.owner.session),
    });
    const statuses = deliveries
      .json()
      .payloads.map((p: { status: string }) => p.status)
      .sort();
    expect(statuses).toEqual(['duplicate', 'processed']);
  });

  it('a lead the Graph API never gives is marked failed with the reason after the last attempt', async () => {
    const { team, pageId } = await metaTeam();
    const body = notification(pageId, ['900000000000099']);
    await post(body, metaSignature(APP_SECRET, body));
    await drain();
    const [payload] = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(payload?.status).toBe('failed');
    expect(payload?.error).toContain('does not exist');
    expect(payload?.attempts).toBe(PROCESS_PAYLOAD_ATTEMPTS);
  });

  it('acknowledges a notification for a page no source takes, storing nothing', async () => {
    const body = notification('999999999999', ['900000000000005']);
    const response = await post(body, metaSignature('unknown', body));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: 0 });
  });
});
