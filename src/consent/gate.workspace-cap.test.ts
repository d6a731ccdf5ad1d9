import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildWorkspace, consentEvidence } from '../../test/helpers/factories.js';
import { toJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { HOUR } from '../platform/clock.js';
import { updateWorkspace } from '../workspaces/workspaces.repository.js';
import { workspaceSendCountQuery } from './gate.js';

/** The workspace-wide daily cap: the count it rests on, and the index that keeps that count cheap. */
describe(`workspace daily cap (${testDialect()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('defers the first text once the workspace has sent its daily number', async () => {
    const workspace = await buildWorkspace(t.ctx);
    await updateWorkspace(t.ctx.db, workspace.id, {
      settings: toJson({ messaging: { workspaceDailyCap: 2 } }),
    });
    const lead = () => buildLead(t.ctx, { workspaceId: workspace.id, consent: consentEvidence() });

    expect((await lead()).firstResponse.status).toBe('queued');
    expect((await lead()).firstResponse.status).toBe('queued');
    await drainJobs(t.ctx, jobDefinitions);
    const third = await lead();
    expect(third.firstResponse).toMatchObject({ status: 'deferred', reason: 'workspace_cap' });

    // Texts sent more than a day ago no longer count.
    t.clock.advance(25 * HOUR);
    expect((await lead()).firstResponse.status).toBe('queued');
  });

  it.runIf(testDialect() === 'sqlite')(
    'counts through the partial index, not the messages table',
    async () => {
      const { sql, parameters } = workspaceSendCountQuery(t.ctx.db, 'any', new Date()).compile();
      const plan = await t.ctx.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]),
      );
      expect(plan.rows.map((row) => row.detail).join('\n')).toMatch(
        /USING INDEX messages_workspace_sent_idx/,
      );
    },
  );
});
