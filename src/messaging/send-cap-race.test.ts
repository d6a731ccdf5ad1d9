import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildWorkspace, consentEvidence } from '../../test/helpers/factories.js';
import { countSendUnderCap, workspaceSendsInDay } from '../consent/gate.counters.js';
import { toJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { createWorker } from '../jobs/jobs.worker.js';
import { updateWorkspace } from '../workspaces/workspaces.repository.js';

const CAP = 3;
const LEADS = 12;

/**
 * Two worker processes (two apps with their own connections to one database) send a workspace's queued texts
 * at once, each gate seeing room under the cap: the counter, checked and raised under the workspace's lock in
 * the claim's transaction, lets exactly the cap through.
 */
// On SQLite one process's write transaction already excludes every other's; two apps in one process would only
// wait on each other's locks inside one event loop, which no deployment does.
describe.runIf(testDialect() === 'postgres')('workers racing at the workspace cap (postgres)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await buildTestApp();
    b = await buildTestApp({ sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('never sends past the cap, and holds the rest as workspace_cap', async () => {
    const workspace = await buildWorkspace(a.ctx);
    await updateWorkspace(a.ctx.db, workspace.id, {
      settings: toJson({ messaging: { workspaceDailyCap: CAP } }),
    });
    for (let i = 0; i < LEADS; i += 1) {
      const lead = await buildLead(a.ctx, { workspaceId: workspace.id, consent: consentEvidence() });
      expect(lead.firstResponse.status).toBe('queued');
    }

    // Each worker claims every send it can and runs them all at once: 2 × 12 gates see room under the cap.
    const worker = (t: TestApp) =>
      createWorker({
        ctx: t.ctx,
        definitions: jobDefinitions,
        concurrency: LEADS,
        pollMs: 1000,
        leaseMs: 60_000,
        maintenance: false,
      });
    await Promise.all([worker(a).runOnce(), worker(b).runOnce()]);
    await drainJobs(a.ctx, jobDefinitions);

    const texts = await a.ctx.db
      .selectFrom('messages')
      .select(['status', 'gateReason'])
      .where('workspaceId', '=', workspace.id)
      .where('kind', '=', 'first_response')
      .execute();
    const gone = texts.filter((m) => m.status === 'sent' || m.status === 'sending');
    expect(gone).toHaveLength(CAP);
    expect(texts.filter((m) => m.status === 'deferred' && m.gateReason === 'workspace_cap')).toHaveLength(
      LEADS - CAP,
    );
    expect(await workspaceSendsInDay(a.ctx.db, workspace.id, a.clock.now())).toBe(CAP);
  });
});

describe.runIf(testDialect() === 'postgres')(
  'the workspace counter under concurrent claims (postgres)',
  () => {
    let a: TestApp;
    let b: TestApp;
    beforeAll(async () => {
      a = await buildTestApp();
      b = await buildTestApp({ sameDatabaseAs: a });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('lets exactly the cap through when 20 transactions of two processes check and count at once', async () => {
      const workspace = await buildWorkspace(a.ctx);
      const now = a.clock.now();
      const claims = Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a : b).ctx.db
          .transaction()
          .execute((trx) => countSendUnderCap(trx, { workspaceId: workspace.id, now, cap: CAP })),
      );
      const outcomes = await Promise.all(claims);
      expect(outcomes.filter(Boolean)).toHaveLength(CAP);
      expect(await workspaceSendsInDay(a.ctx.db, workspace.id, now)).toBe(CAP);
    });
  },
);
