import type { DbOrTrx } from '../db/database.js';
import { insertNote } from '../leads/notes.repository.js';
import { newId } from '../platform/ids.js';
import { listUsers } from '../workspaces/users.repository.js';
import type { UserRow } from '../workspaces/workspaces.table.js';

/**
 * The agent a source says a lead belongs to (`lead_assigned_agent`, an "Agent:" line, Follow Up Boss's
 * assignedTo), matched to a user of the workspace by email address or by name.
 */
export type AgentMatch =
  | { matched: true; userId: string }
  | { matched: false; named: string; why: 'no_user' | 'several_users' };

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

/** "Sam  Rivera", "sam rivera", "Rivera, Sam" and "Sam Rivera (Team Lead)" compare alike. */
function nameKey(name: string): string {
  const plain = name
    .replace(/\([^)]*\)|<[^>]*>/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const comma = /^\s*([^,]+),\s*(.+)$/.exec(plain);
  const ordered = comma ? `${comma[2]} ${comma[1]}` : plain;
  return ordered.replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The one active member whose email the text gives, or else whose name it is. None, or two members of
 * the same name, is no match: a lead is never given to a guess.
 */
export async function matchAssignedAgent(
  db: DbOrTrx,
  workspaceId: string,
  named: string,
): Promise<AgentMatch> {
  const text = named.trim().slice(0, 200);
  const members = (await listUsers(db, workspaceId)).filter((u) => u.role !== null && !u.disabledAt);
  const email = EMAIL.exec(text)?.[0]?.toLowerCase();
  const byEmail = email ? members.filter((u) => u.email.toLowerCase() === email) : [];
  const key = nameKey(text);
  const byName = key ? members.filter((u) => nameKey(u.name) === key) : [];
  const found: UserRow[] = byEmail.length > 0 ? byEmail : byName;
  const [only, ...others] = found;
  if (only && others.length === 0) return { matched: true, userId: only.id };
  return { matched: false, named: text, why: found.length > 1 ? 'several_users' : 'no_user' };
}

/** The assignment intake should make: the matched user, or nobody when the source named someone unknown. */
export const assigneeOf = (match: AgentMatch | undefined): string | null | undefined =>
  match === undefined ? undefined : match.matched ? match.userId : null;

/**
 * Keeps the agent a source named but nobody here matched as a note on the lead, so the admin who assigns
 * it by hand sees whom the source meant.
 */
export async function noteUnmatchedAgent(
  db: DbOrTrx,
  props: {
    workspaceId: string;
    leadId: string;
    match: AgentMatch;
    sourceLabel: string;
    newLead: boolean;
    at: string;
  },
): Promise<void> {
  const { match } = props;
  if (match.matched) return;
  const why =
    match.why === 'several_users'
      ? 'more than one member of this workspace has that name'
      : 'no active member of this workspace has that name or email address';
  const outcome = props.newLead ? ' The lead was left unassigned: assign it by hand.' : '';
  await insertNote(db, {
    id: newId(new Date(props.at).getTime()),
    workspaceId: props.workspaceId,
    leadId: props.leadId,
    authorId: null,
    body: `${props.sourceLabel} named the agent "${match.named}" for this lead, but ${why}.${outcome}`,
    createdAt: props.at,
  });
}
