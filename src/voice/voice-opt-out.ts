import { revokeChannel } from '../consent/consent.service.js';
import type { ConsentChannel } from '../consent/consent.table.js';
import { recordGateDecision } from '../consent/gate.js';
import { assessOptOut, classifyKeyword, type OptOutReason } from '../consent/keywords.js';
import type { AppContext } from '../http/context.js';
import { findContact, lockLead, updateLead } from '../leads/leads.repository.js';
import { settleByLead } from '../messaging/inbound.possible-opt-out.js';
import { blockWaitingTexts } from '../messaging/messaging.repository.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import type { CallRow } from './calls.table.js';

/** A revocation heard on a call: always of calls; of texts (and email) too when the words say so. */
export interface VoiceOptOut {
  channels: ConsentChannel[];
  reason: OptOutReason | 'keypress';
  via: 'speech' | 'keypress';
}

/**
 * Reads what the caller said with the same layers as a text. On a call a bare "stop" means stop calling;
 * "don't call me again" is calls only; "stop texting me" adds texts; "take me off your list" is all.
 */
export function voiceOptOutIn(text: string): VoiceOptOut | null {
  if (classifyKeyword(text).keyword === 'stop')
    return { channels: ['voice'], reason: 'carrier_keyword', via: 'speech' };
  const assessment = assessOptOut(text);
  if (assessment.decision !== 'revoke') return null;
  const channels: ConsentChannel[] =
    assessment.channel === 'all'
      ? ['voice', 'sms', 'email']
      : assessment.channel === 'sms'
        ? ['voice', 'sms']
        : ['voice'];
  return { channels, reason: assessment.reason ?? 'plain_language', via: 'speech' };
}

export const KEYPRESS_OPT_OUT: VoiceOptOut = { channels: ['voice'], reason: 'keypress', via: 'keypress' };

/** The one sentence that confirms it, before the call ends. */
export function optOutConfirmation(optOut: VoiceOptOut): string {
  return optOut.channels.includes('sms')
    ? "Understood. You won't get any more calls or texts from us. Goodbye."
    : "Understood. We won't call you again. Goodbye.";
}

/**
 * Records the revocation in the consent ledger at once, in one transaction with the lead locked. When
 * texts are revoked too, texts already waiting are blocked with this commit and the lead is opted out,
 * as a texted STOP does; no confirming text is sent (the caller heard the confirmation). The evidence is
 * the call and how it was said, never the words.
 */
export async function revokeByVoice(
  ctx: AppContext,
  props: { call: CallRow; optOut: VoiceOptOut },
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
        messageId: call.id,
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
