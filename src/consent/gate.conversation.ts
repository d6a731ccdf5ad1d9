import type { DbOrTrx } from '../db/database.js';
import { firstRow, prepared } from '../db/prepared.js';
import { fromJson } from '../db/schema.js';
import { HOUR } from '../platform/clock.js';
import { REGIONS } from './data/states.js';
import type { ClosingRule } from './quiet-hours.js';

/**
 * A conversation is active while the lead's last text is at most this old. A text of ours inside it that
 * answers them (an automated reply, or a person's) is their exchange, not contact we initiate, so it
 * neither counts against a state's daily cap nor waits for one. A day matches the period those caps count
 * over: a lead quiet for longer has left the exchange, and our next text starts contact again.
 */
export const CONVERSATION_WINDOW_MS = 24 * HOUR;

/**
 * A person answering a lead who wrote within this long is not held by quiet hours: the lead started the
 * exchange moments ago and is waiting for the answer. Longer than that, the lead may be asleep.
 */
export const AGENT_REPLY_WINDOW_MS = HOUR;

/** Kinds that answer the lead rather than start contact, when the lead wrote within the window. */
const ANSWER_KINDS = new Set(['reply', 'manual']);

/** Outbound texts that went (or may have gone) to the handset. */
const SENT_STATUSES = ['sending', 'sent', 'delivered', 'undelivered'] as const;

/** When the lead last texted us, or null if never: one probe of messages_contact_created_idx. */
export async function lastLeadTextAt(
  db: DbOrTrx,
  props: { workspaceId: string; contactId: string; before: Date },
): Promise<Date | null> {
  const row = await firstRow(
    lastLeadText(db, {
      workspaceId: props.workspaceId,
      contactId: props.contactId,
      before: props.before.toISOString(),
    }),
  );
  return row?.at ? new Date(row.at) : null;
}

/** The statement lastLeadTextAt runs (its plan is tested). */
export function lastLeadTextQuery(
  db: DbOrTrx,
  p: { workspaceId: string; contactId: string; before: string },
) {
  return db
    .selectFrom('messages')
    .select((eb) => eb.fn.max('createdAt').as('at'))
    .where('workspaceId', '=', p.workspaceId)
    .where('contactId', '=', p.contactId)
    .where('direction', '=', 'inbound')
    .where('createdAt', '<=', p.before);
}

const lastLeadText = prepared(lastLeadTextQuery);

/** Whether a text of this kind, sent at `at`, answers a lead whose last text came at `leadWroteAt`. */
export function answersLead(kind: string, at: Date, leadWroteAt: Date | null): boolean {
  if (!ANSWER_KINDS.has(kind) || !leadWroteAt) return false;
  const since = at.getTime() - leadWroteAt.getTime();
  return since >= 0 && since <= CONVERSATION_WINDOW_MS;
}

/**
 * Send times of the texts we initiated to the contact since `since`, oldest first: everything sent but
 * keyword answers and texts that answered the lead inside the conversation window (judged at the moment
 * each was sent). Automated and personal texts both count: the statutes limit contact, not software.
 */
export async function initiatedSentSince(
  db: DbOrTrx,
  props: {
    workspaceId: string;
    contactId: string;
    since: Date;
    excludeId: string | undefined;
    /** Only texts by these authors; all of ours when absent. */
    authors?: readonly ('assistant' | 'system' | 'agent')[];
  },
): Promise<string[]> {
  let query = db
    .selectFrom('messages')
    .select(['sentAt', 'kind'])
    .where('workspaceId', '=', props.workspaceId)
    .where('contactId', '=', props.contactId)
    .where('direction', '=', 'outbound')
    .where('kind', '!=', 'keyword_reply')
    .where('status', 'in', SENT_STATUSES)
    .where('sentAt', '>=', props.since.toISOString());
  if (props.excludeId) query = query.where('id', '!=', props.excludeId);
  if (props.authors) query = query.where('author', 'in', props.authors);
  const sent = await query.orderBy('sentAt', 'asc').execute();
  if (sent.length === 0) return [];
  const leadTexts = await db
    .selectFrom('messages')
    .select('createdAt')
    .where('workspaceId', '=', props.workspaceId)
    .where('contactId', '=', props.contactId)
    .where('direction', '=', 'inbound')
    .where('createdAt', '>=', new Date(props.since.getTime() - CONVERSATION_WINDOW_MS).toISOString())
    .orderBy('createdAt', 'asc')
    .execute();
  const times = leadTexts.map((row) => new Date(row.createdAt).getTime());
  return sent
    .filter((row) => {
      const at = new Date(row.sentAt as string);
      const before = times.filter((t) => t <= at.getTime());
      const last = before.length > 0 ? new Date(before[before.length - 1] as number) : null;
      return !answersLead(row.kind, at, last);
    })
    .map((row) => row.sentAt as string);
}

/** Which rule held a text: shown beside it in the conversation and stored with the gate's decision. */
export interface HoldRule {
  /** state_hours, federal_hours, workspace_hours, state_cap, contact_cap, workspace_cap */
  code: string;
  /** In words for the team: "Florida calling hours", "Florida daily limit". */
  label: string;
  state: string | null;
  citation: string | null;
  /** Whether a person may choose to send their own text anyway (never after an opt-out, never past a hard rule). */
  sendAnyway: boolean;
}

const stateName = (code: string): string => REGIONS[code]?.name ?? code;

/** The rule(s) behind a quiet-hours hold; none closing means the workspace's own narrower hours. */
export function quietHoursRule(closing: readonly ClosingRule[]): HoldRule {
  const first = closing.find((c) => c.state !== null) ?? closing[0];
  if (!first) {
    return {
      code: 'workspace_hours',
      label: "the workspace's texting hours",
      state: null,
      citation: null,
      sendAnyway: true,
    };
  }
  const { window } = first.rule;
  return {
    code: first.state ? 'state_hours' : 'federal_hours',
    label: first.state
      ? `${stateName(first.state)} calling hours`
      : `federal calling hours (${window.start}–${window.end})`,
    state: first.state,
    citation: first.rule.citation,
    sendAnyway: closing.every((c) => c.rule.consentExempt !== undefined),
  };
}

export function stateCapRule(state: string, citation: string): HoldRule {
  return { code: 'state_cap', label: `${stateName(state)} daily limit`, state, citation, sendAnyway: false };
}

export const CONTACT_CAP_RULE: HoldRule = {
  code: 'contact_cap',
  label: "the workspace's daily limit per lead",
  state: null,
  citation: null,
  sendAnyway: false,
};

export const WORKSPACE_CAP_RULE: HoldRule = {
  code: 'workspace_cap',
  label: "the workspace's daily limit",
  state: null,
  citation: null,
  sendAnyway: false,
};

/** The rule behind each of these held texts, from the gate's latest decision on it. */
export async function holdRulesOf(
  db: DbOrTrx,
  workspaceId: string,
  messageIds: readonly string[],
): Promise<Map<string, HoldRule>> {
  const rules = new Map<string, HoldRule>();
  if (messageIds.length === 0) return rules;
  const rows = await db
    .selectFrom('gateDecisions')
    .select(['messageId', 'details', 'decidedAt', 'id'])
    .where('workspaceId', '=', workspaceId)
    .where('messageId', 'in', messageIds)
    .where('outcome', '=', 'deferred')
    .orderBy('decidedAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
  for (const row of rows) {
    const rule = fromJson<{ rule?: HoldRule } | null>(row.details)?.rule;
    if (row.messageId && rule) rules.set(row.messageId, rule);
    else if (row.messageId) rules.delete(row.messageId);
  }
  return rules;
}
