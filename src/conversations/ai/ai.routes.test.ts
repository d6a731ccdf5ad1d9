import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAi, startFakeOpenAi } from '../../../test/fakes/openai/fake-openai.js';
import { modelReading } from '../../../test/helpers/ai.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildMember, buildTeam, type Team } from '../../../test/helpers/factories.js';
import { SAMPLE_MESSAGE } from './test-model.js';

describe('POST /api/v1/ai/test', () => {
  let server: FakeOpenAi;
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startFakeOpenAi();
    t = await buildTestApp({
      env: { LLM_PROVIDER: 'openai', LLM_BASE_URL: server.url, LLM_MODEL: 'llama3.1:8b' },
    });
    team = await buildTeam(t);
  });
  afterAll(async () => {
    await t.close();
    await server.close();
  });

  const post = (headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/ai/test', headers, ...(payload ? { payload } : {}) });

  it('calls the configured model once and shows what it read', async () => {
    server.enqueue({ content: JSON.stringify(modelReading({ intent: 'buy', beds: 3, areas: ['Austin'] })) });
    const response = await post(asSession(team.owner.session));

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ok: true,
      provider: 'openai',
      model: 'openai.chat/llama3.1:8b',
      budgetMs: 2500,
      withinBudget: true,
      outcome: 'used',
      sample: { message: SAMPLE_MESSAGE, understanding: { intent: 'buy', beds: 3, areas: ['Austin'] } },
      error: null,
    });
    const prompt = server.requests.at(-1)?.body.messages.at(-1)?.content;
    expect(prompt).toContain(SAMPLE_MESSAGE);
    expect(prompt).toContain(`Time zone: ${team.workspace.timezone}`);
  });

  it('tries a message of the caller', async () => {
    server.enqueue({ content: JSON.stringify(modelReading({ intent: 'rent' })) });
    const response = await post(asSession(team.owner.session), { message: 'need a 2br rental asap' });
    expect(response.json()).toMatchObject({ ok: true, sample: { message: 'need a 2br rental asap' } });
  });

  it('reports a provider failure as a result, naming what to check', async () => {
    server.enqueue({ status: 401, message: 'Incorrect API key provided' });
    const response = await post(asSession(team.owner.session));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ok: false,
      outcome: 'fallback_error',
      sample: null,
      error: { code: 'provider_error', message: expect.stringContaining('LLM_API_KEY') },
    });
  });

  it('is for owners and admins, signed in', async () => {
    const agent = await buildMember(t, team.workspace.id, 'agent');
    const admin = await buildMember(t, team.workspace.id, 'admin');
    server.enqueue({ content: JSON.stringify(modelReading()) });

    expect((await post(asSession(agent.session))).statusCode).toBe(403);
    expect((await post(asApiKey(team.key.secret))).statusCode).toBe(403);
    expect((await post({})).statusCode).toBe(401);
    expect((await post(asSession(admin.session))).statusCode).toBe(200);
  });

  it('is documented in the OpenAPI description', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/v1/ai/test'].post.summary).toMatch(/language model/);
  });

  it('limits tests per workspace', async () => {
    const other = await buildTeam(t);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await post(asSession(other.owner.session))).statusCode);
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('POST /api/v1/ai/test without a model', () => {
  it('says the built-in engine answers alone', async () => {
    const t = await buildTestApp();
    try {
      const team = await buildTeam(t);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/ai/test',
        headers: asSession(team.owner.session),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        ok: false,
        provider: 'none',
        model: null,
        error: { code: 'not_configured' },
      });
    } finally {
      await t.close();
    }
  });
});
