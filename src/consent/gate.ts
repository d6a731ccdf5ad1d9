import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { ContactRow } from '../leads/leads.table.js';
import type { MessagingSettings } from '../messaging/messaging.settings.js';
import { HOUR } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { holdForBillingLimit } from './billing-limit.js';
import { insertGateDecision } from './consent.repository.js';
import { currentConsent } from './consent.service.js';
import type { GateOutcome } from './consent.table.js';
import { holdForA2p } from './gate.a2p.js';
import {
  AGENT_REPLY_WINDOW_MS,
  answersLead,
  CONTACT_CAP_RULE,
  type HoldRule,
  initiatedSentSince,
  lastLeadTextAt,
  quietHoursRule,
  stateCapRule,
  WORKSPACE_CAP_RULE,
} from './gate.conversation.js';
import { workspaceSendsInDay } from './gate.counters.js';
import { leadTimeZone, statesOf } from './lead-timezone.js';
import { standingFlags, standingTextFlag } from './possible-opt-outs.repository.js';
import {
  calendarRulesFor,
  closingRulesAt,
  nextAllowedTime,
  quietHoursFor,
  stateCapFor,
  type TimeWindow,
} from './quiet-hours.js';
import { findSuppressionFor } from './suppression.js';

/**
 * What is being sent. Keyword replies (the STOP confirmation, the HELP text) are owed to the lead
 * whatever their consent. A manual text from a person needs consent like any other and keeps to the
 * state rules, but not to the workspace's own caps on automation.
 */
export type { HoldRule };

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
  /**
   * A person chose to send their own text now: holds whose rule allows it (`HoldRule.sendAnyway`) are
   * passed, and the decision's reason is `sent_anyway`. Ignored for anything but a manual text.
   */
  sendAnyway?: boolean;
  /** A text (the default) or an automated call, whose consent, window and caps are the voice channel's. */
  channel?: 'sms' | 'voice';
  /** Calls only: what the voice channel's rules need that texts do not. */
  voice?: VoiceGateInput;
}

export interface VoiceGateInput {
  /** The workspace's own calling hours in the lead's zone; they can only narrow the legal window. */
  callingHours: TimeWindow | null;
  /** When each automated call to this contact was placed in the last 24 hours. */
  callsPlacedAt: readonly string[];
  /** The workspace's cap on automated calls to one contact per 24 hours. */
  dailyCallCap: number;
}

export interface GateDecision {
  outcome: GateOutcome;
  /** A stable code: allowed, sent_anyway, opted_out, no_consent, quiet_hours, state_cap... */
  reason: string;
  deferUntil?: Date;
  /** The rule behind a hold, in words, with its source and whether a person may send anyway. */
  rule?: HoldRule;
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
const deferred = (
  reason: string,
  until: Date,
  rule: HoldRule,
  details: Record<string, unknown>,
): GateDecision => ({
  outcome: 'deferred',
  reason,
  deferUntil: until,
  rule,
  details: { ...details, rule },
});

/**
 * The compliance gate: the only road to an outbound text. Deterministic and ordered from the
 * absolute (no number, restricted, do-not-contact, opted out) to the timing rules (quiet hours,
 * caps), which defer rather than drop. The rules themselves, and why each is applied as it is, are in
 * docs/compliance.md.
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
  const calling = input.channel === 'voice';
  const consent = await currentConsent(db, {
    workspaceId,
    contactId: contact.id,
    channel: calling ? 'voice' : 'sms',
    purpose: consentPurpose,
  });
  if (consent.status === 'revoked') return blocked('opted_out', { since: consent.since });
  if (consent.status === 'none') {
    return blocked(consentPurpose === 'marketing' ? 'no_marketing_consent' : 'no_consent');
  }
  if (input.kind !== 'manual') {
    const held = await holdForPossibleOptOut(db, input);
    if (held) return held;
    const overBudget = await holdForBillingLimit(db, input);
    if (overBudget) return overBudget;
    const unregistered = await holdForA2p(db, input);
    if (unregistered) return unregistered;
  }

  const leadWroteAt = await lastLeadTextAt(db, { workspaceId, contactId: contact.id, before: input.now });
  const answering = answersLead(input.kind, input.now, leadWroteAt);
  const overridden: HoldRule[] = [];
  /** A hold, unless a person chose to send anyway and the rule lets them. */
  const hold = (reason: string, until: Date, rule: HoldRule, details: Record<string, unknown>) => {
    if (input.kind === 'manual' && input.sendAnyway && rule.sendAnyway) {
      overridden.push(rule);
      return null;
    }
    return deferred(reason, until, rule, details);
  };

