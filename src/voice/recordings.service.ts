import type { AppContext } from '../http/context.js';
import { notFound } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { findCall, findCallById, updateCall } from './calls.repository.js';
import type { CallRow } from './calls.table.js';
import { agreesToRecording, RECORDING_PHRASES, type RecordingStatus } from './recording-policy.js';
import { deleteRecordingFile, readRecording, writeRecording } from './recording-vault.js';
import { type RecordingsClient, recordingsClientFor } from './recordings-client.js';
import type { SpokenLanguage } from './speech.js';
import { loadVoiceSettings } from './voice.settings.js';

function statusOf(call: CallRow): RecordingStatus | null {
  return call.recordingStatus as RecordingStatus | null;
}

function log(ctx: AppContext, call: CallRow) {
  return ctx.logger.child({ category: 'voice', callId: call.id });
}

/** What the caller's first words mean for the recording. */
export type FirstWords =
  | { kind: 'none' }
  /** The greeting announced the recording: it starts once this turn is answered. */
  | { kind: 'start_after_reply' }
  /** The answer to "may I record?": `say` alone when the words were only that answer, else before the reply. */
  | { kind: 'answered'; say: string; alone: boolean };

const BARE_ANSWER =
  /^(no|nope|nah|no thanks|no thank you|i'd rather not|rather not|don't|do not|please don't|no please don't|no gracias|prefiero que no|mejor no)$/;

/**
 * The caller's first words on a call: the answer to "may I record?" when the greeting asked it (only a
 * yes starts the recording), or the moment to start a recording the greeting announced. Later words
 * find the status settled.
 */
export async function recordingOnFirstWords(
  ctx: AppContext,
  props: { call: CallRow; text: string; lang?: SpokenLanguage },
): Promise<FirstWords> {
  const say = RECORDING_PHRASES[props.lang ?? 'en'];
  const call = (await findCall(ctx.db, props.call.workspaceId, props.call.id)) ?? props.call;
  const status = statusOf(call);
  if (status === 'pending') return { kind: 'start_after_reply' };
  if (status !== 'asking') return { kind: 'none' };
  if (agreesToRecording(props.text)) {
    const started = await startRecording(ctx, call);
    return { kind: 'answered', say: started ? say.agreed : say.unavailable, alone: true };
  }
  await setStatus(ctx, call, 'declined');
  const words = props.text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (BARE_ANSWER.test(words)) return { kind: 'answered', say: say.declined, alone: true };
  return { kind: 'answered', say: say.notRecorded, alone: false };
}

async function setStatus(ctx: AppContext, call: CallRow, status: RecordingStatus, extra = {}): Promise<void> {
  await updateCall(ctx.db, call.workspaceId, call.id, {
    recordingStatus: status,
    ...extra,
    updatedAt: ctx.clock.now().toISOString(),
  });
}

/** Asks Twilio to record the live call; its status callback brings the audio when the call ends. */
export async function startRecording(ctx: AppContext, call: CallRow): Promise<boolean> {
  const client = call.provider === 'twilio' ? await recordingsClientFor(ctx, call.workspaceId) : null;
  if (!client) {
    await setStatus(ctx, call, 'failed');
    return false;
  }
  const callback = `${ctx.config.publicUrl}/webhooks/twilio/voice/recording?callId=${encodeURIComponent(call.id)}`;
  try {
    const recording = await client.start(call.providerCallSid, callback);
    await setStatus(ctx, call, 'recording', { recordingEnabled: 1, recordingSid: recording.sid });
    return true;
  } catch (error) {
    log(ctx, call).warn({ err: error }, 'recording not started');
    await setStatus(ctx, call, 'failed');
    return false;
  }
}

/**
 * Twilio's recording status callback. `completed`: the audio is fetched, sealed under DATA_DIR and
 * Twilio's copy deleted — or, when the workspace keeps recordings at Twilio, only noted. A repeated
 * callback finds the work done and does nothing.
 */
