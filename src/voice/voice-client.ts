import twilio from 'twilio';
import type { AppContext } from '../http/context.js';
import { loadWorkspaceTwilio } from '../messaging/provider-settings.service.js';
import { TwilioHttpClient } from '../messaging/providers/twilio-http-client.js';

const TIMEOUT_MS = 10_000;

export interface PlaceCallProps {
  to: string;
  from: string;
  /** What Twilio runs when the call is answered: the relay at once, with the greeting. */
  twiml: string;
  statusCallback: string;
  amdCallback: string;
  timeoutSeconds: number;
}

/** Twilio's Calls resource, through the official SDK, for one workspace's account. */
export interface VoiceClient {
  place(props: PlaceCallProps): Promise<{ sid: string; status: string }>;
  /** Replaces what a live call is doing (the voicemail after the beep, or a hang-up). */
  redirect(sid: string, twiml: string): Promise<void>;
}

/**
 * The workspace's own Twilio account when it has one, else the instance's; none on the sandbox provider,
 * which has no telephone network to call through.
 */
export async function voiceClientFor(ctx: AppContext, workspaceId: string): Promise<VoiceClient | null> {
  const own = await loadWorkspaceTwilio(ctx, workspaceId);
  const { provider, twilioAccountSid, twilioAuthToken, twilioApiBaseUrl } = ctx.config.sms;
  const account =
    own ??
    (provider === 'twilio' && twilioAccountSid && twilioAuthToken
      ? { accountSid: twilioAccountSid, authToken: twilioAuthToken }
      : undefined);
  if (!account) return null;
  const client = twilio(account.accountSid, account.authToken, {
    httpClient: new TwilioHttpClient({ baseUrl: twilioApiBaseUrl, timeoutMs: TIMEOUT_MS }),
  });
  return {
    async place(props) {
      const call = await client.calls.create({
        to: props.to,
        from: props.from,
        twiml: props.twiml,
        timeout: props.timeoutSeconds,
        statusCallback: props.statusCallback,
        statusCallbackMethod: 'POST',
        statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
        // Asynchronous: the caller hears the assistant at once; the verdict comes after the beep.
        machineDetection: 'DetectMessageEnd',
        asyncAmd: 'true',
        asyncAmdStatusCallback: props.amdCallback,
        asyncAmdStatusCallbackMethod: 'POST',
      });
      return { sid: call.sid, status: call.status };
    },
    async redirect(sid, twiml) {
      await client.calls(sid).update({ twiml });
    },
  };
}
