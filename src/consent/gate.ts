import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { ContactRow } from '../leads/leads.table.js';
import type { MessagingSettings } from '../messaging/messaging.settings.js';
import { HOUR } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { insertGateDecision } from './consent.repository.js';
import { currentConsent } from './consent.service.js';
import type { GateOutcome } from './consent.table.js';
import { leadTimeZone, statesOf } from './lead-timezone.js';
import { standingTextFlag } from './possible-opt-outs.repository.js';
import { calendarRulesFor, dailyCapFor, nextAllowedTime, quietHoursFor } from './quiet-hours.js';
import { findSuppressionFor } from './suppression.js';

/**
 * What is being sent. Keyword replies (the STOP confirmation, the HELP text) are owed to the lead
 * whatever their consent. A manual text from an agent needs consent like any other, but is not
 * counted against the automated caps.
 */
export type SendKind = 'first_response' | 'reply' | 'follow_up' | 'reminder' | 'keyword_reply' | 'manual';
export type SendPurpose = 'conversational' | 'marketing' | 'transactional';

export interface GateInput {
  workspaceId: string;
  contact: Pick<
    ContactRow,
    'id' | 'phone' | 'phoneValid' | 'email' | 'state' | 'zip' | 'timezone' | 'restrictedAt'
  >;
  kind: SendKind;
  purpose: SendPurpose;
  /** The immediate answer to the lead's own form submission or text. */
  directReply: boolean;
  now: Date;
  settings: MessagingSettings;
  workspaceTimezone: string;
  /** The message being decided on, so it does not count against its own cap. */
  messageId?: string;
}

export interface GateDecision {
  outcome: GateOutcome;
  /** A stable code: allowed, opted_out, no_consent, quiet_hours, contact_cap... */
  reason: string;
  deferUntil?: Date;
  details: Record<string, unknown>;
}

const allowed = (reason: string, details: Record<string, unknown> = {}): GateDecision => ({
  outcome: 'allowed',
  reason,
  details,
});
const blocked = (reason: string, details: Record<string, unknown> = {}): GateDecision => ({
  outcome: 'blocked',
  reason,
  details,
});
const deferred = (reason: string, until: Date, details: Record<string, unknown>): GateDecision => ({
  outcome: 'deferred',
  reason,
  deferUntil: until,
  details,
});

/**
 * The compliance gate: the only road to an outbound text. Deterministic and ordered from the
 * absolute (no number, restricted, do-not-contact, opted out) to the timing rules (quiet hours,
 * caps), which defer rather than drop.
 */
export async function evaluateGate(db: DbOrTrx, input: GateInput): Promise<GateDecision> {
  const { contact, workspaceId } = input;
  if (!contact.phone || contact.phoneValid !== 1) return blocked('invalid_phone');
  if (contact.restrictedAt) return blocked('restricted', { since: contact.restrictedAt });
  if (input.kind === 'keyword_reply') return allowed('keyword_reply');

  const suppression = await findSuppressionFor(db, workspaceId, {
    phone: contact.phone,
    email: contact.email,
  });
  if (suppression) return blocked('do_not_contact', { list: suppression.reason });

  const consentPurpose = input.purpose === 'marketing' ? 'marketing' : 'conversational';
  const consent = await currentConsent(db, {
    workspaceId,
    contactId: contact.id,
    channel: 'sms',
    purpose: consentPurpose,
  });
  if (consent.status === 'revoked') return blocked('opted_out', { since: consent.since });
  if (consent.status === 'none') {
    return blocked(consentPurpose === 'marketing' ? 'no_marketing_consent' : 'no_consent');
  }
  if (input.kind !== 'manual') {
    const held = await holdForPossibleOptOut(db, input);
    if (held) return held;
  }

  const location = { zip: contact.zip, state: contact.state, phoneE164: contact.phone };
  const zone = contact.timezone ?? leadTimeZone({ ...location, fallbackZone: input.workspaceTimezone }).zone;
  const states = statesOf(location);
  const window = quietHoursFor(states, input.settings.quietHours ?? undefined);
  const openAt = nextAllowedTime(input.now, zone, window, calendarRulesFor(states));
  const timing = { zone, states, window: `${window.start}-${window.end}` };
  if (openAt.getTime() > input.now.getTime()) {
    if (!(input.directReply && input.settings.directReplyIgnoresQuietHours)) {
      return deferred('quiet_hours', openAt, timing);
    }
    timing.window = `${timing.window} (direct reply exempt)`;
  }

  if (input.kind !== 'manual') {
    const capDecision = await checkCaps(db, input, states, timing);
    if (capDecision) return capDecision;
  }
  return allowed('allowed', timing);
}

