import { randomBytes } from 'node:crypto';
import { API_VERSION, accountPath, errorJson, rfc2822 } from './twilio-json.js';
import { type SignedWebhook, signWebhook } from './webhooks.js';

/**
 * Twilio's Recordings as the fake plays them: start one on a live call (`POST Calls/{CA}/Recordings.json`
 * with RecordingStatusCallback), fetch its audio (`GET Recordings/{RE}.mp3`), and delete it
 * (`DELETE Recordings/{RE}.json`, 204; 404 once gone). The test ends a recording with `finish`, which
 * builds the signed status callback Twilio would send.
 */
export interface FakeRecording {
  sid: string;
  accountSid: string;
  callSid: string;
  status: 'in-progress' | 'completed' | 'absent';
  statusCallback: string | null;
  statusCallbackEvents: string[];
  channels: string | null;
  audio: Buffer;
  durationSeconds: number;
  deleted: boolean;
  dateCreated: Date;
}

export interface RawReply {
  status: number;
  body: Record<string, unknown> | null;
  raw?: { contentType: string; data: Buffer };
}

function recordingJson(r: FakeRecording): Record<string, unknown> {
  return {
    sid: r.sid,
    account_sid: r.accountSid,
    call_sid: r.callSid,
    api_version: API_VERSION,
    status: r.status,
    channels: r.channels === 'dual' ? 2 : 1,
    source: 'StartCallRecordingAPI',
    duration: r.status === 'completed' ? String(r.durationSeconds) : '-1',
    date_created: rfc2822(r.dateCreated),
    date_updated: rfc2822(r.dateCreated),
    start_time: rfc2822(r.dateCreated),
    uri: `${accountPath(r.accountSid)}/Recordings/${r.sid}.json`,
  };
}

export function createRecordings(options: { accountSid: string; liveCall: (sid: string) => boolean }) {
  const recordings: FakeRecording[] = [];
  const base = accountPath(options.accountSid);

  function handle(method: string, pathname: string, form: URLSearchParams): RawReply | undefined {
    const start = new RegExp(`^${base}/Calls/(CA[0-9a-fA-F]+)/Recordings\\.json$`).exec(pathname);
    if (start?.[1] && method === 'POST') {
      if (!options.liveCall(start[1])) {
        return {
          status: 400,
          body: errorJson(400, 21220, 'Requested resource is not eligible for recording'),
        };
      }
      const recording: FakeRecording = {
        sid: `RE${randomBytes(16).toString('hex')}`,
        accountSid: options.accountSid,
        callSid: start[1],
        status: 'in-progress',
        statusCallback: form.get('RecordingStatusCallback'),
        statusCallbackEvents: form.getAll('RecordingStatusCallbackEvent'),
        channels: form.get('RecordingChannels'),
        audio: Buffer.concat([Buffer.from('ID3'), randomBytes(2048)]),
        durationSeconds: 0,
        deleted: false,
        dateCreated: new Date(),
      };
      recordings.push(recording);
      return { status: 201, body: recordingJson(recording) };
    }
    const one = new RegExp(`^${base}/Recordings/(RE[0-9a-fA-F]+)\\.(json|mp3|wav)$`).exec(pathname);
    if (!one?.[1]) return undefined;
    const recording = recordings.find((r) => r.sid === one[1] && !r.deleted);
    if (!recording) return { status: 404, body: errorJson(404, 20404) };
    if (method === 'DELETE' && one[2] === 'json') {
      recording.deleted = true;
      return { status: 204, body: null };
    }
    if (method !== 'GET') return undefined;
    if (one[2] === 'json') return { status: 200, body: recordingJson(recording) };
    if (recording.status !== 'completed') return { status: 404, body: errorJson(404, 20404) };
    return {
      status: 200,
      body: null,
      raw: { contentType: one[2] === 'mp3' ? 'audio/mpeg' : 'audio/x-wav', data: recording.audio },
    };
  }

  /** The recording ends (the call hung up): the signed callback Twilio sends for it. */
  function finish(
    authToken: string,
    sid: string,
    props: { status?: 'completed' | 'absent'; durationSeconds?: number } = {},
  ): SignedWebhook {
    const recording = recordings.find((r) => r.sid === sid);
    if (!recording?.statusCallback) throw new Error(`Fake Twilio has no recording ${sid} with a callback`);
    recording.status = props.status ?? 'completed';
    recording.durationSeconds = props.durationSeconds ?? 42;
    return signWebhook(authToken, recording.statusCallback, {
      AccountSid: recording.accountSid,
      CallSid: recording.callSid,
      RecordingSid: recording.sid,
      RecordingUrl: `https://api.twilio.com${base}/Recordings/${recording.sid}`,
      RecordingStatus: recording.status,
      RecordingDuration: String(recording.durationSeconds),
      RecordingChannels: recording.channels === 'dual' ? '2' : '1',
      RecordingSource: 'StartCallRecordingAPI',
      RecordingStartTime: rfc2822(recording.dateCreated),
    });
  }

  return { recordings, handle, finish };
}
