import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/http/context.js';
import { type IncomingLead, type ReceivedLead, receiveLead } from '../../src/leads/intake.service.js';
import type { ConsentEvidence } from '../../src/leads/leads.schema.js';
import { newId } from '../../src/platform/ids.js';
import { type CreatedApiKey, createApiKey } from '../../src/workspaces/api-keys.service.js';
import { createOperator, createUser } from '../../src/workspaces/users.service.js';
import { createWorkspace } from '../../src/workspaces/workspaces.service.js';
import type { Role, UserRow, WorkspaceRow } from '../../src/workspaces/workspaces.table.js';
import { nextClientAddress, type SessionCredentials, type TestApp } from './app.js';

const unique = () => newId().slice(-12);

export function buildWorkspace(
  ctx: AppContext,
  overrides: { name?: string; slug?: string; timezone?: string; defaultRegion?: string } = {},
): Promise<WorkspaceRow> {
  return createWorkspace(ctx, { name: `Test Realty ${unique()}`, ...overrides });
}

export interface BuiltUser {
  user: UserRow;
  password: string;
}

export async function buildUser(
  ctx: AppContext,
  props: { workspaceId: string; role?: Role; email?: string; name?: string; password?: string },
): Promise<BuiltUser> {
  const password = props.password ?? `pw-${unique()}-${unique()}`;
  const user = await createUser(ctx, {
    workspaceId: props.workspaceId,
    email: props.email ?? `user-${unique()}@example.com`,
    name: props.name ?? `Pat Tester ${unique()}`,
    role: props.role ?? 'agent',
    password,
  });
  return { user, password };
}

export async function buildOperator(ctx: AppContext): Promise<BuiltUser> {
  const password = `op-${unique()}-${unique()}`;
  const user = await createOperator(ctx, {
    email: `operator-${unique()}@example.com`,
    name: 'Olive Operator',
    password,
  });
  return { user, password };
}

export function buildApiKey(
  ctx: AppContext,
  props: { workspaceId: string; name?: string },
): Promise<CreatedApiKey> {
  return createApiKey(ctx, { workspaceId: props.workspaceId, name: props.name ?? `key ${unique()}` });
}

/** Signs in through the front door and returns what a browser would hold afterwards. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string,
  options: { ip?: string } = {},
): Promise<SessionCredentials> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    remoteAddress: options.ip ?? nextClientAddress(),
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'cc_session');
  if (!cookie) throw new Error('sign-in set no cc_session cookie');
  const body = response.json<{ csrfToken: string; user: { id: string } }>();
  return { cookie: `cc_session=${cookie.value}`, csrfToken: body.csrfToken, userId: body.user.id };
}

export interface Team {
  workspace: WorkspaceRow;
  owner: BuiltUser & { session: SessionCredentials };
  key: CreatedApiKey;
}

/** A workspace with a signed-in owner and an API key: the usual starting point. */
export async function buildTeam(t: TestApp): Promise<Team> {
  const workspace = await buildWorkspace(t.ctx);
  const owner = await buildUser(t.ctx, { workspaceId: workspace.id, role: 'owner' });
  const session = await signIn(t.app, owner.user.email, owner.password);
  const key = await buildApiKey(t.ctx, { workspaceId: workspace.id });
  return { workspace, owner: { ...owner, session }, key };
}

/** A member of the team's workspace with the given role, signed in. */
export async function buildMember(
  t: TestApp,
  workspaceId: string,
  role: Role,
): Promise<BuiltUser & { session: SessionCredentials }> {
  const member = await buildUser(t.ctx, { workspaceId, role });
  return { ...member, session: await signIn(t.app, member.user.email, member.password) };
}

/** The audit rows a workspace (or, with null, the platform) has, oldest first. */
export async function auditRows(t: TestApp, workspaceId: string | null) {
  const query = t.ctx.db.selectFrom('auditLog').selectAll();
  const rows = await (workspaceId === null
    ? query.where('workspaceId', 'is', null)
    : query.where('workspaceId', '=', workspaceId)
  )
    .orderBy('id', 'asc')
    .execute();
  return rows;
}

let phoneCounter = 0;

/** A valid US mobile-style number no other test uses (555 numbers in Austin's area code). */
export function nextPhone(): string {
  phoneCounter += 1;
  return `+1512555${String(1000 + (phoneCounter % 9000)).padStart(4, '0')}`;
}

/** Consent evidence as a web form would capture it. */
export function consentEvidence(overrides: Partial<ConsentEvidence> = {}): ConsentEvidence {
  return {
    sms: true,
    disclosure: 'By checking this box you agree to receive texts from Test Realty about your inquiry.',
    capturedAt: '2026-01-15T15:00:00.000Z',
    ip: '203.0.113.9',
    ...overrides,
  };
}

/** A lead taken in through the intake service, by default from the API with a fresh phone and no consent. */
export function buildLead(
  ctx: AppContext,
  props: Partial<Omit<IncomingLead, 'consent'>> & { workspaceId: string; consent?: ConsentEvidence },
): Promise<ReceivedLead> {
  const { consent, ...rest } = props;
  return receiveLead(ctx, {
    channel: 'api',
    source: 'zillow',
    name: `Lee Lead ${unique()}`,
    phone: nextPhone(),
    attemptFirstResponse: true,
    ...rest,
    consent: consent ? { ...consent, source: 'api' } : undefined,
  });
}
