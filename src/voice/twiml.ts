import twilio from 'twilio';
import type { SpokenLanguage } from './speech.js';
import { PHRASES, SPEECH_LOCALE } from './voice-phrases.js';

/** The caller hears this first: who answers (an AI assistant, for whom), and that the call is recorded when it is. */
export function greetingFor(props: {
  businessName: string;
  assistantName: string | null;
  recorded: boolean;
  /** All-party consent: the greeting ends by asking to record, and the caller's answer decides. */
  askToRecord?: string | undefined;
  lang?: SpokenLanguage;
}): string {
  if (props.lang === 'es') return greetingEs(props);
  const who = props.assistantName
    ? `I'm ${props.assistantName}, an AI assistant answering calls for ${props.businessName}`
    : `I'm an AI assistant answering calls for ${props.businessName}`;
  const recording = props.recorded ? ' This call is recorded.' : '';
  const question = props.askToRecord ?? 'How can I help?';
  return `Thanks for calling ${props.businessName}. ${who}.${recording} You can ask for a person at any time, or press 0. ${question}`;
}

function greetingEs(props: {
  businessName: string;
  assistantName: string | null;
  recorded: boolean;
  askToRecord?: string | undefined;
}): string {
  const who = props.assistantName
    ? `Soy ${props.assistantName}, un asistente de inteligencia artificial que contesta las llamadas de ${props.businessName}`
    : `Soy un asistente de inteligencia artificial que contesta las llamadas de ${props.businessName}`;
  const recording = props.recorded ? ' Esta llamada se graba.' : '';
  const question = props.askToRecord ?? '¿En qué le puedo ayudar?';
  return `Gracias por llamar a ${props.businessName}. ${who}.${recording} Puede pedir hablar con una persona en cualquier momento, o marcar 0. ${question}`;
}

/** The public WebSocket address of the relay: PUBLIC_URL's host, always over TLS as Twilio requires. */
export function relayUrl(publicUrl: string): string {
  const url = new URL(publicUrl);
  return `wss://${url.host}/voice/relay`;
}

/**
 * Hands the call to ConversationRelay: our socket speaks for the business, the caller may talk over it
 * and press keys, and when the session ends Twilio tells the `ended` webhook. The `<Parameter>`s name
 * our call, so the socket finds it without trusting anything else the caller could influence.
 */
export function relayTwiml(props: {
  publicUrl: string;
  callId: string;
  greeting: string;
  /** The language the call starts in; the relay switches to the other when the caller speaks it. */
  language?: SpokenLanguage;
}): string {
  const response = new twilio.twiml.VoiceResponse();
  const connect = response.connect({ action: `${props.publicUrl}/webhooks/twilio/voice/ended` });
  const relay = connect.conversationRelay({
    // The call is named in the URL too, so the handshake's signature can be checked with its account.
    url: `${relayUrl(props.publicUrl)}?callId=${encodeURIComponent(props.callId)}`,
    welcomeGreeting: props.greeting,
    welcomeGreetingInterruptible: 'any',
    interruptible: 'any',
    dtmfDetection: true,
    language: SPEECH_LOCALE[props.language ?? 'en'],
  });
  // Every language the assistant speaks, so a `language` message can switch the call to it.
  for (const code of Object.values(SPEECH_LOCALE)) relay.language({ code });
  relay.parameter({ name: 'callId', value: props.callId });
  return response.toString();
}

/** Twilio's text-to-speech in the language of the words (the locales of SPEECH_LOCALE). */
const SAY_LANGUAGE = { en: 'en-US', es: 'es-US' } as const satisfies typeof SPEECH_LOCALE;
const sayIn = (lang: SpokenLanguage) => (lang === 'en' ? {} : { language: SAY_LANGUAGE[lang] });

/** A call the assistant cannot take: said once, then hung up. */
export function sayAndHangUp(text: string, lang: SpokenLanguage = 'en'): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say(sayIn(lang), text);
  response.hangup();
  return response.toString();
}

/** The answer to the `ended` callback: nothing more to do on the call. */
export function hangUpTwiml(): string {
  const response = new twilio.twiml.VoiceResponse();
  response.hangup();
  return response.toString();
}

