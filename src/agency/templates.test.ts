import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import {
  auditRows,
  buildMember,
  buildOperator,
  buildTeam,
  signIn,
  type Team,
} from '../../test/helpers/factories.js';
import { toJson } from '../db/schema.js';
import { receiveLead } from '../leads/intake.service.js';
import { newId } from '../platform/ids.js';
import { findWorkspaceBySlug } from '../workspaces/workspaces.repository.js';
import type { TemplateDiff } from './templates.diff.js';
import { insertTemplate } from './templates.repository.js';

/** The fields these tests read from the replies. */
interface Reply {
  id: string;
  version: number;
  items: unknown[];
  workspaces: unknown[];
  workspace: { id: string };
  counts: Record<string, number>;
  businessName?: string;
}

interface Preview {
  workspaceId: string;
  changes: number;
  lastApplied: { version: number } | null;
  sections: TemplateDiff;
}

describe(`workspace templates, on ${testDialect()}`, () => {
  let t: TestApp;
  let a: Team;
  let b: Team;
  let operator: Record<string, string>;
  let agentId: string;

  const call = async (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers: object,
    payload?: object,
  ) => {
    const response = await t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: headers as Record<string, string>,
      ...(payload ? { payload } : {}),
    });
    return {
      status: response.statusCode,
      body: (response.body ? response.json() : {}) as Reply,
      text: response.body,
    };
  };
  const asOwner = (team: Team) => asSession(team.owner.session);
  const ok = async (expected: number, pending: ReturnType<typeof call>) => {
    const response = await pending;
    expect(response.status, response.text).toBe(expected);
    return response.body;
  };
  const preview = async (templateId: string, workspaceId: string): Promise<Preview> => {
    const body = await ok(
      200,
      call('POST', `/operator/templates/${templateId}/preview`, operator, { workspaceIds: [workspaceId] }),
    );
    return (body.workspaces as Preview[])[0] as Preview;
  };
  const keys = (diff: Preview, section: keyof TemplateDiff, kind: 'added' | 'changed' | 'removed') =>
    diff.sections[section][kind].map((item) => item.key).sort();

  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-04-02T15:00:00.000Z' });
    a = await buildTeam(t);
    b = await buildTeam(t);
    const op = await buildOperator(t.ctx);
    operator = asSession(await signIn(t.app, op.user.email, op.password));
    const agent = await buildMember(t, a.workspace.id, 'agent');
    agentId = agent.user.id;
    const owner = asOwner(a);
    await ok(200, call('PATCH', '/conversation/settings', owner, { assistantName: 'Sunny', tone: 'upbeat' }));
    await ok(
      200,
      call('PATCH', '/messaging/settings', owner, {
        businessName: 'Alpha Realty Private',
        supportContact: 'help@alpha-private.example',
        quietHours: { start: '20:00', end: '09:00' },
        helpTemplate: '{businessName}: help at {supportContact}. Reply STOP to opt out.',
      }),
    );
    await ok(200, call('PATCH', '/voice/settings', owner, { transfer: { fallbackNumber: '+15125550188' } }));
    await ok(
      201,
      call('POST', '/appointment-types', owner, {
        name: 'Buyer consultation',
        durationMinutes: 60,
        locationKind: 'office',
        locationText: '1 Main St',
        agents: [{ agentId }],
      }),
    );
    await ok(
      201,
      call('POST', '/knowledge/listings', owner, {
        address: '12 Oak St, Austin, TX 78704',
        price: 450000,
        showingNotes: 'Lockbox code 4417',
      }),
    );
    await ok(201, call('POST', '/knowledge/listings', owner, { address: '9 Elm Ave, Austin, TX 78704' }));
    await ok(
      201,
      call('POST', '/knowledge/faqs', owner, {
        question: 'Do you work with first-time buyers?',
        answer: 'Yes, we guide first-time buyers from pre-approval to closing.',
      }),
    );
    await receiveLead(t.ctx, {
      workspaceId: a.workspace.id,
      channel: 'api',
      source: 'zillow',
      name: 'Priscilla Leadperson',
      email: 'priscilla@lead.example',
      phone: '+15125550177',
      attemptFirstResponse: false,
    });
  });
  afterAll(() => t.close());

  let v1: string;

  it("saves a workspace's configuration, and nothing about its people, business or secrets", async () => {
    const saved = await ok(
      201,
      call('POST', '/operator/templates', operator, { workspaceId: a.workspace.id, name: 'Starter' }),
    );
    v1 = saved.id;
    expect(saved).toMatchObject({ name: 'Starter', version: 1, sourceWorkspaceId: a.workspace.id });
    expect(saved.counts).toMatchObject({
      persona: 2,
      messageTemplates: 1,
      appointmentTypes: 1,
      listings: 2,
      faqs: 1,
    });
    const text = JSON.stringify(saved);
    expect(text).toContain('Sunny');
    expect(text).toContain('Buyer consultation');
    expect(text).toContain('20:00');
    for (const secret of [
      'Priscilla',
      'priscilla@lead.example',
      '5125550177',
      'Alpha Realty Private',
      'help@alpha-private.example',
      '+15125550188',
      'Lockbox',
      agentId,
      a.owner.user.email,
    ]) {
      expect(text).not.toContain(secret);
    }
    const again = await ok(
      201,
      call('POST', '/operator/templates', operator, { workspaceId: a.workspace.id, name: 'Starter' }),
    );
    expect(again.version).toBe(2);
    const list = await ok(200, call('GET', '/operator/templates', operator));
    expect(
      (list.items as { id: string; version: number }[]).filter((i) => [v1, again.id].includes(i.id)),
    ).toEqual([expect.objectContaining({ version: 2 }), expect.objectContaining({ version: 1 })]);
    const operatorLog = await auditRows(t, null);
    expect(operatorLog.map((row) => row.action)).toContain('template.saved');
  });

  it("creates a workspace and its owner with the template's configuration", async () => {
    const created = await ok(
      201,
      call('POST', `/operator/templates/${v1}/workspaces`, operator, {
        name: 'Charlie Homes',
        owner: { email: 'owner@charlie.example', name: 'Charlie Owner', password: 'charlie-owner-password' },
      }),
    );
    const workspaceId = (created.workspace as { id: string }).id;
    const owner = asSession(await signIn(t.app, 'owner@charlie.example', 'charlie-owner-password'));
    expect(await ok(200, call('GET', '/conversation/settings', owner))).toMatchObject({
      assistantName: 'Sunny',
      tone: 'upbeat',
    });
    const messaging = await ok(200, call('GET', '/messaging/settings', owner));
    expect(messaging).toMatchObject({ quietHours: { start: '20:00', end: '09:00' } });
    expect(messaging.businessName).toBeUndefined();
    const types = await ok(200, call('GET', '/appointment-types', owner));
    expect(types.items).toEqual([expect.objectContaining({ name: 'Buyer consultation', agents: [] })]);
    const listings = await ok(200, call('GET', '/knowledge/listings', owner));
    expect((listings.items as { address: string; showingNotes: null }[]).map((l) => l.showingNotes)).toEqual([
      null,
      null,
    ]);
    expect((await auditRows(t, workspaceId)).map((row) => row.action)).toEqual(
      expect.arrayContaining(['workspace.created', 'user.created', 'template.applied']),
    );
    expect((await preview(v1, workspaceId)).changes).toBe(0);
  });

  it('leaves no workspace, owner or audit row when the template cannot be applied to the new workspace', async () => {
    // Saved by a version that allowed more texts a day to one person than this one does: applying it fails
    // after the workspace and its owner are written.
    const older = newId();
    await insertTemplate(t.ctx.db, {
      id: older,
      name: 'Older version',
      version: 1,
      description: null,
      content: toJson({
        settings: {
          conversation: { tone: 'upbeat' },
          messaging: { contactDailyCap: 80 },
          scheduling: {},
          voice: {},
        },
        appointmentTypes: [],
        listings: [],
        faqs: [],
      }),
      sourceWorkspaceId: null,
      createdAt: t.clock.now().toISOString(),
    });
    const count = async (table: 'workspaces' | 'users' | 'auditLog') =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const counts = async () => [await count('workspaces'), await count('users'), await count('auditLog')];
    const before = await counts();

    const email = 'owner@delta.example';
    const refused = await call('POST', `/operator/templates/${older}/workspaces`, operator, {
      name: 'Delta Homes',
      slug: 'delta-homes',
      owner: { email, name: 'Delta Owner', password: 'delta-owner-password' },
    });
    expect(refused.status, refused.text).toBe(422);
    expect(await counts()).toEqual(before);
    expect(await findWorkspaceBySlug(t.ctx.db, 'delta-homes')).toBeUndefined();
    const user = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    expect(user).toBeUndefined();
  });

  it('previews an apply without writing, applies it in both audit logs, then has nothing left to change', async () => {
    const before = await preview(v1, b.workspace.id);
    expect(before.lastApplied).toBeNull();
    expect(keys(before, 'persona', 'changed')).toEqual(['conversation.assistantName', 'conversation.tone']);
    expect(keys(before, 'appointmentTypes', 'added')).toEqual(['buyer consultation']);
    expect(before.sections.listings.added).toHaveLength(2);
    expect(before.sections.faqs.added).toHaveLength(1);
    expect(before.sections.persona.changed[0]).toMatchObject({ editedInWorkspace: false });
    expect((await ok(200, call('GET', '/knowledge/faqs', asOwner(b)))).items).toEqual([]);

    const applied = await ok(
      200,
      call('POST', `/operator/templates/${v1}/apply`, operator, { workspaceIds: [b.workspace.id] }),
    );
    expect(applied.workspaces).toEqual([
      expect.objectContaining({
        workspaceId: b.workspace.id,
        applied: true,
        changes: before.changes,
        error: null,
      }),
    ]);
    expect((await ok(200, call('GET', '/knowledge/faqs', asOwner(b)))).items).toHaveLength(1);
    const workspaceLog = (await auditRows(t, b.workspace.id)).filter((r) => r.action === 'template.applied');
    const operatorLog = (await auditRows(t, null)).filter(
      (r) => r.action === 'template.applied' && JSON.stringify(r.details).includes(b.workspace.id),
    );
    expect(workspaceLog).toHaveLength(1);
    expect(operatorLog).toHaveLength(1);
    expect(workspaceLog[0]?.actorType).toBe('operator');
    const after = await preview(v1, b.workspace.id);
    expect(after).toMatchObject({ changes: 0, lastApplied: { version: 1 } });
  });

  it("shows the workspace's own edits in the next preview, removes only what the template dropped", async () => {
    const ownerB = asOwner(b);
    const faqs = (await ok(200, call('GET', '/knowledge/faqs', ownerB))).items as { id: string }[];
    await ok(
      200,
      call('PATCH', `/knowledge/faqs/${faqs[0]?.id}`, ownerB, { answer: 'Yes, and we love them.' }),
    );
    await ok(
      201,
      call('POST', '/knowledge/faqs', ownerB, { question: 'Do you rent?', answer: 'No, sales only.' }),
    );

    await ok(200, call('PATCH', '/scheduling/settings', ownerB, { askToConfirm: false }));

    const ownerA = asOwner(a);
    const listings = (await ok(200, call('GET', '/knowledge/listings', ownerA))).items as {
      id: string;
      address: string;
    }[];
    const elm = listings.find((l) => l.address.startsWith('9 Elm'));
    await ok(204, call('DELETE', `/knowledge/listings/${elm?.id}`, ownerA));
    await ok(200, call('PATCH', '/conversation/settings', ownerA, { tone: 'calm' }));
    const v3 = await ok(
      201,
      call('POST', '/operator/templates', operator, { workspaceId: a.workspace.id, name: 'Starter' }),
    );
    expect(v3.version).toBe(3);

    const diff = await preview(v3.id, b.workspace.id);
    expect(diff.lastApplied).toMatchObject({ version: 1 });
    expect(diff.sections.persona.changed).toEqual([
      expect.objectContaining({
        key: 'conversation.tone',
        before: 'upbeat',
        after: 'calm',
        editedInWorkspace: false,
      }),
    ]);
    expect(diff.sections.faqs.changed).toEqual([
      expect.objectContaining({ label: 'Do you work with first-time buyers?', editedInWorkspace: true }),
    ]);
    expect(diff.sections.faqs.removed).toEqual([]);
    expect(diff.sections.listings.removed.map((i) => i.label)).toEqual(['9 Elm Ave, Austin, TX 78704']);
    expect(diff.sections.settings.changed).toEqual([
      expect.objectContaining({
        key: 'scheduling.askToConfirm',
        before: false,
        after: true,
        editedInWorkspace: true,
      }),
    ]);
    expect(diff.changes).toBe(4);

    await ok(
      200,
      call('POST', `/operator/templates/${v3.id}/apply`, operator, { workspaceIds: [b.workspace.id] }),
    );
    const faqsAfter = (await ok(200, call('GET', '/knowledge/faqs', ownerB))).items as {
      question: string;
      answer: string;
    }[];
    expect(faqsAfter.map((f) => f.answer).sort()).toEqual([
      'No, sales only.',
      'Yes, we guide first-time buyers from pre-approval to closing.',
    ]);
    expect((await ok(200, call('GET', '/knowledge/listings', ownerB))).items).toHaveLength(1);
    expect(await ok(200, call('GET', '/scheduling/settings', ownerB))).toMatchObject({ askToConfirm: true });
    expect((await preview(v3.id, b.workspace.id)).changes).toBe(0);
  });

  it('validates its input, answers 404 for unknown ids and deletes a version', async () => {
    expect(
      (await call('POST', `/operator/templates/${v1}/preview`, operator, { workspaceIds: [] })).status,
    ).toBe(400);
    expect(
      (await call('POST', '/operator/templates', operator, { workspaceId: a.workspace.id, name: '' })).status,
    ).toBe(400);
    const unknown = '00000000-0000-7000-8000-000000000000';
    expect(
      (await call('POST', `/operator/templates/${v1}/apply`, operator, { workspaceIds: [unknown] })).status,
    ).toBe(404);
    expect(
      (
        await call('POST', `/operator/templates/${unknown}/preview`, operator, {
          workspaceIds: [b.workspace.id],
        })
      ).status,
    ).toBe(404);
    expect((await call('DELETE', `/operator/templates/${v1}`, operator)).status).toBe(204);
    expect((await call('GET', `/operator/templates/${v1}`, operator)).status).toBe(404);
    const log = await auditRows(t, null);
    expect(log.map((row) => row.action)).toContain('template.deleted');
  });
});
