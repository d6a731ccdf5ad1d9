import type { DbOrTrx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { newId } from '../platform/ids.js';
import { callLanguage, heardLanguage } from './call-language.js';
import {
  findCallById,
  insertCallTurn,
  recordCallStatus,
  updateCall,
  updateCallTurn,
} from './calls.repository.js';
import { closeCall } from './calls.service.js';
import type { CallOutcome, CallRow, CallTurnRow } from './calls.table.js';
import { recordingOnFirstWords, startRecording } from './recordings.service.js';
import { type OutboundFrame, parseFrame, type RelayFrame, type SetupFrame } from './relay.protocol.js';
import { type SpokenLanguage, speechTokens } from './speech.js';
import { beginTransfer, planTransfer, tellAgentMissed } from './transfer.service.js';
import { bookingByVoice, offerByVoice, type RelayState } from './voice-booking.js';
import {
  holdPossibleVoiceOptOut,
  KEYPRESS_OPT_OUT,
  optOutConfirmation,
  readVoiceOptOut,
  revokeByVoice,
  type VoiceOptOut,
} from './voice-opt-out.js';
import { PHRASES, SPEECH_LOCALE } from './voice-phrases.js';
import type { Utterance } from './voice-turn.context.js';
import { type CallEngine, callEngine, engineTurn, handOffCall } from './voice-turn.js';

/** What the assistant says back, and whether the call ends after it. */
interface Reply {
  say: string[];
  state?: RelayState;
  end?: { outcome: CallOutcome; handoffReason?: string; transfer?: boolean };
  outcome?: CallOutcome;
  /** The language it is said in, when not the call's current one. */
  language?: SpokenLanguage;
}
/** A `prompt` that ends what the caller said: the cue for the acknowledgement. */
function isFinalPrompt(raw: string): boolean {
  const parsed = parseFrame(raw);
  return (
    'frame' in parsed &&
    parsed.frame.type === 'prompt' &&
    parsed.frame.last !== false &&
    parsed.frame.voicePrompt.trim() !== ''
  );
}

/** A possible opt-out this likely (the reader's score) ends the assistant's part of the call. */
const LEANS_TO_REVOCATION = 0.5;

/** Longest utterance kept: a caller reading a page aloud is still one turn. */
const MAX_UTTERANCE = 2_000;

/**
 * One ConversationRelay socket. Frames are handled one at a time in arrival order; none of them, however
 * malformed, can throw out of here. The socket is bound to its call by `setup`, which must name the call
 * the handshake was signed for and that call's SID. What the caller says is logged by kind only, never
 * by content.
 */
export class RelaySession {
  private call: CallRow | null = null;
  private state: RelayState = {};
  private transcript: CallTurnRow[] = [];
  private queue: Promise<void> = Promise.resolve();
  private partial = '';
  private lastAssistant: CallTurnRow | null = null;
  private endedBy: { outcome: CallOutcome; handoffReason?: string; transfer?: boolean } | null = null;
  private outcome: CallOutcome | null = null;
  /** Why the engine handed off on a call that goes on (to book a time): the call log's reason at the end. */
  private handoffReason: string | null = null;
  /** A language model helps the engine: the caller hears an acknowledgement while it thinks. */
  private modelThinks = false;
  private engine: CallEngine | undefined;
  /** Of the answer being given: how many of its parts were spoken already, and when the caller stopped. */
  private streamed = 0;
  private turnStartedAt = 0;
  /** What Twilio speaks and hears now: the greeting's language until the caller speaks the other. */
  private language: SpokenLanguage = 'en';
  /** Whether answers follow the caller's language (the workspace's replyInLeadLanguage). */
  private followCaller = true;

  constructor(
    private readonly ctx: AppContext,
    private readonly props: {
      /** The call the handshake's signature covered. */
      callId: string;
      send: (frame: OutboundFrame) => void;
      close: (code: number) => void;
    },
  ) {}

  private get log() {
    return this.ctx.logger.child({ category: 'voice', callId: this.props.callId });
  }

  /** Takes one frame as received; the reply to it waits for the frames before it. */
  receive(raw: string): void {
    const receivedAt = performance.now();
    // With a model, the acknowledgement leaves at once, not after the frames queued before this one.
    if (this.call && this.modelThinks && !this.endedBy && isFinalPrompt(raw)) {
      this.speakFirst(PHRASES[this.language].acknowledgement, receivedAt);
    }
    this.queue = this.queue
      .then(() => this.handle(raw, receivedAt))
      .catch((error: unknown) => {
        this.log.error({ err: error }, 'relay frame failed');
        if (this.call && !this.endedBy) {
          this.streamed = 0;
          const say = [PHRASES[this.language].apology];
          return this.finish({ say, end: { outcome: 'dropped' } }, receivedAt).catch(() => {
            this.props.close(1011);
          });
        }
      });
  }

  /** The socket closed: once every frame before it is handled, the call log is closed. */
  async closed(code: number): Promise<void> {
    await this.queue.catch(() => undefined);
    if (!this.call) return;
    // Twilio is dialing a person: the call goes on, and the dial's own callback says how it ended.
    if (this.endedBy?.transfer) return;
    const outcome =
      this.endedBy?.outcome ?? this.outcome ?? (code === 1000 || code === 1005 ? 'conversation' : 'dropped');
    try {
      await closeCall(this.ctx, {
        call: this.call,
        outcome,
        status: 'completed',
        handoffReason: this.endedBy?.handoffReason ?? (outcome === 'handoff' ? this.handoffReason : null),
      });
    } catch (error) {
      this.log.error({ err: error }, 'call log not closed');
    }
  }

  private async handle(raw: string, receivedAt: number): Promise<void> {
    const parsed = parseFrame(raw);
    if ('problem' in parsed) {
      this.log.warn({ problem: parsed.problem }, 'relay frame not understood; ignored');
      return;
    }
    const frame: RelayFrame = parsed.frame;
    if (frame.type === 'setup') return this.setup(frame);
    if (!this.call || this.endedBy) return;
    switch (frame.type) {
      case 'prompt':
        return this.prompt(frame.voicePrompt, frame.last !== false, frame.lang ?? null, receivedAt);
      case 'interrupt':
        return this.interrupt(frame.utteranceUntilInterrupt ?? '');
      case 'dtmf':
        return this.dtmf(frame.digit, receivedAt);
      case 'error':
        // Twilio's description may quote what was said: only that it happened is logged.
        this.log.warn({ descriptionLength: frame.description?.length ?? 0 }, 'relay reported an error');
        return;
    }
  }

  private async setup(frame: SetupFrame): Promise<void> {
    if (this.call) return;
    const named = frame.customParameters?.callId;
    const call = await findCallById(this.ctx.db, this.props.callId);
    const fits =
      call !== undefined &&
      named === call.id &&
      call.providerCallSid === frame.callSid &&
      call.leadId !== null &&
      call.endedAt === null;
    if (!call || !fits) {
      this.log.warn('relay setup for no open call of ours; closed');
      this.props.close(1008);
      return;
    }
    this.engine = await callEngine(this.ctx, call);
    this.modelThinks = this.engine.assist !== undefined;
    this.followCaller = this.engine.followCaller;
    // The greeting's language, as it was chosen when the call was answered.
    this.language = await callLanguage(this.ctx.db, { workspaceId: call.workspaceId, leadId: call.leadId });
    const at = this.ctx.clock.now().toISOString();
    await updateCall(this.ctx.db, call.workspaceId, call.id, {
      sessionId: frame.sessionId ?? null,
      connectedAt: at,
      updatedAt: at,
    });
    await recordCallStatus(this.ctx.db, call, 'in-progress', at);
    this.call = { ...call, connectedAt: at };
    this.state = fromJson<RelayState | null>(call.relayState) ?? {};
  }

  private async prompt(text: string, last: boolean, lang: string | null, receivedAt: number): Promise<void> {
    if (!last) {
      this.partial = text;
      return;
    }
    const heard = (text.startsWith(this.partial) || !this.partial ? text : `${this.partial} ${text}`).trim();
    this.partial = '';
    if (!heard) return;
    this.streamed = 0;
    this.turnStartedAt = receivedAt;
    const utterance: Utterance = {
      id: newId(this.ctx.clock.now().getTime()),
      text: heard.slice(0, MAX_UTTERANCE),
      at: this.ctx.clock.now().toISOString(),
    };
    const settles = this.call?.recordingStatus === 'pending' || this.call?.recordingStatus === 'asking';
    const recording =
      this.firstWordsSaid || !settles
        ? ({ kind: 'none' } as const)
        : await recordingOnFirstWords(this.ctx, {
            call: this.requireCall(),
            text: utterance.text,
            lang: this.language,
          });
    this.firstWordsSaid = true;
    const caller = { id: utterance.id, text: utterance.text, lang };
    if (recording.kind === 'answered' && recording.alone) {
      await this.finish({ say: [recording.say] }, receivedAt, caller);
      return;
    }
    if (recording.kind === 'answered') this.stream([recording.say]);
    const reply = await this.replyTo(utterance, lang);
    if (recording.kind === 'answered') reply.say = [recording.say, ...reply.say];
    await this.finish(reply, receivedAt, caller);
    // After the answer is spoken: the caller should not wait on Twilio's REST API.
    if (recording.kind === 'start_after_reply' && !this.endedBy)
      await startRecording(this.ctx, this.requireCall());
  }

  private async replyTo(utterance: Utterance, lang: string | null): Promise<Reply> {
    const call = this.requireCall();
    // Words answered outside the engine are answered in the language they were said in.
    const heard = (this.followCaller ? heardLanguage(utterance.text, lang) : null) ?? this.language;
    const optOut = readVoiceOptOut(utterance.text);
    if (optOut?.kind === 'revoke') return this.optOut(optOut.optOut, heard, utterance.id);
    if (optOut?.kind === 'possible') {
      // Held for a person as such a text is: no automated call or text until someone decides.
      await holdPossibleVoiceOptOut(this.ctx, { call, reading: optOut.reading, turn: utterance });
      // The reader leans to a revocation: the assistant stops here. Below that the caller, who is on the
      // line, is still answered.
      if (optOut.reading.score >= LEANS_TO_REVOCATION) {
        const end = { outcome: 'handoff' as const, handoffReason: 'possible_opt_out' };
        return { say: [optOutConfirmation(null, heard)], end, language: heard };
      }
    }
    const booking = await bookingByVoice(this.ctx, {
      call,
      state: this.state,
      text: utterance.text,
      lang: heard,
    });
    if (booking) {
      return {
        say: [booking.say],
        state: booking.state,
        language: heard,
        ...(booking.booked ? { outcome: 'booked' } : {}),
      };
    }
    const engine = await engineTurn(this.ctx, {
      call,
      transcript: this.transcript,
      utterance,
      ...(this.engine ? { engine: this.engine } : {}),
      onDecided: (say, language) => this.stream(say, language),
    });
    if (engine.skipped) {
      // The team has the conversation (or may not process it): the call-ended note tells them they called.
      return { say: [PHRASES[heard].notServed], end: { outcome: 'not_served' }, language: heard };
    }
    const say = PHRASES[engine.language];
    const spoken = [...engine.say];
    let state: RelayState | undefined;
    const offer = engine.decision?.actions.find((a) => a.type === 'offer');
    if (offer?.type === 'offer' && !engine.closing) {
      const offered = await offerByVoice(this.ctx, {
        call,
        requestedTime: offer.requestedTime,
        tz: engine.tz,
        lang: engine.language,
      });
      if (offered) {
        spoken.push(offered.say);
        state = offered.state;
      } else {
        spoken.push(say.noTimes);
      }
    }
    if (spoken.length === 0) spoken.push(say.fallback);
    const language = engine.language;
    if (engine.closing === 'handoff') {
      const reason = engine.decision?.handoff ?? 'requested_human';
      const transfer = await this.transfer(reason, language);
      if (transfer) return { ...transfer, say: [...spoken, ...transfer.say], language };
      // Nobody to put the caller through to: the agent has the handoff; the caller may still book a time.
      const offered = state
        ? null
        : await offerByVoice(this.ctx, { call, requestedTime: null, tz: engine.tz, lang: language });
      if (offered) {
        this.handoffReason = reason;
        const say = [...spoken, PHRASES[language].meanwhileBook(offered.say)];
        return { say, state: offered.state, outcome: 'handoff', language };
      }
      return { say: spoken, end: { outcome: 'handoff', handoffReason: reason }, language };
    }
    if (engine.closing === 'lost') return { say: spoken, end: { outcome: 'conversation' }, language };
    return { say: spoken, language, ...(state ? { state } : {}) };
  }

  private async optOut(optOut: VoiceOptOut, language: SpokenLanguage, turnId: string): Promise<Reply> {
    await revokeByVoice(this.ctx, { call: this.requireCall(), optOut, turnId });
    return { say: [optOutConfirmation(optOut, language)], end: { outcome: 'opted_out' }, language };
  }

  private async dtmf(digit: string, receivedAt: number): Promise<void> {
    if (digit !== '0' && digit !== '9') return;
    const call = this.requireCall();
    const utterance: Utterance = {
      id: newId(this.ctx.clock.now().getTime()),
      text: `(pressed ${digit})`,
      at: this.ctx.clock.now().toISOString(),
    };
    const pressed = { id: utterance.id, text: utterance.text, lang: null };
    if (digit === '9') {
      await this.finish(
        await this.optOut(KEYPRESS_OPT_OUT, this.language, utterance.id),
        receivedAt,
        pressed,
      );
      return;
    }
    await handOffCall(this.ctx, { call, transcript: this.transcript, utterance, reason: 'requested_human' });
    const transfer = await this.transfer('requested_human', this.language);
    if (transfer) {
      await this.finish(transfer, receivedAt, pressed);
      return;
    }
    const end = { outcome: 'handoff' as const, handoffReason: 'requested_human' };
    await this.finish({ say: [PHRASES[this.language].handoffGoodbye], end }, receivedAt, pressed);
  }

  /**
   * The caller is to talk to a person. In the agent's hours: Twilio dials them once this socket ends (the
   * call stays open). Outside them: the agent gets the summary and the assistant offers a callback time.
   * Null when there is nobody to put the caller through to: the plain handoff.
   */
  private async transfer(reason: string, language: SpokenLanguage): Promise<Reply | null> {
    const call = this.requireCall();
    const plan = await planTransfer(this.ctx, call);
    if (!plan) return null;
    await beginTransfer(this.ctx, { call, plan, reason });
    const say = PHRASES[language];
    const who = plan.agentName ?? say.someoneOnTeam;
    if (plan.kind === 'dial') {
      return {
        say: [say.putThrough(who)],
        end: { outcome: 'handoff', handoffReason: reason, transfer: true },
        language,
      };
    }
    await tellAgentMissed(this.ctx, { call, why: 'were outside your working hours' });
    const offered = await offerByVoice(this.ctx, { call, requestedTime: null, tz: 'UTC', lang: language });
    if (!offered) {
      return { say: [say.agentAway(who)], end: { outcome: 'handoff', handoffReason: reason }, language };
    }
    return { say: [say.agentAwayBook(who, offered.say)], state: offered.state, language };
  }

  /** Only what the caller heard stays as the assistant's words on the transcript. */
  private async interrupt(heard: string): Promise<void> {
    const turn = this.lastAssistant;
    if (!turn) return;
    const kept = heard.slice(0, turn.text.length + 200).trim();
    turn.heardText = kept;
    turn.interrupted = 1;
    await updateCallTurn(this.ctx.db, turn.workspaceId, turn.id, { heardText: kept, interrupted: 1 });
  }

  private firstTokenAt: number | null = null;
  /** The first words settle the recording: asked about in the greeting, or announced there. */
  private firstWordsSaid = false;

  /** Parts of the answer said as soon as they are known; `finish` says the rest. */
  private stream(say: readonly string[], language?: SpokenLanguage): void {
    this.speakIn(language);
    speechTokens(say.join(' ').trim()).forEach((token, i) => {
      if (i === 0) this.speakFirst(token, this.turnStartedAt);
      else this.props.send({ type: 'text', token, last: false });
    });
    this.streamed += say.length;
  }

  /**
   * Twilio is told to speak and hear the language the next words are in, before them (ConversationRelay's
   * `language` message: text-to-speech and recognition together). Sent only when the language changes.
   */
  private speakIn(language: SpokenLanguage | undefined): void {
    if (!language || language === this.language) return;
    this.language = language;
    const locale = SPEECH_LOCALE[language];
    this.props.send({ type: 'language', ttsLanguage: locale, transcriptionLanguage: locale });
  }

  private speakFirst(token: string, receivedAt: number): void {
    if (this.firstTokenAt === null) this.firstTokenAt = performance.now() - receivedAt;
    this.props.send({ type: 'text', token, last: false });
  }

  /**
   * Speaks the reply sentence by sentence, then logs what the caller said and the reply with its latency
   * (speech first: the transcript can wait a few milliseconds, the caller should not), saves the call's
   * state, and ends the call if it must.
   */
  private async finish(
    reply: Reply,
    receivedAt: number,
    caller?: { id: string; text: string; lang: string | null },
  ): Promise<void> {
    const text = reply.say.join(' ').trim();
    this.speakIn(reply.language);
    const tokens = speechTokens(reply.say.slice(this.streamed).join(' ').trim());
    this.streamed = 0;
    tokens.forEach((token, i) => {
      if (i === 0) this.speakFirst(token, receivedAt);
      else this.props.send({ type: 'text', token, last: false });
    });
    this.props.send({ type: 'text', token: '', last: true });
    const latencyMs = this.firstTokenAt;
    this.firstTokenAt = null;
    const call = this.requireCall();
    // One transaction for the turn's rows: on SQLite each statement outside one waits its own turn for
    // the connection, and other callers' answers wait behind them.
    await this.ctx.db.transaction().execute(async (trx) => {
      if (caller) await this.record(trx, { speaker: 'caller', ...caller });
      this.lastAssistant = await this.record(trx, {
        speaker: 'assistant',
        id: newId(),
        text,
        lang: null,
        latencyMs,
      });
      if (reply.state !== undefined) {
        await updateCall(trx, call.workspaceId, call.id, {
          relayState: toJson(reply.state),
          ...(reply.outcome ? { outcome: reply.outcome } : {}),
          updatedAt: this.ctx.clock.now().toISOString(),
        });
      }
    });
    if (reply.outcome) this.outcome = reply.outcome;
    if (reply.state !== undefined) this.state = reply.state;
    if (reply.end) {
      this.endedBy = reply.end;
      const handoffData = JSON.stringify({
        reasonCode: reply.end.transfer ? 'transfer' : reply.end.outcome,
        reason: reply.end.handoffReason ?? null,
        callId: call.id,
        leadId: call.leadId,
      });
      this.props.send({ type: 'end', handoffData });
    }
  }

  private async record(
    db: DbOrTrx,
    props: {
      speaker: 'caller' | 'assistant';
      id: string;
      text: string;
      lang: string | null;
      latencyMs?: number | null;
    },
  ): Promise<CallTurnRow> {
    const call = this.requireCall();
    const at = this.ctx.clock.now().toISOString();
    const turn = await insertCallTurn(db, {
      id: props.id,
      workspaceId: call.workspaceId,
      callId: call.id,
      speaker: props.speaker,
      text: props.text,
      lang: props.lang,
      latencyMs: props.latencyMs ?? null,
      startedAt: at,
      endedAt: props.speaker === 'assistant' ? null : at,
    });
    this.transcript.push(turn);
    return turn;
  }

  private requireCall(): CallRow {
    if (!this.call) throw new Error('The relay socket is not set up');
    return this.call;
  }
}