export async function recordingFinished(
  ctx: AppContext,
  props: { callId: string; recordingSid: string; status: string; durationSeconds: number | null },
): Promise<void> {
  const call = await findCallById(ctx.db, props.callId);
  if (!call || call.recordingSid !== props.recordingSid || statusOf(call) !== 'recording') return;
  const duration = props.durationSeconds;
  if (props.status === 'absent') {
    await setStatus(ctx, call, 'absent', { recordingDurationSeconds: 0 });
    return;
  }
  if (props.status !== 'completed') return;
  const settings = await loadVoiceSettings(ctx.db, call.workspaceId);
  if (settings.recording.keep === 'twilio') {
    await setStatus(ctx, call, 'at_twilio', { recordingDurationSeconds: duration });
    return;
  }
  const client = await recordingsClientFor(ctx, call.workspaceId);
  if (!client) throw new Error('No Twilio account to fetch the recording from');
  const audio = await client.fetchAudio(props.recordingSid);
  const path = await writeRecording(
    { dataDir: ctx.config.dataDir, secrets: ctx.config, workspaceId: call.workspaceId, callId: call.id },
    audio,
  );
  await setStatus(ctx, call, 'stored', { recordingPath: path, recordingDurationSeconds: duration });
  try {
    await client.remove(props.recordingSid);
    await updateCall(ctx.db, call.workspaceId, call.id, { recordingSid: null });
  } catch (error) {
    // The SID stays: retention and erasure delete Twilio's copy again.
    log(ctx, call).warn({ err: error }, "Twilio's copy of the recording not deleted");
  }
}

/** The audio of a call's recording for a member of its workspace, written to the audit log. */
export async function recordingAudio(
  ctx: AppContext,
  props: { workspaceId: string; callId: string; by: Actor; ip?: string | undefined },
): Promise<Buffer> {
  const call = await findCall(ctx.db, props.workspaceId, props.callId);
  if (!call) throw notFound('Call');
  const status = statusOf(call);
  let audio: Buffer | null = null;
  if (status === 'stored' && call.recordingPath) {
    audio = await readRecording({ dataDir: ctx.config.dataDir, secrets: ctx.config }, call.recordingPath);
  } else if (status === 'at_twilio' && call.recordingSid) {
    const client = await recordingsClientFor(ctx, call.workspaceId);
    if (client) audio = await client.fetchAudio(call.recordingSid);
  }
  if (!audio) throw notFound('Recording');
  await audit(ctx.db, {
    workspaceId: props.workspaceId,
    actor: auditActor(props.by),
    action: 'call.recording_played',
    target: { type: 'call', id: call.id },
    ip: props.ip ?? null,
    at: ctx.clock.now(),
  });
  return audio;
}

/**
 * Deletes recordings: the sealed file, and Twilio's copy when one may remain (kept there, or a delete
 * that failed after the fetch). The call row keeps that there was a recording, and that it is gone.
 */
export async function deleteRecordings(ctx: AppContext, calls: readonly CallRow[]): Promise<number> {
  let deleted = 0;
  const clients = new Map<string, RecordingsClient | null>();
  for (const call of calls) {
    if (!call.recordingPath && !call.recordingSid) continue;
    if (call.recordingPath) await deleteRecordingFile(ctx.config.dataDir, call.recordingPath);
    if (call.recordingSid) {
      if (!clients.has(call.workspaceId))
        clients.set(call.workspaceId, await recordingsClientFor(ctx, call.workspaceId));
      // An unreachable Twilio stops the erasure: it is retried rather than reported done.
      await clients.get(call.workspaceId)?.remove(call.recordingSid);
    }
    await setStatus(ctx, call, 'deleted', { recordingPath: null, recordingSid: null });
    deleted += 1;
  }
  return deleted;
}

/** A person's recordings, for erasure. */
export async function eraseRecordingsOfContact(
  ctx: AppContext,
  props: { workspaceId: string; contactId: string },
): Promise<number> {
  const calls = await ctx.db
    .selectFrom('calls')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('contactId', '=', props.contactId)
    .where((eb) => eb.or([eb('recordingPath', 'is not', null), eb('recordingSid', 'is not', null)]))
    .execute();
  return deleteRecordings(ctx, calls);
}

/** Recordings of leads quiet since `cutoff`, on the same terms as transcripts. */
export async function expireRecordings(
  ctx: AppContext,
  props: { workspaceId: string; cutoff: string; limit: number },
): Promise<number> {
  const calls = await ctx.db
    .selectFrom('calls')
    .innerJoin('leads', (join) =>
      join.onRef('leads.id', '=', 'calls.leadId').onRef('leads.workspaceId', '=', 'calls.workspaceId'),
    )
    .selectAll('calls')
    .where('calls.workspaceId', '=', props.workspaceId)
    .where('leads.lastActivityAt', '<', props.cutoff)
    .where((eb) =>
      eb.or([eb('calls.recordingPath', 'is not', null), eb('calls.recordingSid', 'is not', null)]),
    )
    .limit(props.limit)
    .execute();
  return deleteRecordings(ctx, calls);
}
