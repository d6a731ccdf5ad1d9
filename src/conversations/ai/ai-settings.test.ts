import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAi, startFakeOpenAi } from '../../../test/fakes/openai/fake-openai.js';
import { modelReading } from '../../../test/helpers/ai.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { auditRows, buildMember, buildTeam, nextPhone, type Team } from '../../../test/helpers/factories.js';
import { toJson } from '../../db/schema.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { updateWorkspace } from '../../workspaces/workspaces.repository.js';
import { createLanguageAssist } from './assist.js';

const KEY = 'sk-workspace-key-0123456789';

describe('per-workspace language model', () => {
  let instance: FakeOpenAi;
  let own: FakeOpenAi;
  let t: TestApp;
  let teamA: Team;
  let teamB: Team;

  beforeAll(async () => {
    instance = await startFakeOpenAi();
    own = await startFakeOpenAi();
    t = await buildTestApp({
      env: { LLM_PROVIDER: 'openai', LLM_BASE_URL: instance.url, LLM_MODEL: 'instance-model' },
    });
    // As the runtime does: the instance's assist from LLM_*.
    t.ctx.assist = createLanguageAssist(t.ctx.config.llm) ?? undefined;
    t.clock.set('2026-01-15T16:00:00.000Z');
    teamA = await buildTeam(t);
    teamB = await buildTeam(t);
  });
  afterAll(async () => {
    delete t.ctx.assist;
    await t.close();
    await instance.close();
    await own.close();
  });

  const put = (team: Team, payload: Record<string, unknown>, headers = asSession(team.owner.session)) =>
    t.app.inject({ method: 'PUT', url: '/api/v1/ai/settings', headers, payload });
  const get = (team: Team) =>
    t.app.inject({ method: 'GET', url: '/api/v1/ai/settings', headers: asSession(team.owner.session) });
  const test = (team: Team) =>
    t.app.inject({ method: 'POST', url: '/api/v1/ai/test', headers: asSession(team.owner.session) });

  it('uses the instance model until the workspace chooses', async () => {
    expect((await get(teamA)).json()).toEqual({
      provider: 'instance',
      model: null,
      baseUrl: null,
      apiKeySet: false,
    });
    const tested = await test(teamA);
    expect(tested.json()).toMatchObject({ provider: 'openai', model: 'openai.chat/instance-model' });
    expect(instance.requests).toHaveLength(1);
  });

  it('validates the choice and lets only owners and admins in a session make it', async () => {
    const noModel = await put(teamA, { provider: 'openai', apiKey: KEY });
    expect(noModel.statusCode).toBe(422);
    expect(noModel.json().error.details).toEqual({ fields: ['model'] });
    const noKey = await put(teamA, { provider: 'anthropic', model: 'claude-x' });
    expect(noKey.statusCode).toBe(422);
    expect(noKey.json().error.details).toEqual({ fields: ['apiKey'] });
    const ftp = await put(teamA, { provider: 'openai', model: 'm', baseUrl: 'ftp://x' });
    expect(ftp.json().error.code).toBe('invalid_base_url');
    expect((await put(teamA, { provider: 'mystery' })).statusCode).toBe(400);
    const agent = await buildMember(t, teamA.workspace.id, 'agent');
    expect((await put(teamA, { provider: 'none' }, asSession(agent.session))).statusCode).toBe(403);
    expect((await put(teamA, { provider: 'none' }, asApiKey(teamA.key.secret))).statusCode).toBe(403);
    expect((await get(teamA)).json().provider).toBe('instance');
  });

  it("keeps the key sealed and unseen, and tests and converses with the workspace's own model", async () => {
    const saved = await put(teamA, { provider: 'openai', model: 'ws-model', baseUrl: own.url, apiKey: KEY });
    expect(saved.statusCode).toBe(200);
    const view = { provider: 'openai', model: 'ws-model', baseUrl: own.url, apiKeySet: true };
    expect(saved.json()).toEqual(view);
    const shown = await get(teamA);
    expect(shown.json()).toEqual(view);
    expect(shown.body).not.toContain(KEY);
    const row = await t.ctx.db
      .selectFrom('workspaces')
      .select('settings')
      .where('id', '=', teamA.workspace.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row.settings)).not.toContain(KEY);
    const audits = (await auditRows(t, teamA.workspace.id)).filter((r) => r.action === 'settings.ai_changed');
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain(KEY);

    own.enqueue({ content: JSON.stringify(modelReading({ intent: 'buy', beds: 3 })) });
    const tested = await test(teamA);
    expect(tested.json()).toMatchObject({ ok: true, model: 'openai.chat/ws-model', outcome: 'used' });
    expect(own.requests.at(-1)).toMatchObject({
      authorization: `Bearer ${KEY}`,
      body: { model: 'ws-model' },
    });
    const instanceCalls = instance.requests.length;

    // A lead's text to A is read by A's model; B's by the instance's.
    const ownCalls = own.requests.length;
    for (const team of [teamA, teamB]) {
      const from = nextPhone();
      for (const body of ['Hi, looking to buy', 'a 3 bed house in Austin, pre-approved']) {
        const inbound = await t.app.inject({
          method: 'POST',
          url: '/api/v1/sandbox/inbound',
          headers: asApiKey(team.key.secret),
          payload: { from, body },
        });
        expect(inbound.statusCode).toBe(201);
        await drainJobs(t.ctx, jobDefinitions);
      }
      if (team === teamA) {
        expect(own.requests.length).toBeGreaterThan(ownCalls);
        expect(instance.requests).toHaveLength(instanceCalls);
      }
    }
    expect(instance.requests.length).toBeGreaterThan(instanceCalls);
    expect(instance.requests.every((r) => r.body.model === 'instance-model')).toBe(true);
    expect(own.requests.every((r) => r.body.model === 'ws-model')).toBe(true);
    expect((await test(teamB)).json()).toMatchObject({ model: 'openai.chat/instance-model' });

    // Same provider without a key keeps it; `none` forgets it and leaves the built-in engine alone.
    expect(
      (await put(teamA, { provider: 'openai', model: 'ws-model-2', baseUrl: own.url })).json(),
    ).toMatchObject({
      apiKeySet: true,
      model: 'ws-model-2',
    });
    expect((await put(teamA, { provider: 'none' })).json()).toEqual({
      provider: 'none',
      model: null,
      baseUrl: null,
      apiKeySet: false,
    });
    expect((await test(teamA)).json()).toMatchObject({ ok: false, error: { code: 'not_configured' } });
  });
});

