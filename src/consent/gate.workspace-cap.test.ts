import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildWorkspace, consentEvidence } from '../../test/helpers/factories.js';
import { toJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { HOUR } from '../platform/clock.js';
import { updateWorkspace } from '../workspaces/workspaces.repository.js';
import { addWorkspaceSends, hourOf, workspaceSendsInDay } from './gate.counters.js';

/** The workspace-wide daily cap, and the per-hour counters it reads instead of counting the day's texts. */
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

  it('reads the counters the sends keep, not the messages', async () => {
    const workspace = await buildWorkspace(t.ctx);
    await updateWorkspace(t.ctx.db, workspace.id, {
      settings: toJson({ messaging: { workspaceDailyCap: 40 } }),
    });
    const now = t.clock.now();
    // 40 texts counted this day and none as messages: the count comes from the counters alone.
    await addWorkspaceSends(t.ctx.db, { workspaceId: workspace.id, hour: hourOf(now), count: 25 });
    await addWorkspaceSends(t.ctx.db, {
      workspaceId: workspace.id,
      hour: hourOf(new Date(now.getTime() - 23 * HOUR)),
      count: 15,
    });
    // An hour wholly older than the day does not count.
    await addWorkspaceSends(t.ctx.db, {
      workspaceId: workspace.id,
      hour: hourOf(new Date(now.getTime() - 26 * HOUR)),
      count: 1000,
    });
    expect(await workspaceSendsInDay(t.ctx.db, workspace.id, now)).toBe(40);
    const lead = await buildLead(t.ctx, { workspaceId: workspace.id, consent: consentEvidence() });
    expect(lead.firstResponse).toMatchObject({ status: 'deferred', reason: 'workspace_cap' });
  });
});
