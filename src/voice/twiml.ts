import twilio from 'twilio';

/** The caller hears this first: who answers (an AI assistant, for whom), and that the call is recorded when it is. */
export function greetingFor(props: {
  businessName: string;
  assistantName: string | null;
  recorded: boolean;
}): string {
  const who = props.assistantName
    ? `I'm ${props.assistantName}, an AI assistant answering calls for ${props.businessName}`
    : `I'm an AI assistant answering calls for ${props.businessName}`;
  const recording = props.recorded ? ' This call is recorded.' : '';
  return `Thanks for calling ${props.businessName}. ${who}.${recording} You can ask for a person at any time, or press 0. How can I help?`;
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
  language?: string;
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
    language: props.language ?? 'en-US',
  });
  relay.parameter({ name: 'callId', value: props.callId });
  return response.toString();
}

/** A call the assistant cannot take: said once, then hung up. */
export function sayAndHangUp(text: string): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say(text);
  response.hangup();
  return response.toString();
}

/** The answer to the `ended` callback: nothing more to do on the call. */
export function hangUpTwiml(): string {
  const response = new twilio.twiml.VoiceResponse();
  response.hangup();
  return response.toString();
}
