import { recordGateDecision } from '../consent/gate.js';
import type { OptOutChannel } from '../consent/keywords.js';
import {
  insertPossibleOptOut,
  resolveStandingFlags,
  TEXT_CHANNELS,
} from '../consent/possible-opt-outs.repository.js';
import type {
  PossibleOptOutResolution,
  PossibleOptOutRow,
  PossibleOptOutSource,
} from '../consent/possible-opt-outs.table.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import type { ContactRow } from '../leads/leads.table.js';
import { newId } from '../platform/ids.js';
import { audit } from '../workspaces/audit.service.js';
import { releaseHeldFor } from './held-release.js';
import { notifyTeam } from './notifications.service.js';

export const POSSIBLE_OPT_OUT = 'possible_opt_out';

/** A text that may revoke consent but is not clearly one, as the detector or a model read it. */
export interface PossibleOptOutReading {
  channel: OptOutChannel;
  /** 0–1. */
  score: number;
  /** The words that raised it: the person's own, for the team's eyes only. */
  trigger: string;
}

/** The reading's possible opt-out, or null; a classification without the field counts as none. */
export function possibleOptOutOf(classification: object): PossibleOptOutReading | null {
  const reading = (classification as { possibleOptOut?: PossibleOptOutReading | null }).possibleOptOut;
  return reading ?? null;
}

export interface FlagProps {
  workspaceId: string;
  contact: Pick<ContactRow, 'id' | 'name' | 'phone'>;
  lead: { id: string; assignedUserId: string | null };
  conversationId: string;
  /** The inbound text that raised it. */
  messageId: string;
  reading: PossibleOptOutReading;
  source: PossibleOptOutSource;
  at: Date;
}

/** Longest trigger kept: the span that raised the flag, not a copy of a long text. */
const TRIGGER_MAX = 200;

/**
 * Flags the conversation "possible opt-out" inside the caller's transaction (the one that stores the text,
 * or the turn's): automated texts already waiting are held, the team is told, and the flag is audited.
 * Once per text: a retried webhook or job changes nothing. Answers the new flag's id, or null.
 */
export async function flagPossibleOptOut(
  trx: DbOrTrx,
  ctx: AppContext,
  props: FlagProps,
): Promise<string | null> {
  const { workspaceId, reading } = props;
  const id = newId(props.at.getTime());
  const trigger = reading.trigger.trim().slice(0, TRIGGER_MAX);
  const score = Number.isFinite(reading.score) ? Math.min(1, Math.max(0, reading.score)) : 0.5;
  const inserted = await insertPossibleOptOut(trx, {
    id,
    workspaceId,
    contactId: props.contact.id,
    leadId: props.lead.id,
    conversationId: props.conversationId,
    messageId: props.messageId,
    channel: reading.channel,
    score,
    trigger,
    source: props.source,
    flaggedAt: props.at.toISOString(),
    resolvedAt: null,
    resolution: null,
    resolvedBy: null,
  });
  if (!inserted) return null;
  if (TEXT_CHANNELS.includes(reading.channel)) await holdWaitingTexts(trx, { ...props, flagId: id });
  await audit(trx, {
    workspaceId,
    actor: { type: 'system', id: null },
    action: 'consent.possible_opt_out_flagged',
    target: { type: 'conversation', id: props.conversationId },
    // Codes and ids only: the trigger is the person's words and stays on the flag.
    details: {
      flagId: id,
      messageId: props.messageId,
      channel: reading.channel,
      score,
      source: props.source,
    },
    at: props.at,
  });
  const who = props.contact.name ?? props.contact.phone ?? 'A lead';
  await notifyTeam(trx, ctx, {
    workspaceId,
    leadId: props.lead.id,
    userId: props.lead.assignedUserId,
    kind: POSSIBLE_OPT_OUT,
    subject: `Possible opt-out from ${who}`,
    body:
      `They wrote "${trigger}". It may mean they want no more ${channelWords(reading.channel)}. ` +
      'No automated text goes to them until someone confirms the opt-out or says it is not one.',
  });
  return id;
}

function channelWords(channel: OptOutChannel): string {
  if (channel === 'voice') return 'calls';
  return channel === 'all' ? 'texts or calls' : 'texts';
}

/**
 * Automated texts already waiting are held with this commit, as the gate would hold them at send time;
 * a person's own texts and keyword answers go on.
 */
async function holdWaitingTexts(trx: DbOrTrx, props: FlagProps & { flagId: string }): Promise<void> {
  const at = props.at.toISOString();
  const held = await trx
    .updateTable('messages')
    .set({ status: 'deferred', gateReason: POSSIBLE_OPT_OUT, sendAfter: null, updatedAt: at })
    .where('workspaceId', '=', props.workspaceId)
    .where('contactId', '=', props.contact.id)
    .where('direction', '=', 'outbound')
    .where('status', 'in', ['queued', 'deferred'])
    .where('kind', 'not in', ['keyword_reply', 'manual'])
    .returning('id')
    .execute();
  for (const { id } of held) {
    await recordGateDecision(trx, {
      workspaceId: props.workspaceId,
      contactId: props.contact.id,
      messageId: id,
      stage: 'send',
      decision: { outcome: 'deferred', reason: POSSIBLE_OPT_OUT, details: { flagId: props.flagId } },
      at: props.at,
    });
  }
}

/**
 * Texts held for a possible opt-out go back to the dispatcher, which asks the gate again (quiet hours and
 * caps still apply). Called once no flag holds the contact's texts any more.
 */
export function releaseHeldTexts(
  trx: DbOrTrx,
  ctx: AppContext,
  props: { workspaceId: string; contactId: string; at: Date },
): Promise<string[]> {
  return releaseHeldFor(trx, ctx, { ...props, reason: POSSIBLE_OPT_OUT });
}

/** Channels a revocation on `channel` settles: a revocation of everything settles every doubt. */
const SETTLES: Record<OptOutChannel, readonly OptOutChannel[]> = {
  sms: ['sms'],
  voice: ['voice'],
  all: ['sms', 'voice', 'all'],
};

/**
 * The lead settled the doubt themselves: a clear revocation ends the flags it covers (the revocation
 * itself is handled as usual), START ends the flags on texts. Audited as the lead's doing.
 */
export async function settleByLead(
  trx: DbOrTrx,
  props: {
    workspaceId: string;
    contactId: string;
    conversationId: string;
    messageId: string;
    channel: OptOutChannel;
    resolution: Extract<PossibleOptOutResolution, 'revoked_by_lead' | 'resumed_by_lead'>;
    at: Date;
  },
): Promise<PossibleOptOutRow[]> {
  const channels = props.resolution === 'resumed_by_lead' ? TEXT_CHANNELS : SETTLES[props.channel];
  const ended = await resolveStandingFlags(trx, {
    workspaceId: props.workspaceId,
    contactId: props.contactId,
    channels,
    resolution: props.resolution,
    resolvedBy: null,
    at: props.at,
  });
  if (ended.length === 0) return ended;
  await audit(trx, {
    workspaceId: props.workspaceId,
    actor: { type: 'system', id: null },
    action: `consent.possible_opt_out_${props.resolution}`,
    target: { type: 'conversation', id: props.conversationId },
    details: { flagIds: ended.map((flag) => flag.id), messageId: props.messageId },
    at: props.at,
  });
  return ended;
}