  const location = { zip: contact.zip, state: contact.state, phoneE164: contact.phone };
  const zone = contact.timezone ?? leadTimeZone({ ...location, fallbackZone: input.workspaceTimezone }).zone;
  const states = statesOf(location);
  const override = calling
    ? (input.voice?.callingHours ?? input.settings.quietHours)
    : input.settings.quietHours;
  const window = quietHoursFor(states, override ?? undefined);
  const openAt = nextAllowedTime(input.now, zone, window, calendarRulesFor(states));
  const timing: Record<string, unknown> = {
    zone,
    states,
    window: `${window.start}-${window.end}`,
    ...(answering && { answering: true }),
  };
  if (openAt.getTime() > input.now.getTime()) {
    const leadJustWrote =
      input.kind === 'manual' &&
      leadWroteAt !== null &&
      input.now.getTime() - leadWroteAt.getTime() <= AGENT_REPLY_WINDOW_MS;
    if (input.directReply && input.settings.directReplyIgnoresQuietHours) {
      timing.window = `${timing.window} (direct reply exempt)`;
    } else if (leadJustWrote) {
      timing.window = `${timing.window} (the lead wrote ${leadWroteAt.toISOString()})`;
    } else {
      const rule = quietHoursRule(closingRulesAt(input.now, zone, states));
      const decision = hold('quiet_hours', openAt, rule, timing);
      if (decision) return decision;
    }
  }

