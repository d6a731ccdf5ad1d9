import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildTeam, type Team } from '../../test/helpers/factories.js';
import { buildPersonWithHistory, type Person } from '../../test/helpers/privacy.js';
import { deleteWorkspace } from './workspace-deletion.service.js';

describe(`deleting a workspace, on ${testDialect()}`, () => {
  let t: TestApp;
  let a: Team;
  let b: Team;
  let person: Person;
  let bLeadId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    a = await buildTeam(t);
    b = await buildTeam(t);
    person = await buildPersonWithHistory(t, a, {
      name: 'Gwendolyn Outgoing',
      phoneRaw: '512 555 0455',
      phoneE164: '+15125550455',
      email: 'gwen.out@example.com',
      start: '2026-01-20T17:00:00Z',
    });
    bLeadId = (await buildLead(t.ctx, { workspaceId: b.workspace.id })).leadId;
  });
  afterAll(() => t.close());

  it('exports everything first, then leaves no row of the workspace and every row of the others', async () => {
    const file = path.join(t.ctx.config.dataDir, 'workspace-a.zip');
    const result = await deleteWorkspace(t.ctx, { workspaceId: a.workspace.id, exportFile: file });
    expect(result.counts.contacts).toBe(1);

    const files = unzipSync(readFileSync(file));
    const contacts = JSON.parse(strFromU8(files['contacts.json'] as Uint8Array));
    expect(contacts[0]).toMatchObject({ name: person.name, email: person.email });
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['messages.csv', 'lead_notes.json', 'workspaces.json']),
    );
    const users = strFromU8(files['users.json'] as Uint8Array);
    expect(users).toContain(a.owner.user.email);
    expect(users).not.toMatch(/passwordHash|argon2/);
    expect(strFromU8(files['api_keys.json'] as Uint8Array)).not.toMatch(/key_?hash/i);
    expect(files['sessions.json']).toBeUndefined();

    const left: string[] = [];
    for (const table of await t.ctx.db.introspection.getTables()) {
      const key = table.name === 'workspaces' ? 'id' : 'workspace_id';
      if (!table.columns.some((c) => c.name === key)) continue;
      const rows = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(table.name)} where ${sql.ref(key)} = ${a.workspace.id}`.execute(
        t.ctx.db,
      );
      if (Number(rows.rows[0]?.n) > 0) left.push(table.name);
    }
    expect(left).toEqual([]);
    const bLead = await t.ctx.db.selectFrom('leads').select('id').where('id', '=', bLeadId).execute();
    expect(bLead).toHaveLength(1);
    const bKey = await t.ctx.db
      .selectFrom('apiKeys')
      .select('id')
      .where('workspaceId', '=', b.workspace.id)
      .execute();
    expect(bKey).toHaveLength(1);
  });
});
