import { fromJson, toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { findUser } from '../workspaces/users.repository.js';
import { callLanguage } from './call-language.js';
import { updateCall } from './calls.repository.js';
import type { CallRow, TransferAttempt } from './calls.table.js';
import { relayTwiml, transferTwiml } from './twiml.js';
import { loadVoiceSettings } from './voice.settings.js';
import { offerByVoice } from './voice-booking.js';
import { PHRASES } from './voice-phrases.js';

/** The relay session ended for a transfer: Twilio dials the person, who hears the whisper first. */
export async function transferDial(ctx: AppContext, call: CallRow): Promise<string | null> {
  if (call.transferStatus !== 'dialing' || !call.transferTo) return null;
  const settings = await loadVoiceSettings(ctx.db, call.workspaceId);
  const lang = await callLanguage(ctx.db, { workspaceId: call.workspaceId, leadId: call.leadId });
  return transferTwiml({
    lang,
    publicUrl: ctx.config.publicUrl,
    callId: call.id,
    to: call.transferTo,
    callerId: call.direction === 'inbound' ? call.toNumber : call.fromNumber,
    ringSeconds: settings.transfer.ringSeconds,
  });
}

/**
 * The person did not take the call: the caller is back with the assistant, in a new relay session that
 * starts by saying so and offering times for a callback (or a showing, the workspace's booking type).
 */
export async function backToAssistant(ctx: AppContext, call: CallRow): Promise<string> {
  const attempts = fromJson<TransferAttempt[] | null>(call.transferAttempts ?? null) ?? [];
  const agentId = attempts.at(-1)?.agentId ?? null;
  const agent = agentId ? await findUser(ctx.db, call.workspaceId, agentId) : undefined;
  const language = await callLanguage(ctx.db, { workspaceId: call.workspaceId, leadId: call.leadId });
  const say = PHRASES[language];
  const who = agent?.name.trim().split(/\s+/)[0] ?? say.theTeam;
  const offered = await offerByVoice(ctx, { call, requestedTime: null, tz: 'UTC', lang: language });
  const greeting = offered ? say.missedOffer(who, offered.say) : say.missed(who);
  await updateCall(ctx.db, call.workspaceId, call.id, {
    relayState: toJson(offered?.state ?? {}),
    greeting: call.greeting,
    updatedAt: ctx.clock.now().toISOString(),
  });
  return relayTwiml({ publicUrl: ctx.config.publicUrl, callId: call.id, greeting, language });
}
