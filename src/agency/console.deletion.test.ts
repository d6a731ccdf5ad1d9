import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import {
  auditRows,
  buildLead,
  buildOperator,
  buildTeam,
  signIn,
  type Team,
} from '../../test/helpers/factories.js';

/** Deleting a workspace from the operator console: its export first, then nothing of it left, audited. */
describe(`deleting a workspace from the console, on ${testDialect()}`, () => {
  let t: TestApp;
  let doomed: Team;
  let kept: Team;
  let operator: Record<string, string>;
  let operatorId: string;

  const remove = (workspaceId: string, confirm: string, headers = operator) =>
    t.app.inject({
      method: 'DELETE',
      url: `/api/v1/operator/workspaces/${workspaceId}`,
      headers,
      payload: { confirm },
    });

  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-05-04T12:00:00.000Z' });
    doomed = await buildTeam(t);
    kept = await buildTeam(t);
    await buildLead(t.ctx, { workspaceId: doomed.workspace.id });
    await buildLead(t.ctx, { workspaceId: kept.workspace.id });
    const op = await buildOperator(t.ctx);
    operatorId = op.user.id;
    operator = asSession(await signIn(t.app, op.user.email, op.password));
  });
  afterAll(() => t.close());

  it('is refused to workspace members, keys, and without the slug typed again', async () => {
    const { slug, id } = doomed.workspace;
    for (const headers of [asSession(doomed.owner.session), asApiKey(doomed.key.secret)]) {
      expect((await remove(id, slug, headers)).statusCode).toBe(403);
    }
    const mistyped = await remove(id, `${slug}-x`);
    expect(mistyped.statusCode).toBe(422);
    expect(mistyped.json()).toMatchObject({ error: { code: 'confirm_mismatch' } });
    expect((await remove('00000000-0000-7000-8000-000000000000', slug)).statusCode).toBe(404);
    const still = await t.ctx.db.selectFrom('leads').select('id').where('workspaceId', '=', id).execute();
    expect(still).toHaveLength(1);
  });

  it('exports the workspace, deletes every row of it and none of another, and audits it for the operator', async () => {
    const { slug, id } = doomed.workspace;
    const response = await remove(id, slug);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      export: { fileName: string; bytes: number };
      counts: Record<string, number>;
    }>();
    expect(body.counts).toMatchObject({ leads: 1, workspaces: 1 });

    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/operator/workspace-exports/${body.export.fileName}`,
      headers: operator,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.rawPayload.length).toBe(body.export.bytes);
    const files = unzipSync(new Uint8Array(download.rawPayload));
    expect(JSON.parse(strFromU8(files['leads.json'] as Uint8Array))).toHaveLength(1);
    const denied = await t.app.inject({
      method: 'GET',
      url: `/api/v1/operator/workspace-exports/${body.export.fileName}`,
      headers: asSession(kept.owner.session),
    });
    expect(denied.statusCode).toBe(403);
    const traversal = await t.app.inject({
      method: 'GET',
      url: '/api/v1/operator/workspace-exports/..%2F..%2Fsecrets.zip',
      headers: operator,
    });
    expect(traversal.statusCode).toBe(400);

    for (const table of ['workspaces', 'leads', 'users', 'apiKeys'] as const) {
      const key = table === 'workspaces' ? 'id' : 'workspaceId';
      const left = await t.ctx.db.selectFrom(table).select(key).where(key, '=', id).execute();
      expect(left, table).toHaveLength(0);
    }
    const other = await t.ctx.db
      .selectFrom('leads')
      .select('id')
      .where('workspaceId', '=', kept.workspace.id)
      .execute();
    expect(other).toHaveLength(1);
    expect((await remove(id, slug)).statusCode).toBe(404);

    const entry = (await auditRows(t, null)).find((row) => row.action === 'operator.workspace_deleted');
    expect(entry).toMatchObject({ actorId: operatorId, targetId: id });
  });
});
