import twilio from 'twilio';
import type { AppContext } from '../http/context.js';
import { loadWorkspaceTwilio } from '../messaging/provider-settings.service.js';
import { rewriteTwilioApiUrl, TwilioHttpClient } from '../messaging/providers/twilio-http-client.js';

const TIMEOUT_MS = 10_000;
const MEDIA_TIMEOUT_MS = 60_000;
/** A recording larger than this is not a phone call of ours. */
export const MAX_RECORDING_BYTES = 100 * 1024 * 1024;

/** Twilio's Recordings: start one on a live call, fetch its audio, delete it. */
export interface RecordingsClient {
  readonly accountSid: string;
  start(callSid: string, statusCallback: string): Promise<{ sid: string; status: string }>;
  fetchAudio(recordingSid: string): Promise<Buffer>;
  remove(recordingSid: string): Promise<void>;
}

const RECORDING_SID = /^RE[0-9a-fA-F]{32}$/;

/** The workspace's own Twilio account when it has one, else the instance's; none on the sandbox. */
export async function recordingsClientFor(
  ctx: AppContext,
  workspaceId: string,
): Promise<RecordingsClient | null> {
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
  const checked = (sid: string) => {
    if (!RECORDING_SID.test(sid)) throw new Error('Not a recording SID');
    return sid;
  };
  return {
    accountSid: account.accountSid,
    async start(callSid, statusCallback) {
      const recording = await client.calls(callSid).recordings.create({
        recordingStatusCallback: statusCallback,
        recordingStatusCallbackMethod: 'POST',
        recordingStatusCallbackEvent: ['completed', 'absent'],
        recordingChannels: 'dual',
      });
      return { sid: recording.sid, status: recording.status };
    },
    async fetchAudio(recordingSid) {
      // The media URL is built here, never taken from a callback: only Twilio's API host is fetched.
      const official = `https://api.twilio.com/2010-04-01/Accounts/${account.accountSid}/Recordings/${checked(recordingSid)}.mp3`;
      const url = twilioApiBaseUrl ? rewriteTwilioApiUrl(official, twilioApiBaseUrl) : official;
      const auth = Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64');
      const response = await fetch(url, {
        headers: { authorization: `Basic ${auth}` },
        signal: AbortSignal.timeout(MEDIA_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`Twilio answered ${response.status} for the recording's audio`);
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > MAX_RECORDING_BYTES) throw new Error('The recording is larger than any call of ours');
      const audio = Buffer.from(await response.arrayBuffer());
      if (audio.length > MAX_RECORDING_BYTES)
        throw new Error('The recording is larger than any call of ours');
      return audio;
    },
    async remove(recordingSid) {
      try {
        await client.recordings(checked(recordingSid)).remove();
      } catch (error) {
        // Already gone at Twilio: what we wanted.
        if ((error as { status?: number }).status === 404) return;
        throw error;
      }
    },
  };
}
