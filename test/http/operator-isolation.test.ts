import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveLead } from '../../src/leads/intake.service.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../helpers/app.js';
import { auditRows, buildMember, buildOperator, buildTeam, signIn, type Team } from '../helpers/factories.js';

/**
 * The operator's routes against the route table: an operator sees every workspace, a workspace's own owner,
 * admin or key reaches none of them, and an operator viewing as a workspace can call no route that writes.
 */
const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];
const OTHER_ID = '00000000-0000-7000-8000-000000000000';

function methodsOf(route: RouteOptions): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).filter(
    (m) => m !== 'HEAD' && m !== 'OPTIONS',
  );
}
const urlOf = (route: RouteOptions, id: string) => route.url.replace(/:\w+/g, id);

describe('operator routes and view-as, from the route table', () => {
  let t: TestApp;
  let a: Team;
  let b: Team;
  let operator: Record<string, string>;

  beforeAll(async () => {
    t = await buildTestApp();
    a = await buildTeam(t);
    b = await buildTeam(t);
    const op = await buildOperator(t.ctx);
    operator = asSession(await signIn(t.app, op.user.email, op.password));
    for (const [workspaceId, name] of [
      [a.workspace.id, 'Alpha Lead'],
      [b.workspace.id, 'Bravo Secret Lead'],
    ] as const) {
      await receiveLead(t.ctx, {
        workspaceId,
        channel: 'api',
        source: 'zillow',
        name,
        email: `${name.length}@x.example`,
        attemptFirstResponse: false,
      });
    }
    await t.app.ready();
  });
  afterAll(() => t.close());

  const operatorRoutes = () =>
    t.routes.filter((r) => r.url.startsWith('/api/v1/') && r.config?.operator === true);

  it('an operator sees every workspace in the console', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/operator/console',
      headers: operator,
    });
    const ids = response.json<{ items: { id: string }[] }>().items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([a.workspace.id, b.workspace.id]));
  });

  it("refuses every operator route to a workspace's owner, admin and API key", async () => {
    const admin = await buildMember(t, a.workspace.id, 'admin');
    const callers = [asSession(a.owner.session), asSession(admin.session), asApiKey(a.key.secret)];
    const answers: string[] = [];
    expect(operatorRoutes().length).toBeGreaterThan(5);
    for (const route of operatorRoutes()) {
      for (const method of methodsOf(route)) {
        for (const headers of callers) {
          const response = await t.app.inject({
            method: method as 'GET',
            url: urlOf(route, a.workspace.id),
            headers,
            ...(UNSAFE.includes(method) ? { payload: {} } : {}),
          });
          if (response.statusCode !== 403) answers.push(`${method} ${route.url}: ${response.statusCode}`);
        }
      }
    }
    expect(answers).toEqual([]);
  });

  it("templates: an operator saves A's setup and previews it onto B; B's own people reach none of it", async () => {
    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operator/templates',
      headers: operator,
      payload: { workspaceId: a.workspace.id, name: 'Isolation' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.body).not.toContain('Alpha Lead');
    const templateId = saved.json<{ id: string }>().id;
    const preview = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/templates/${templateId}/preview`,
      headers: operator,
      payload: { workspaceIds: [b.workspace.id] },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.body).not.toContain('Bravo Secret Lead');

    const admin = await buildMember(t, b.workspace.id, 'admin');
    const callers = [asSession(b.owner.session), asSession(admin.session), asApiKey(b.key.secret)];
    const targets = { workspaceIds: [b.workspace.id] };
    const calls = [
      ['GET', '/operator/templates', undefined],
      ['GET', `/operator/templates/${templateId}`, undefined],
      ['POST', '/operator/templates', { workspaceId: b.workspace.id, name: 'Mine' }],
      ['POST', `/operator/templates/${templateId}/preview`, targets],
      ['POST', `/operator/templates/${templateId}/apply`, targets],
      ['POST', `/operator/templates/${templateId}/workspaces`, { name: 'Sneaky Realty' }],
      ['DELETE', `/operator/templates/${templateId}`, undefined],
    ] as const;
    const answers: string[] = [];
    for (const headers of callers) {
      for (const [method, url, payload] of calls) {
        const response = await t.app.inject({
          method,
          url: `/api/v1${url}`,
          headers,
          ...(payload ? { payload } : {}),
        });
        if (response.statusCode !== 403) answers.push(`${method} ${url}: ${response.statusCode}`);
      }
    }
    expect(answers).toEqual([]);
    const still = await t.app.inject({
      method: 'GET',
      url: `/api/v1/operator/templates/${templateId}`,
      headers: operator,
    });
    expect(still.statusCode).toBe(200);
    const actions = (await auditRows(t, b.workspace.id)).map((row) => row.action);
    expect(actions).not.toContain('template.applied');
    expect(actions).not.toContain('template.saved');
  });

  it("viewing as A reads A's data only and every route that writes answers 403", async () => {
    const start = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operator/workspaces/${a.workspace.id}/view-as`,
      headers: operator,
    });
    const viewing = { ...operator, 'x-view-as': start.json<{ token: string }>().token };
    const leads = await t.app.inject({ method: 'GET', url: '/api/v1/leads', headers: viewing });
    expect(leads.statusCode).toBe(200);
    expect(leads.body).toContain('Alpha Lead');
    expect(leads.body).not.toContain('Bravo');

    const auditBefore = (await auditRows(t, a.workspace.id)).length;
    const writes = t.routes.filter(
      (r) =>
        r.url.startsWith('/api/v1/') &&
        r.config?.operator !== true &&
        r.config?.auth === undefined &&
        methodsOf(r).some((m) => UNSAFE.includes(m)),
    );
    expect(writes.length).toBeGreaterThan(20);
    const answers: string[] = [];
    for (const route of writes) {
      for (const method of methodsOf(route).filter((m) => UNSAFE.includes(m))) {
        const response = await t.app.inject({
          method: method as 'POST',
          url: urlOf(route, OTHER_ID),
          headers: viewing,
          payload: {},
        });
        const code =
          response.statusCode === 403 ? response.json<{ error: { code: string } }>().error.code : '';
        if (code !== 'view_as_read_only')
          answers.push(`${method} ${route.url}: ${response.statusCode} ${code}`);
      }
    }
    expect(answers).toEqual([]);
    expect(await auditRows(t, a.workspace.id)).toHaveLength(auditBefore);
  });
});
