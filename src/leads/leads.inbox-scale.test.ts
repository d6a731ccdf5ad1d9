import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, buildUser, type Team } from '../../test/helpers/factories.js';
import { newId } from '../platform/ids.js';
import { LEAD_STAGES } from './leads.table.js';

const LEADS = 10_000;
const SOURCES = ['zillow', 'realtor', 'website', 'referral', 'facebook'];

/** The inbox over 10,000 leads: every filter finds the right page (its speed: `npm run bench:inbox`). */
describe(`the inbox at ${LEADS} leads, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let agentId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
    const workspaceId = team.workspace.id;
    agentId = (await buildUser(t.ctx, { workspaceId, role: 'agent', name: 'Scale Agent' })).user.id;
    const start = Date.parse('2025-06-01T00:00:00.000Z');
    for (let offset = 0; offset < LEADS; offset += 500) {
      const batch = Array.from({ length: Math.min(500, LEADS - offset) }, (_, i) => {
        const n = offset + i;
        const at = new Date(start + n * 60_000).toISOString();
        return { n, at, contactId: newId(), leadId: newId() };
      });
      await t.ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('contacts')
          .values(
            batch.map((b) => ({
              id: b.contactId,
              workspaceId,
              name: `Person ${b.n}`,
              firstName: 'Person',
              phone: `+1512${String(2_000_000 + b.n).padStart(7, '0')}`,
              phoneRaw: null,
              phoneValid: 1,
              email: `person${b.n}@example.com`,
              state: 'TX',
              zip: null,
              timezone: null,
              restrictedAt: null,
              createdAt: b.at,
              updatedAt: b.at,
            })),
          )
          .execute();
        await trx
          .insertInto('leads')
          .values(
            batch.map((b) => ({
              id: b.leadId,
              workspaceId,
              contactId: b.contactId,
              source: SOURCES[b.n % SOURCES.length] as string,
              leadType: null,
              stage: LEAD_STAGES[b.n % LEAD_STAGES.length] as (typeof LEAD_STAGES)[number],
              score: b.n % 100,
              profile: '{}',
              tags: '[]',
              assignedUserId: b.n % 3 === 0 ? agentId : null,
              receivedAt: b.at,
              lastInquiryAt: b.at,
              firstResponseQueuedAt: null,
              firstResponseSentAt: null,
              lastActivityAt: b.at,
              createdAt: b.at,
              updatedAt: b.at,
            })),
          )
          .execute();
        await trx
          .insertInto('conversations')
          .values(
            batch.map((b) => ({
              id: newId(),
              workspaceId,
              leadId: b.leadId,
              contactId: b.contactId,
              channel: 'sms' as const,
              assistantPaused: b.n % 50 === 0 ? 1 : 0,
              pausedReason: b.n % 50 === 0 ? 'handoff:hot_lead' : null,
              lastMessageAt: null,
              createdAt: b.at,
              updatedAt: b.at,
            })),
          )
          .execute();
      });
    }
  });
  afterAll(() => t.close());

  it.each([
    ['newest first', '', 50],
    ['by stage', '?stage=qualified', 50],
    ['by source', '?source=referral', 50],
    ['by agent', `?assignedUserId=AGENT`, 50],
    ['waiting on a person', '?needsHuman=true', 50],
    ['by phone digits', '?q=2009%20999', 1],
    ['by name', '?q=Person%209998', 1],
  ])('lists %s', async (_label, query, expected) => {
    const url = `/api/v1/leads${query.replace('AGENT', agentId)}`;
    const response = await t.app.inject({ method: 'GET', url, headers: asApiKey(team.key.secret) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ items: unknown[] }>().items).toHaveLength(expected);
  });
});