  const capDecision = calling
    ? await checkCallCaps(db, input, { states, timing })
    : await checkCaps(db, input, { states, answering, timing, hold });
  if (capDecision) return capDecision;
  if (overridden.length > 0) {
    return allowed('sent_anyway', { ...timing, overridden: overridden.map((rule) => rule.code) });
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
  // A call is held by any doubt (about calls, texts or both); a text only by a doubt that covers texts.
  const flag =
    input.channel === 'voice'
      ? (await standingFlags(db, input.workspaceId, input.contact.id))[0]
      : await standingTextFlag(db, input.workspaceId, input.contact.id);
  if (!flag) return null;
  return {
    outcome: 'deferred',
    reason: 'possible_opt_out',
    details: { flagId: flag.id, since: flag.flaggedAt },
  };
}

type Hold = (
  reason: string,
  until: Date,
  rule: HoldRule,
  details: Record<string, unknown>,
) => GateDecision | null;

/**
 * The state's cap counts what we initiate, automated or not; an answer inside an active conversation is
 * neither counted nor held. The workspace's own caps are against automation only.
 */
async function checkCaps(
  db: DbOrTrx,
  input: GateInput,
  props: { states: string[]; answering: boolean; timing: Record<string, unknown>; hold: Hold },
): Promise<GateDecision | null> {
  const stateCap = stateCapFor(props.states);
  if (stateCap && !props.answering) {
    const { cap } = stateCap;
    const sent = await initiatedSentSince(db, {
      workspaceId: input.workspaceId,
      contactId: input.contact.id,
      since: new Date(input.now.getTime() - cap.periodHours * HOUR),
      excludeId: input.messageId,
    });
    if (sent.length >= cap.max) {
      const oldest = sent[sent.length - cap.max] as string;
      const until = new Date(new Date(oldest).getTime() + cap.periodHours * HOUR);
      const decision = props.hold('state_cap', until, stateCapRule(stateCap.state, cap.citation), {
        ...props.timing,
        max: cap.max,
        periodHours: cap.periodHours,
      });
      if (decision) return decision;
    }
  }
  if (input.kind === 'manual') return null;

  // The workspace's own cap is against texting someone too often unasked, so like the state caps it counts
  // what the assistant starts; an answer to the lead's own text is asked for, or a conversation could not
  // get past its sixth reply.
  if (!input.directReply && !props.answering) {
    const max = input.settings.contactDailyCap;
    const sent = await initiatedSentSince(db, {
      workspaceId: input.workspaceId,
      contactId: input.contact.id,
      since: new Date(input.now.getTime() - 24 * HOUR),
      excludeId: input.messageId,
      authors: ['assistant', 'system'],
    });
    if (sent.length >= max) {
      const oldest = sent[sent.length - max] as string;
      const until = new Date(new Date(oldest).getTime() + 24 * HOUR);
      return deferred('contact_cap', until, CONTACT_CAP_RULE, { ...props.timing, max, periodHours: 24 });
    }
  }
  const workspaceCount = await workspaceSendsInDay(db, input.workspaceId, input.now);
  if (workspaceCount >= input.settings.workspaceDailyCap) return workspaceCapDecision(input);
  return null;
}

/** The workspace has sent its daily number of automated texts: held, and asked again in an hour. */
export function workspaceCapDecision(input: Pick<GateInput, 'now' | 'settings'>): GateDecision {
  return deferred('workspace_cap', new Date(input.now.getTime() + HOUR), WORKSPACE_CAP_RULE, {
    max: input.settings.workspaceDailyCap,
  });
}

/** Whether the gate holds this send to the workspace's own daily cap (automated texts, not keyword replies). */
export function heldToWorkspaceCap(kind: SendKind, channel: 'sms' | 'voice' = 'sms'): boolean {
  return channel === 'sms' && kind !== 'manual' && kind !== 'keyword_reply';
}

/**
 * An automated call is contact we start: a state's cap counts it with the texts we started, and the
 * workspace's own cap on calls to one person a day holds the next one until the oldest is a day old.
 */
async function checkCallCaps(
  db: DbOrTrx,
  input: GateInput,
  props: { states: string[]; timing: Record<string, unknown> },
): Promise<GateDecision | null> {
  const voice = input.voice ?? { callingHours: null, callsPlacedAt: [], dailyCallCap: 1 };
  const dayAgo = input.now.getTime() - 24 * HOUR;
  const calls = voice.callsPlacedAt.filter((at) => Date.parse(at) >= dayAgo).sort();
  const stateCap = stateCapFor(props.states);
  if (stateCap) {
    const { cap } = stateCap;
    const since = new Date(input.now.getTime() - cap.periodHours * HOUR);
    const texts = await initiatedSentSince(db, {
      workspaceId: input.workspaceId,
      contactId: input.contact.id,
      since,
      excludeId: undefined,
    });
    const contacts = [...texts, ...calls.filter((at) => Date.parse(at) >= since.getTime())].sort();
    if (contacts.length >= cap.max) {
      const oldest = contacts[contacts.length - cap.max] as string;
      const until = new Date(new Date(oldest).getTime() + cap.periodHours * HOUR);
      return deferred('state_cap', until, stateCapRule(stateCap.state, cap.citation), {
        ...props.timing,
        max: cap.max,
        periodHours: cap.periodHours,
      });
    }
  }
  if (calls.length >= voice.dailyCallCap) {
    const oldest = calls[calls.length - voice.dailyCallCap] as string;
    return deferred('contact_cap', new Date(Date.parse(oldest) + 24 * HOUR), CONTACT_CAP_RULE, {
      ...props.timing,
      max: voice.dailyCallCap,
      periodHours: 24,
      calls: true,
    });
  }
  return null;
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
