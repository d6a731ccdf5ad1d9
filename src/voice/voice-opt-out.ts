import { revokeChannel } from '../consent/consent.service.js';
import type { ConsentChannel } from '../consent/consent.table.js';
import { recordGateDecision } from '../consent/gate.js';
import { assessOptOut, classifyKeyword, type OptOutChannel, type OptOutReason } from '../consent/keywords.js';
import type { AppContext } from '../http/context.js';
import { findContact, lockLead, updateLead } from '../leads/leads.repository.js';
import { flagPossibleOptOut, settleByLead } from '../messaging/inbound.possible-opt-out.js';
import { blockWaitingTexts, insertMessageOnce } from '../messaging/messaging.repository.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import type { CallRow } from './calls.table.js';
import type { SpokenLanguage } from './speech.js';
import { PHRASES } from './voice-phrases.js';
import { asMessage } from './voice-turn.context.js';

/** A revocation heard on a call: always of calls; of texts (and email) too when the words say so. */
export interface VoiceOptOut {
  channels: ConsentChannel[];
  reason: OptOutReason | 'keypress';
  via: 'speech' | 'keypress';
}

/** Words that may revoke consent but not clearly: held for a person, as such a text is. */
export interface PossibleVoiceOptOut {
  channel: OptOutChannel;
  score: number;
  trigger: string;
}

export type VoiceOptOutReading =
  | { kind: 'revoke'; optOut: VoiceOptOut }
  | { kind: 'possible'; reading: PossibleVoiceOptOut };

/**
 * Reads what the caller said with the same layers as a text, in English or Spanish. On a call a bare
 * "stop" means stop calling; "don't call me again" ("no me llame") is calls only; "stop texting me" adds
 * texts; "take me off your list" is all. Words the reader is unsure of are a possible opt-out.
 */
export function readVoiceOptOut(text: string): VoiceOptOutReading | null {
  if (classifyKeyword(text).keyword === 'stop')
    return { kind: 'revoke', optOut: { channels: ['voice'], reason: 'carrier_keyword', via: 'speech' } };
  const assessment = assessOptOut(text);
  if (assessment.decision === 'uncertain') {
    // On a call, a doubt about texts is a doubt about being contacted at all.
    const channel = assessment.channel === 'sms' ? 'all' : assessment.channel;
    return {
      kind: 'possible',
      reading: { channel, score: assessment.score, trigger: assessment.trigger ?? text },
    };
  }
  if (assessment.decision !== 'revoke') return null;
  const channels: ConsentChannel[] =
    assessment.channel === 'all'
      ? ['voice', 'sms', 'email']
      : assessment.channel === 'sms'
        ? ['voice', 'sms']
        : ['voice'];
  return {
    kind: 'revoke',
    optOut: { channels, reason: assessment.reason ?? 'plain_language', via: 'speech' },
  };
}

export const KEYPRESS_OPT_OUT: VoiceOptOut = { channels: ['voice'], reason: 'keypress', via: 'keypress' };

/** The one sentence that confirms it, before the call ends. */
export function optOutConfirmation(optOut: VoiceOptOut | null, language: SpokenLanguage = 'en'): string {
  const say = PHRASES[language];
  if (!optOut) return say.heldOptOut;
  return optOut.channels.includes('sms') ? say.optedOutAll : say.optedOutCalls;
}

/**
 * Records the revocation in the consent ledger at once, in one transaction with the lead locked. When
 * texts are revoked too, texts already waiting are blocked with this commit and the lead is opted out,
 * as a texted STOP does; no confirming text is sent (the caller heard the confirmation). The evidence is
 * the call and how it was said, never the words.
 */
export async function revokeByVoice(
  ctx: AppContext,
  props: { call: CallRow; optOut: VoiceOptOut; turnId: string },
): Promise<void> {
  const { call, optOut } = props;
  if (!call.leadId || !call.contactId) return;
  const workspaceId = call.workspaceId;
  const contactId = call.contactId;
  const leadId = call.leadId;
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const lead = await lockLead(trx, workspaceId, leadId);
    if (!lead) return;
    const evidence = {
      callId: call.id,
      callSid: call.providerCallSid,
      turnId: props.turnId,
      via: optOut.via,
      reason: optOut.reason,
      receivedAt: at.toISOString(),
    };
    for (const channel of optOut.channels) {
      await revokeChannel(trx, { workspaceId, contactId, channel, source: 'keyword', evidence, at });
    }
    if (call.conversationId) {
      await settleByLead(trx, {
        workspaceId,
        contactId,
        conversationId: call.conversationId,
        messageId: props.turnId,
        channel: optOut.channels.includes('sms')
          ? optOut.channels.includes('email')
            ? 'all'
            : 'sms'
          : 'voice',
        resolution: 'revoked_by_lead',
        at,
      });
    }
    if (optOut.channels.includes('sms')) {
      const blocked = await blockWaitingTexts(trx, { workspaceId, contactId, gateReason: 'opted_out', at });
      for (const messageId of blocked) {
        await recordGateDecision(trx, {
          workspaceId,
          contactId,
          messageId,
          stage: 'send',
          decision: { outcome: 'blocked', reason: 'opted_out', details: { revokedByCall: call.id } },
          at,
        });
      }
      await updateLead(trx, workspaceId, leadId, {
        stage: 'opted_out',
        lastActivityAt: at.toISOString(),
        updatedAt: at.toISOString(),
      });
    }
    const contact = await findContact(trx, workspaceId, contactId);
    const who = contact?.name ?? contact?.phone ?? 'A caller';
    await notifyTeam(trx, ctx, {
      workspaceId,
      leadId,
      userId: lead.assignedUserId,
      kind: 'voice_opt_out',
      subject: `${who} asked not to be called`,
      body: optOut.channels.includes('sms')
        ? 'On a call they asked us to stop calling and texting. Both are off; the call ended.'
        : 'On a call they asked us to stop calling. Calls are off; texting is unchanged. The call ended.',
    });
  });
}

/**
 * Words that may be an opt-out: the call's lead is flagged as a text would flag it (automated texts and
 * calls are held until a person confirms or clears it, and the team is told), with the caller's turn as
 * the evidence. Nothing is revoked.
 */
export async function holdPossibleVoiceOptOut(
  ctx: AppContext,
  props: { call: CallRow; reading: PossibleVoiceOptOut; turn: { id: string; text: string; at: string } },
): Promise<void> {
  const { call } = props;
  if (!call.leadId || !call.contactId || !call.conversationId) return;
  const { workspaceId, leadId, contactId, conversationId } = {
    workspaceId: call.workspaceId,
    leadId: call.leadId,
    contactId: call.contactId,
    conversationId: call.conversationId,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const lead = await lockLead(trx, workspaceId, leadId);
    const contact = await findContact(trx, workspaceId, contactId);
    if (!lead || !contact) return;
    // The flag's evidence is a message of the thread: the caller's words, as the call's history shows them.
    const { message } = await insertMessageOnce(
      trx,
      asMessage(call, { ...props.turn, speaker: 'caller', heardText: null, startedAt: props.turn.at }),
    );
    await flagPossibleOptOut(trx, ctx, {
      workspaceId,
      contact,
      lead,
      conversationId,
      messageId: message.id,
      reading: props.reading,
      source: 'detector',
      at: ctx.clock.now(),
    });
  });
}
