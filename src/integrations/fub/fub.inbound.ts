import { addSuppression } from '../../consent/suppression.js';
import type { DbOrTrx } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { receiveLeadInTransaction } from '../../leads/intake.service.js';
import { normalizeEmail, normalizePhone } from '../../leads/normalize.js';
import { findUser } from '../../workspaces/users.repository.js';
import { findWorkspace } from '../../workspaces/workspaces.repository.js';
import { type AgentMatch, assigneeOf, matchAssignedAgent, noteUnmatchedAgent } from '../assigned-agent.js';
import { fubRequest } from './fub.client.js';
import { findFubConnection, findLinkByRemote, insertLinkOnce } from './fub.repository.js';
import { fubCredentialsOf, fubSettingsOf } from './fub.service.js';

interface FubPerson {
  id: number;
  name?: string;
  firstName?: string;
  lastName?: string;
  stage?: string;
  source?: string;
  tags?: string[];
  emails?: Array<{ value?: string }>;
  phones?: Array<{ value?: string }>;
  /** The agent the person is assigned to in Follow Up Boss: their name, and Follow Up Boss's user id. */
  assignedTo?: string | null;
  assignedUserId?: number | null;
}

export type PersonOutcome = 'suppressed' | 'imported' | 'known' | 'skipped';

const sameStage = (a: string | undefined, b: string) =>
  a !== undefined &&
  a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * What a Follow Up Boss webhook about a person leads to, once the person is fetched: someone moved to the
 * do-not-contact stage is suppressed here; someone new there becomes a lead here, texted only when the
 * connection's consent settings say such leads agreed to texts.
 */
export async function receiveFubPerson(
  ctx: AppContext,
  props: { workspaceId: string; personId: string; event: string },
): Promise<PersonOutcome> {
  const connection = await findFubConnection(ctx.db, props.workspaceId);
  if (!connection?.enabled) return 'skipped';
  const settings = fubSettingsOf(connection);
  const person = await fubRequest<FubPerson>(ctx, fubCredentialsOf(ctx, connection), {
    method: 'GET',
    path: `/people/${encodeURIComponent(props.personId)}`,
  });
  const workspace = await findWorkspace(ctx.db, props.workspaceId);
  const region = workspace?.defaultRegion ?? 'US';
  const phones = (person.phones ?? [])
    .map((p) => (p.value ? normalizePhone(p.value, region).e164 : null))
    .filter((p): p is string => p !== null);
  const emails = (person.emails ?? [])
    .map((e) => (e.value ? normalizeEmail(e.value) : null))
    .filter((e): e is string => e !== null);
  const now = ctx.clock.now();

  if (sameStage(person.stage, settings.doNotContactStage)) {
    await ctx.db.transaction().execute(async (trx) => {
      for (const [kind, values] of [
        ['phone', phones],
        ['email', emails],
      ] as const)
        for (const value of values)
          await addSuppression(trx, {
            workspaceId: props.workspaceId,
            kind,
            value,
            reason: 'do_not_contact',
            note: `Follow Up Boss stage "${person.stage}"`,
            at: now,
          });
    });
    return 'suppressed';
  }

  if (await findLinkByRemote(ctx.db, props.workspaceId, 'person', String(person.id))) return 'known';
  if (!settings.importPeople || props.event !== 'peopleCreated') return 'skipped';
  if (phones.length === 0 && emails.length === 0) return 'skipped';
  const { consent } = settings;
  const name = person.name ?? [person.firstName, person.lastName].filter(Boolean).join(' ');
  // The link is made with the lead, so the lead's own sync never sends the person back to Follow Up Boss.
  await ctx.db.transaction().execute(async (trx) => {
    const agent = await assignedAgentOf(trx, props.workspaceId, person);
    const received = await receiveLeadInTransaction(trx, ctx, {
      workspaceId: props.workspaceId,
      channel: 'api',
      source: person.source?.slice(0, 80) || 'follow-up-boss',
      ...(name ? { name: name.slice(0, 200) } : {}),
      ...(phones[0] ? { phone: phones[0] } : {}),
      ...(emails[0] ? { email: emails[0] } : {}),
      ...(person.tags?.length ? { tags: person.tags.slice(0, 50).map((t) => String(t).slice(0, 60)) } : {}),
      consent:
        consent.sms && consent.disclosure
          ? {
              sms: true,
              disclosure: consent.disclosure,
              ...(consent.disclosureVersion ? { disclosureVersion: consent.disclosureVersion } : {}),
              capturedAt: now.toISOString(),
              source: 'api',
              proof: { kind: 'follow_up_boss_person', personId: String(person.id) },
            }
          : undefined,
      // Without consent the gate holds the text and the team is told to reach out by hand.
      attemptFirstResponse: true,
      assignedUserId: assigneeOf(agent),
    });
    if (agent)
      await noteUnmatchedAgent(trx, {
        workspaceId: props.workspaceId,
        leadId: received.leadId,
        match: agent,
        sourceLabel: 'Follow Up Boss',
        newLead: !received.merged,
        at: now.toISOString(),
      });
    await insertLinkOnce(trx, {
      workspaceId: props.workspaceId,
      kind: 'person',
      localId: received.leadId,
      remoteId: String(person.id),
      createdAt: now.toISOString(),
    });
  });
  return 'imported';
}

/**
 * The agent a person is assigned to in Follow Up Boss, here: the user already linked to their Follow Up
 * Boss user (matched by email when a lead of ours was sent there), else the member of that name.
 */
async function assignedAgentOf(
  db: DbOrTrx,
  workspaceId: string,
  person: FubPerson,
): Promise<AgentMatch | undefined> {
  if (typeof person.assignedUserId === 'number' && person.assignedUserId > 0) {
    const link = await findLinkByRemote(db, workspaceId, 'user', String(person.assignedUserId));
    const user = link ? await findUser(db, workspaceId, link.localId) : undefined;
    if (user && !user.disabledAt) return { matched: true, userId: user.id };
  }
  const named = person.assignedTo?.trim();
  return named ? matchAssignedAgent(db, workspaceId, named) : undefined;
}
