import WebSocket from 'ws';
import { signTwilioRequest } from '../../../src/messaging/twilio-signature.js';

/** A frame our relay sent back. */
export type RelayOut = { type: string; token?: string; last?: boolean; handoffData?: string } & Record<
  string,
  unknown
>;

/**
 * Twilio's side of a ConversationRelay session, as its docs describe it: a WebSocket to the `url` of the
 * TwiML, opened with `X-Twilio-Signature` over that wss URL, then `setup`, `prompt`, `interrupt`, `dtmf`.
 */
export class FakeConversationRelay {
  readonly frames: RelayOut[] = [];
  private waiters: (() => void)[] = [];
  closeCode: number | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      try {
        this.frames.push(JSON.parse(data.toString()) as RelayOut);
      } catch {
        this.frames.push({ type: 'unparseable' });
      }
      this.wake();
    });
    socket.on('close', (code) => {
      this.closeCode = code;
      this.wake();
    });
  }

  /**
   * Connects to `localUrl` (the app listening in the test) as Twilio would connect to `signedUrl` (the
   * wss URL in the TwiML). A refused handshake rejects with the HTTP status.
   */
  static connect(props: {
    localUrl: string;
    signedUrl: string;
    authToken: string;
    signature?: string;
  }): Promise<FakeConversationRelay> {
    const signature =
      props.signature ?? signTwilioRequest({ authToken: props.authToken, url: props.signedUrl, params: {} });
    const socket = new WebSocket(props.localUrl, { headers: { 'x-twilio-signature': signature } });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new FakeConversationRelay(socket)));
      socket.once('unexpected-response', (_request, response) => {
        reject(new Error(`handshake refused: ${response.statusCode}`));
      });
      socket.once('error', reject);
    });
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  sendRaw(data: string) {
    this.socket.send(data);
  }

  send(frame: Record<string, unknown>) {
    this.socket.send(JSON.stringify(frame));
  }

  setup(props: { callSid: string; from: string; to: string; callId: string }) {
    this.send({
      type: 'setup',
      sessionId: `VX${props.callSid.slice(2)}`,
      accountSid: 'AC00000000000000000000000000000000',
      callSid: props.callSid,
      from: props.from,
      to: props.to,
      direction: 'inbound',
      callType: 'PSTN',
      callStatus: 'RINGING',
      customParameters: { callId: props.callId },
    });
  }

  /** Says something and waits for the whole answer (the text frame with last:true). */
  async say(words: string, lang = 'en-US'): Promise<string> {
    const from = this.frames.length;
    this.send({ type: 'prompt', voicePrompt: words, lang, last: true });
    return this.answerFrom(from);
  }

  async press(digit: string): Promise<string> {
    const from = this.frames.length;
    this.send({ type: 'dtmf', digit });
    return this.answerFrom(from);
  }

  interrupt(heard: string, ms = 900) {
    this.send({ type: 'interrupt', utteranceUntilInterrupt: heard, durationUntilInterruptMs: ms });
  }

  /** The tokens of the answer that starts at frame `from`, joined. */
  async answerFrom(from: number, timeoutMs = 5_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = this.frames.findIndex((f, i) => i >= from && f.type === 'text' && f.last === true);
      if (end >= 0) {
        return this.frames
          .slice(from, end + 1)
          .filter((f) => f.type === 'text')
          .map((f) => f.token ?? '')
          .join('')
          .trim();
      }
      if (this.closeCode !== null) throw new Error(`socket closed (${this.closeCode}) before an answer`);
      if (Date.now() > deadline) throw new Error('no answer in time');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Waits until a frame satisfies the test, or the socket closes. */
  async waitFor(test: (frame: RelayOut) => boolean, timeoutMs = 5_000): Promise<RelayOut | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(test);
      if (found || this.closeCode !== null || Date.now() > deadline) return found;
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async waitClosed(timeoutMs = 5_000): Promise<number | null> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return this.closeCode;
  }

  /** Drops the connection without a closing handshake, as a lost network does. */
  drop() {
    this.socket.terminate();
  }

  close() {
    this.socket.close(1000);
  }
}