/**
 * What the lead hears first when we call: who is calling (an AI assistant, for whom, about what), and how
 * to stop the calls or reach a person. Said before anything else, as the TCPA's artificial-voice rules ask.
 */
export function outboundGreetingFor(props: {
  businessName: string;
  assistantName: string | null;
  firstName: string | null;
  /** The call is recorded: said after who is calling, before anything is recorded. */
  recorded?: boolean;
  /** All-party consent: the greeting ends by asking to record, and the lead's answer decides. */
  askToRecord?: string | undefined;
  lang?: SpokenLanguage;
}): string {
  if (props.lang === 'es') {
    const who = props.assistantName
      ? `habla ${props.assistantName}, un asistente de inteligencia artificial que llama de parte de ${props.businessName}`
      : `le habla un asistente de inteligencia artificial que llama de parte de ${props.businessName}`;
    const recording = props.recorded ? ' Esta llamada se graba.' : '';
    const question = props.askToRecord ?? '¿Es buen momento para hablar?';
    return `Hola${props.firstName ? ` ${props.firstName}` : ''}, ${who} sobre su consulta.${recording} Para no recibir más llamadas, diga «no me llamen» o marque 9. Para hablar con una persona, marque 0. ${question}`;
  }
  const hello = props.firstName ? `Hi ${props.firstName}` : 'Hi';
  const who = props.assistantName
    ? `this is ${props.assistantName}, an AI assistant calling for ${props.businessName}`
    : `this is an AI assistant calling for ${props.businessName}`;
  const recording = props.recorded ? ' This call is recorded.' : '';
  const question = props.askToRecord ?? 'Is now a good time to talk?';
  return `${hello}, ${who} about your inquiry.${recording} To stop these calls, say stop or press 9. For a person, press 0. ${question}`;
}

/** The voicemail, after the beep, then the end of the call. */
export function voicemailTwiml(text: string, lang: SpokenLanguage = 'en'): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say(sayIn(lang), text);
  response.hangup();
  return response.toString();
}

/**
 * Puts the caller through to a person. The person hears the whisper first (who is calling, what they
 * want) and takes the call with 1; until then the caller hears ringing. When the dial ends, for any
 * reason, Twilio asks the `transfer` webhook what comes next.
 */
export function transferTwiml(props: {
  publicUrl: string;
  callId: string;
  to: string;
  callerId: string | null;
  ringSeconds: number;
  /** The call's language: the caller hears the hold message, the person the whisper, in it. */
  lang?: SpokenLanguage;
}): string {
  const lang = props.lang ?? 'en';
  const response = new twilio.twiml.VoiceResponse();
  response.say(sayIn(lang), PHRASES[lang].holdForTransfer);
  const query = `callId=${encodeURIComponent(props.callId)}`;
  const dial = response.dial({
    action: `${props.publicUrl}/webhooks/twilio/voice/transfer?${query}`,
    timeout: props.ringSeconds,
    answerOnBridge: true,
    ...(props.callerId ? { callerId: props.callerId } : {}),
  });
  dial.number({ url: `${props.publicUrl}/webhooks/twilio/voice/whisper?${query}` }, props.to);
  return response.toString();
}

/** Said to the person before the caller is put through; one key takes the call, anything else declines it. */
export function whisperTwiml(props: {
  publicUrl: string;
  callId: string;
  summary: string;
  lang?: SpokenLanguage;
}): string {
  const lang = props.lang ?? 'en';
  const response = new twilio.twiml.VoiceResponse();
  const gather = response.gather({
    numDigits: 1,
    timeout: 8,
    action: `${props.publicUrl}/webhooks/twilio/voice/whisper/answer?callId=${encodeURIComponent(props.callId)}`,
  });
  gather.say(sayIn(lang), `${props.summary} ${PHRASES[lang].takeCall}`);
  response.say(sayIn(lang), PHRASES[lang].callNotTaken);
  response.hangup();
  return response.toString();
}

/** The person pressed 1: an empty answer lets the dial bridge the two calls. */
export function bridgeTwiml(): string {
  return new twilio.twiml.VoiceResponse().toString();
}
