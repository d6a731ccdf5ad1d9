import { amdWebhook, callStatusWebhook, type FakeCall, type FakeCallStatus } from '../fakes/twilio/calls.js';
import { FakeConversationRelay } from '../fakes/twilio/conversation-relay.js';
import { asSession } from './app.js';
import { consentEvidence, nextPhone } from './factories.js';
import { drainAll } from './scheduling.js';
import { OUR_NUMBER, postWebhook, TWILIO_AUTH_TOKEN } from './twilio-app.js';
import { relayOf, type VoiceTestApp } from './voice.js';

export const VOICE_DISCLOSURE =
  'By checking this box you agree that Test Realty may call you about your inquiry, including automated calls and calls with an artificial or AI-generated voice.';

/** Turns on calls to new leads (and anything else given) as the workspace's owner. */
export async function setVoiceSettings(t: VoiceTestApp, patch: Record<string, unknown>) {
  const response = await t.app.inject({
    method: 'PATCH',
    url: '/api/v1/voice/settings',
    headers: asSession(t.team.owner.session),
    payload: patch,
  });
  if (response.statusCode !== 200) throw new Error(`voice settings: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A lead through the API with consent to texts and calls (each can be turned off). */
export async function postLeadWithVoiceConsent(
  t: VoiceTestApp,
  props: { phone?: string; sms?: boolean; voice?: boolean; name?: string } = {},
): Promise<{ leadId: string; contactId: string; phone: string }> {
  const phone = props.phone ?? nextPhone();
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/leads',
    headers: { authorization: `Bearer ${t.team.key.secret}` },
    payload: {
      name: props.name ?? 'Jordan Buyer',
      phone,
      message: 'Interested in homes in Austin around 450k',
      consent: consentEvidence({
        sms: props.sms ?? true,
        voice: props.voice ?? true,
        voiceDisclosure: VOICE_DISCLOSURE,
        capturedAt: t.clock.now().toISOString(),
      }),
    },
  });
  if (response.statusCode >= 300) throw new Error(`lead: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return { leadId: body.leadId, contactId: body.contactId, phone };
}

/** Runs the queue, then again after the speed-to-lead delay: the call is placed by then if it may be. */
export async function runCallJobs(t: VoiceTestApp, delaySeconds = 30) {
  await drainAll(t);
  t.clock.advance(delaySeconds * 1000);
  await drainAll(t);
}

/** The fake's call to a number, the newest. */
export function fakeCallTo(t: VoiceTestApp, phone: string): FakeCall | undefined {
  return t.fake.calls.filter((c) => c.to === phone).at(-1);
}

export function progress(
  t: VoiceTestApp,
  call: FakeCall,
  status: FakeCallStatus,
  extra: Record<string, string> = {},
) {
  return postWebhook(t, callStatusWebhook(TWILIO_AUTH_TOKEN, call, status, extra));
}

export function amd(t: VoiceTestApp, call: FakeCall, answeredBy: string) {
  return postWebhook(t, amdWebhook(TWILIO_AUTH_TOKEN, call, answeredBy));
}

/** The lead picks up: Twilio runs the call's TwiML, whose ConversationRelay connects to our socket. */
export async function pickUp(t: VoiceTestApp, call: FakeCall, twiml = call.twiml[0] ?? '') {
  await progress(t, call, 'in-progress');
  return connectRelay(t, { twiml, callSid: call.sid, from: call.to });
}

/** Connects Twilio's side of a relay session for TwiML we answered, and sets it up. */
export async function connectRelay(t: VoiceTestApp, props: { twiml: string; callSid: string; from: string }) {
  const { url, callId } = relayOf(props.twiml);
  const path = new URL(url).pathname + new URL(url).search;
  const relay = await FakeConversationRelay.connect({
    localUrl: `${t.origin}${path}`,
    signedUrl: url,
    authToken: TWILIO_AUTH_TOKEN,
  });
  relay.setup({ callSid: props.callSid, from: props.from, to: OUR_NUMBER, callId });
  for (let i = 0; i < 250; i += 1) {
    const row = await t.ctx.db
      .selectFrom('calls')
      .select('connectedAt')
      .where('id', '=', callId)
      .executeTakeFirst();
    if (row?.connectedAt) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { relay, callId };
}

/** The greeting of a relay TwiML, unescaped. */
export function greetingOf(twiml: string): string {
  const raw = /welcomeGreeting="([^"]*)"/.exec(twiml)?.[1] ?? '';
  return raw.replaceAll('&apos;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