/**
 * The lead may have revoked consent in words we could not read with certainty: no automated text goes
 * until a person confirms or clears it. Held rather than blocked, with no time to retry at: clearing the
 * flag releases the held texts to the dispatcher, confirming it blocks them as an opt-out. A person's own
 * text is theirs to judge, so manual sends are not held.
 */
async function holdForPossibleOptOut(db: DbOrTrx, input: GateInput): Promise<GateDecision | null> {
  const flag = await standingTextFlag(db, input.workspaceId, input.contact.id);
  if (!flag) return null;
  return {
    outcome: 'deferred',
    reason: 'possible_opt_out',
    details: { flagId: flag.id, since: flag.flaggedAt },
  };
}

async function checkCaps(
  db: DbOrTrx,
  input: GateInput,
  states: string[],
  timing: Record<string, unknown>,
): Promise<GateDecision | null> {
  const stateCap = dailyCapFor(states);
  const caps = [
    // The workspace's own cap is against texting someone too often unasked; an answer to the lead's own
    // text is asked for, or a conversation could not get past its sixth reply. State caps still apply.
    ...(input.directReply
      ? []
      : [{ reason: 'contact_cap', max: input.settings.contactDailyCap, periodHours: 24 }]),
    ...(stateCap ? [{ reason: 'state_cap', max: stateCap.max, periodHours: stateCap.periodHours }] : []),
  ];
  for (const cap of caps) {
    const since = new Date(input.now.getTime() - cap.periodHours * HOUR);
    const sent = await automatedSentSince(db, {
      workspaceId: input.workspaceId,
      contactId: input.contact.id,
      since,
      excludeId: input.messageId,
    });
    if (sent.length >= cap.max) {
      const oldest = sent[sent.length - cap.max] as string;
      const until = new Date(new Date(oldest).getTime() + cap.periodHours * HOUR);
      return deferred(cap.reason, until, { ...timing, max: cap.max, periodHours: cap.periodHours });
    }
  }
  const since = new Date(input.now.getTime() - 24 * HOUR);
  const workspaceCount = await automatedCountSince(db, input.workspaceId, since);
  if (workspaceCount >= input.settings.workspaceDailyCap) {
    return deferred('workspace_cap', new Date(input.now.getTime() + HOUR), {
      max: input.settings.workspaceDailyCap,
    });
  }
  return null;
}

const AUTOMATED_SENT = ['sending', 'sent', 'delivered', 'undelivered'] as const;

/** Send times of automated texts to the contact since `since`, oldest first. */
async function automatedSentSince(
  db: DbOrTrx,
  props: { workspaceId: string; contactId: string; since: Date; excludeId: string | undefined },
): Promise<string[]> {
  let query = db
    .selectFrom('messages')
    .select('sentAt')
    .where('workspaceId', '=', props.workspaceId)
    .where('contactId', '=', props.contactId)
    .where('direction', '=', 'outbound')
    .where('author', 'in', ['assistant', 'system'])
    .where('kind', '!=', 'keyword_reply')
    .where('status', 'in', AUTOMATED_SENT)
    .where('sentAt', '>=', props.since.toISOString());
  if (props.excludeId) query = query.where('id', '!=', props.excludeId);
  const rows = await query.orderBy('sentAt', 'asc').execute();
  return rows.map((row) => row.sentAt as string);
}

/**
 * The workspace's automated texts sent since `since`, counted. The conditions are written as literal values,
 * not parameters: they are the condition of the partial index messages_workspace_sent_idx, which SQLite only
 * uses when it can see that the query implies it. Keep the two in step.
 */
export function workspaceSendCountQuery(db: DbOrTrx, workspaceId: string, since: Date) {
  return db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspaceId', '=', workspaceId)
    .where(
      sql<boolean>`direction = 'outbound' and author in ('assistant', 'system') and status in ('sending', 'sent', 'delivered', 'undelivered')`,
    )
    .where('sentAt', '>=', since.toISOString());
}

async function automatedCountSince(db: DbOrTrx, workspaceId: string, since: Date): Promise<number> {
  const row = await workspaceSendCountQuery(db, workspaceId, since).executeTakeFirst();
  return Number(row?.count ?? 0);
}

export interface RecordDecisionProps {
  workspaceId: string;
  contactId: string;
  messageId: string | null;
  stage: 'queue' | 'send';
  decision: GateDecision;
  at: Date;
}

export async function recordGateDecision(db: DbOrTrx, props: RecordDecisionProps): Promise<void> {
  await insertGateDecision(db, {
    id: newId(props.at.getTime()),
    workspaceId: props.workspaceId,
    messageId: props.messageId,
    contactId: props.contactId,
    stage: props.stage,
    outcome: props.decision.outcome,
    reason: props.decision.reason,
    details: toJson(props.decision.details),
    deferUntil: props.decision.deferUntil?.toISOString() ?? null,
    decidedAt: props.at.toISOString(),
  });
}
