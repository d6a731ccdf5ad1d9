import type { AddressInfo } from 'node:net';
import { FakeConversationRelay } from '../fakes/twilio/conversation-relay.js';
import { signWebhook } from '../fakes/twilio/webhooks.js';
import { buildAgent, buildType, everyDay } from './scheduling.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  PUBLIC_URL,
  postWebhook,
  TWILIO_ACCOUNT_SID,
  TWILIO_AUTH_TOKEN,
  type TwilioTestApp,
} from './twilio-app.js';

let sidCounter = 0;

/** A Twilio-looking call SID no other test uses. */
export function nextCallSid(): string {
  sidCounter += 1;
  return `CA${String(Date.now()).slice(-8)}${String(sidCounter).padStart(24, '0')}`;
}

export interface VoiceTestApp extends TwilioTestApp {
  /** Where the app listens, for the relay socket. */
  origin: string;
}

/** The app on Twilio with its fake, listening on a local port so a relay client can connect. */
export async function buildVoiceTestApp(env: Record<string, string> = {}): Promise<VoiceTestApp> {
  const t = await buildTwilioTestApp(env);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return { ...t, origin: `ws://127.0.0.1:${port}` };
}

/** Twilio's incoming-call webhook, signed; the answer is TwiML. */
export function postIncomingCall(t: TwilioTestApp, props: { callSid: string; from: string; to?: string }) {
  const hook = signWebhook(TWILIO_AUTH_TOKEN, `${PUBLIC_URL}/webhooks/twilio/voice`, {
    CallSid: props.callSid,
    AccountSid: TWILIO_ACCOUNT_SID,
    From: props.from,
    To: props.to ?? OUR_NUMBER,
    CallStatus: 'ringing',
    Direction: 'inbound',
    ApiVersion: '2010-04-01',
  });
  return postWebhook(t, hook);
}

/** The relay URL and call id a TwiML answer names. */
export function relayOf(twiml: string): { url: string; callId: string } {
  const url = /<ConversationRelay[^>]* url="([^"]+)"/.exec(twiml)?.[1]?.replaceAll('&amp;', '&');
  const callId = /<Parameter name="callId" value="([^"]+)"/.exec(twiml)?.[1];
  if (!url || !callId) throw new Error(`no ConversationRelay in ${twiml}`);
  return { url, callId };
}

/** An incoming call answered, and Twilio's relay connected and set up for it. */
export async function startCall(
  t: VoiceTestApp,
  props: { from: string; callSid?: string },
): Promise<{ relay: FakeConversationRelay; callId: string; callSid: string; twiml: string }> {
  const callSid = props.callSid ?? nextCallSid();
  const answered = await postIncomingCall(t, { callSid, from: props.from });
  if (answered.statusCode !== 200) throw new Error(`voice webhook: ${answered.statusCode} ${answered.body}`);
  const { url, callId } = relayOf(answered.body);
  const path = new URL(url).pathname + new URL(url).search;
  const relay = await FakeConversationRelay.connect({
    localUrl: `${t.origin}${path}`,
    signedUrl: url,
    authToken: TWILIO_AUTH_TOKEN,
  });
  relay.setup({ callSid, from: props.from, to: OUR_NUMBER, callId });
  // Twilio plays the greeting while the socket is set up: the caller speaks once that is done.
  for (let i = 0; i < 250; i += 1) {
    const call = await t.ctx.db
      .selectFrom('calls')
      .select(['status'])
      .where('id', '=', callId)
      .executeTakeFirst();
    if (call?.status === 'in-progress') break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { relay, callId, callSid, twiml: answered.body };
}

/**
 * Dana Reyes, an agent in Chicago open every day (two hours' notice), who takes the workspace's one
 * appointment type: a caller can be offered times and book one.
 */
export async function buildBookableAgent(t: VoiceTestApp) {
  const agent = await buildAgent(t.ctx, {
    workspaceId: t.team.workspace.id,
    timezone: 'America/Chicago',
    name: 'Dana Reyes',
    availability: { weekly: everyDay(), minimumNoticeMinutes: 120 },
  });
  await buildType(t.ctx, { workspaceId: t.team.workspace.id, agents: [{ agentId: agent.id }] });
  return agent;
}

/** Polls until `read` gives a value (every 20 ms, for four seconds at most). */
export async function eventually<T>(read: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = await read();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out');
}
