import '../sandbox/sandbox.css';
import './voice-sandbox.css';
import { type FormEvent, useEffect, useReducer, useRef, useState } from 'react';
import { Link } from 'wouter';
import { Button } from '../../components/Button.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { PhoneCompose } from '../sandbox/PhoneCompose.tsx';
import {
  type CallAction,
  callReducer,
  dtmfFrame,
  initialCall,
  interruptFrame,
  promptFrame,
  sandboxSocketUrl,
  speaking,
} from './voice-call.ts';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/**
 * A call to the assistant from the browser, over the same relay protocol Twilio's ConversationRelay
 * speaks: what is typed is what the caller says, and the assistant's words stream back as it speaks them.
 * The call is logged on a lead like any call, with its transcript.
 */
export function VoiceSandboxScreen() {
  useDocumentTitle('Sandbox call');
  const [state, dispatch] = useReducer(callReducer, initialCall);
  const [session, setSession] = useState(0);
  const [words, setWords] = useState('');
  const [speakAloud, setSpeakAloud] = useState(false);
  const socket = useRef<WebSocket | null>(null);
  const answerStarted = useRef(0);
  const screen = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (session === 0) return;
    const opened = new WebSocket(sandboxSocketUrl(window.location));
    socket.current = opened;
    const act = (action: CallAction) => dispatch(action);
    opened.onmessage = (message) => {
      if (typeof message.data !== 'string') return;
      if (answerStarted.current === 0) answerStarted.current = performance.now();
      act({ type: 'frame', raw: message.data });
    };
    opened.onclose = (event) => act({ type: 'closed', code: event.code });
    return () => {
      opened.onclose = null;
      opened.close(1000);
      if (socket.current === opened) socket.current = null;
    };
  }, [session]);

  const current = speaking(state);
  const lastLine = state.lines.at(-1);
  const lines = state.lines.length;
  const shown = `${lines}:${lastLine?.text.length ?? 0}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls down whenever more is said
  useEffect(() => {
    const element = screen.current;
    if (element && lines > 0) element.scrollTop = element.scrollHeight;
  }, [shown]);

  // Where the browser can speak, the assistant's finished answers are read aloud.
  useEffect(() => {
    if (!speakAloud || !lastLine || lastLine.speaker !== 'assistant' || !lastLine.done) return;
    if (typeof window.speechSynthesis === 'undefined') return;
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(lastLine.text));
  }, [speakAloud, lastLine]);

  function start() {
    dispatch({ type: 'reset' });
    answerStarted.current = 0;
    setSession((n) => n + 1);
  }

  function send(frame: string): boolean {
    const open = socket.current;
    if (!open || open.readyState !== WebSocket.OPEN) return false;
    open.send(frame);
    return true;
  }

  function say(event: FormEvent) {
    event.preventDefault();
    const text = words.trim();
    if (!text || state.status !== 'live') return;
    // Typing over an answer still streaming is talking over it: only what came so far was heard.
    if (current) {
      send(interruptFrame(current.text, performance.now() - answerStarted.current));
      dispatch({ type: 'interrupted' });
    }
    if (!send(promptFrame(text))) return;
    answerStarted.current = 0;
    dispatch({ type: 'said', text });
    setWords('');
  }

  function press(digit: string) {
    if (state.status === 'live' && send(dtmfFrame(digit))) {
      answerStarted.current = 0;
      dispatch({ type: 'said', text: `(pressed ${digit})` });
    }
  }

  function hangUp() {
    socket.current?.close(1000);
  }

  const live = state.status === 'live';
  const started = session > 0;
  return (
    <section className="sandbox voice-sandbox">
      <h1>Sandbox call</h1>
      <p className="muted">
        Call your assistant from the browser, as a lead would by phone: type what the caller says and read
        what the assistant speaks, as it speaks it. No phone line or Twilio account is used; the call is
        logged on a lead with its transcript. <Link href="/sandbox">Text instead</Link>.
      </p>
      <div className="sandbox-layout">
        <section className="phone" aria-label="Sandbox call">
          <div className="phone-top">
            <span data-testid="call-status">
              {!started
                ? 'Not in a call'
                : state.status === 'connecting'
                  ? 'Calling…'
                  : live
                    ? 'On the call'
                    : state.status === 'failed'
                      ? 'The call could not be connected'
                      : 'Call ended'}
            </span>
            {state.endReason && <span className="muted">ended: {state.endReason.replaceAll('_', ' ')}</span>}
          </div>
          <ol className="phone-screen" ref={screen} aria-label="What was said on the call" aria-live="polite">
            {state.lines.length === 0 && (
              <li className="phone-empty muted">
                {started ? 'Ringing…' : 'Start a call to hear the greeting.'}
              </li>
            )}
            {state.lines.map((line) => (
              <li
                key={line.id}
                className={`phone-bubble ${line.speaker === 'caller' ? 'mine' : 'theirs'}${line.done ? '' : ' streaming'}`}
                data-speaker={line.speaker}
              >
                <span className="visually-hidden">{line.speaker === 'caller' ? 'You: ' : 'Assistant: '}</span>
                {line.text}
                {line.interrupted && <span className="phone-meta"> · interrupted</span>}
              </li>
            ))}
          </ol>
          <PhoneCompose
            label="Say as the caller"
            action="Say"
            value={words}
            maxLength={2000}
            onChange={setWords}
            onSubmit={say}
            inputDisabled={!live}
          />
          <fieldset className="voice-keypad">
            <legend className="visually-hidden">Keypad</legend>
            {KEYS.map((key) => (
              <Button key={key} disabled={!live} onClick={() => press(key)} aria-label={`Press ${key}`}>
                {key}
              </Button>
            ))}
          </fieldset>
        </section>
        <aside className="sandbox-side">
          <div className="card voice-controls">
            {started && (live || state.status === 'connecting') ? (
              <Button variant="danger" onClick={hangUp} disabled={!live}>
                Hang up
              </Button>
            ) : (
              <Button variant="primary" onClick={start}>
                {started ? 'Call again' : 'Start a call'}
              </Button>
            )}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={speakAloud}
                onChange={(event) => setSpeakAloud(event.target.checked)}
              />
              Read the answers aloud (where the browser can)
            </label>
            <p className="muted">Press 0 to ask for a person, 9 to stop the calls.</p>
          </div>
          {state.leadId && (
            <p className="card">
              This call is on a lead in your inbox:{' '}
              <Link href={`/leads/${state.leadId}`}>open the conversation</Link>.
            </p>
          )}
        </aside>
      </div>
    </section>
  );
}