describe('a workspace model on a private address', () => {
  let t: TestApp;
  let team: Team;
  let model: FakeOpenAi;
  beforeAll(async () => {
    model = await startFakeOpenAi();
    t = await buildTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'false' } });
    team = await buildTeam(t);
  });
  afterAll(async () => {
    await t.close();
    await model.close();
  });

  it('is refused unless OUTBOUND_ALLOW_PRIVATE allows it', async () => {
    for (const baseUrl of [
      'http://127.0.0.1:11434/v1',
      'http://10.0.0.5/v1',
      'http://[::1]:8000/v1',
      'http://[::7f00:1]:8000/v1',
      'http://[::127.0.0.1]:8000/v1',
      'http://[2002:7f00:1::]/v1',
      'http://[64:ff9b:1::7f00:1]/v1',
      'http://localhost:11434/v1',
    ]) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/ai/settings',
        headers: asSession(team.owner.session),
        payload: { provider: 'openai', model: 'llama', baseUrl },
      });
      expect(response.statusCode, baseUrl).toBe(422);
      expect(response.json().error).toMatchObject({
        code: 'invalid_base_url',
        details: { fields: ['baseUrl'] },
      });
    }
    const publicHost = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/ai/settings',
      headers: asSession(team.owner.session),
      payload: { provider: 'openai', model: 'llama', baseUrl: 'http://93.184.215.14/v1' },
    });
    expect(publicHost.statusCode).toBe(200);
  });

  it('is refused at connect time when its name resolves to a private address after it was saved', async () => {
    // As if `localhost` had resolved to a public address when the URL was saved (DNS rebinding).
    const baseUrl = model.url.replace('127.0.0.1', 'localhost');
    await updateWorkspace(t.ctx.db, team.workspace.id, {
      settings: toJson({ ai: { provider: 'openai', model: 'llama', baseUrl } }),
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ai/test',
      headers: asSession(team.owner.session),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: false });
    expect(model.requests).toHaveLength(0);
  });
});
