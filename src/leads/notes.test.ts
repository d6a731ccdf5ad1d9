import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildMember, buildTeam, type Team } from '../../test/helpers/factories.js';
import { SECOND } from '../platform/clock.js';
import { deleteNotesForLeads } from './notes.repository.js';

interface Note {
  id: string;
  body: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
}

describe(`notes on a lead, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  let leadId: string;

  const post = (id: string, payload: object, headers = asSession(team.owner.session)) =>
    t.app.inject({ method: 'POST', url: `/api/v1/leads/${id}/notes`, headers, payload });
  const list = async (id: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${id}/notes`,
      headers: asApiKey(team.key.secret),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Note[] }>().items;
  };

  beforeAll(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
    other = await buildTeam(t);
    leadId = (await buildLead(t.ctx, { workspaceId: team.workspace.id })).leadId;
  });
  afterAll(() => t.close());

  it('keeps notes newest first with their authors', async () => {
    const agent = await buildMember(t, team.workspace.id, 'agent');
    const first = await post(leadId, { body: '  Wants a pool  ' }, asSession(agent.session));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      body: 'Wants a pool',
      authorId: agent.user.id,
      authorName: agent.user.name,
      createdAt: t.clock.now().toISOString(),
    });
    t.clock.advance(SECOND);
    const byKey = await post(leadId, { body: 'Synced from the CRM' }, asApiKey(team.key.secret));
    expect(byKey.statusCode, byKey.body).toBe(201);
    expect(byKey.json()).toMatchObject({ authorId: null, authorName: null });

    const notes = await list(leadId);
    expect(notes.map((n) => n.body)).toEqual(['Synced from the CRM', 'Wants a pool']);
  });

  it('refuses an empty or overlong note, and another workspace', async () => {
    for (const body of ['', '   ', 'x'.repeat(5001)]) {
      const response = await post(leadId, { body });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: expect.any(String) });
    }
    expect((await post(leadId, { body: 'x'.repeat(5000) })).statusCode).toBe(201);
    expect((await post(leadId, { body: 'sneaky' }, asApiKey(other.key.secret))).statusCode).toBe(404);
    const foreign = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${leadId}/notes`,
      headers: asSession(other.owner.session),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('Wants a pool');
  });

  it("erases a person's notes, only in their workspace", async () => {
    const otherLead = (await buildLead(t.ctx, { workspaceId: other.workspace.id })).leadId;
    const kept = await post(otherLead, { body: 'Other team note' }, asSession(other.owner.session));
    expect(kept.statusCode).toBe(201);
    const before = (await list(leadId)).length;
    expect(before).toBeGreaterThan(0);

    const deleted = await t.ctx.db
      .transaction()
      .execute((trx) => deleteNotesForLeads(trx, team.workspace.id, [leadId, otherLead]));
    expect(deleted).toBe(before);
    expect(await list(leadId)).toEqual([]);
    expect(await deleteNotesForLeads(t.ctx.db, team.workspace.id, [])).toBe(0);
    const survivors = await t.ctx.db.selectFrom('leadNotes').select('leadId').execute();
    expect(survivors.map((n) => n.leadId)).toEqual([otherLead]);
  });
});
