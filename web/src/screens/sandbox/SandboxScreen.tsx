import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ApiError, api } from '../../api/client.ts';
import { useLiveEvents } from '../../api/events.ts';
import { gateReasonLabel } from '../../api/labels.ts';
import type { OutboxItem } from '../../api/leads.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Time } from '../../components/Time.tsx';
import { PhoneCompose } from './PhoneCompose.tsx';
import { madeUpNumber, phoneThread, type SentText, samePhone } from './sandbox-thread.ts';
import './sandbox.css';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

const PHONE_KEY = 'cc.sandbox.phone';
/** Poll quickly while a reply is expected, slowly otherwise; live events cut both short. */
const FAST_POLL_MS = 1_500;
const SLOW_POLL_MS = 10_000;
const EXPECT_REPLY_MS = 30_000;

interface InboundResult {
  messageId: string;
  leadId: string;
  handled: string;
}

function storedPhone(): string {
  try {
    const saved = window.localStorage.getItem(PHONE_KEY);
    if (saved) return saved;
    const made = madeUpNumber();
    window.localStorage.setItem(PHONE_KEY, made);
    return made;
  } catch {
    return madeUpNumber();
  }
}

export function SandboxScreen() {
  useDocumentTitle('Sandbox phone');
  const number = useApi((signal) => api<{ number: string }>('/sandbox/number', { signal }), []);
  const [phone, setPhone] = useState(storedPhone);
  const [draftPhone, setDraftPhone] = useState(phone);
  const [sent, setSent] = useState<SentText[]>([]);
  const [outbox, setOutbox] = useState<OutboxItem[]>([]);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [since] = useState(() => new Date(Date.now() - 60_000).toISOString());
  const lastSend = useRef(0);
  const screen = useRef<HTMLOListElement>(null);

  const poll = useCallback(async () => {
    try {
      const page = await api<{ items: OutboxItem[] }>('/sandbox/outbox', { query: { since, limit: 200 } });
      setOutbox(page.items);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  }, [since]);

  useEffect(() => {
    void poll();
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const waiting = Date.now() - lastSend.current < EXPECT_REPLY_MS;
      timer = setTimeout(
        async () => {
          await poll();
          tick();
        },
        waiting ? FAST_POLL_MS : SLOW_POLL_MS,
      );
    };
    tick();
    return () => clearTimeout(timer);
  }, [poll]);

  useLiveEvents((event) => {
    if (event.type === 'message' && event.data.direction === 'outbound') void poll();
  });

  const thread = phoneThread(sent, outbox, phone);
  const leadId = sent[sent.length - 1]?.leadId ?? outbox.find((item) => samePhone(item.to, phone))?.leadId;
  const entries = thread.length;
  useEffect(() => {
    const element = screen.current;
    if (element && entries > 0) element.scrollTop = element.scrollHeight;
  }, [entries]);

  async function send(event: FormEvent) {
    event.preventDefault();
    const text = body.trim();
    if (!text || busy) return;
    setBusy(true);
    setError(null);
    // Stamped before the request, so the text sorts above the replies it causes.
    const sentAt = new Date().toISOString();
    try {
      const result = await api<InboundResult>('/sandbox/inbound', {
        method: 'POST',
        body: { from: phone, to: number.data?.number, body: text },
      });
      lastSend.current = Date.now();
      setSent((current) => [
        ...current,
        {
          id: result.messageId,
          body: text,
          createdAt: sentAt,
          leadId: result.leadId,
          handled: result.handled,
        },
      ]);
      setBody('');
      void poll();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  function changePhone(event: FormEvent) {
    event.preventDefault();
    const next = draftPhone.trim();
    if (!next) return;
    setPhone(next);
    setSent([]);
    try {
      window.localStorage.setItem(PHONE_KEY, next);
    } catch {
      // Private browsing: the number lasts for this visit only.
    }
  }

  return (
    <section className="sandbox">
      <h1>Sandbox phone</h1>
      <p className="muted">
        Text your workspace as a lead would and watch the assistant answer. Nothing leaves this machine: the
        sandbox keeps every text it would have sent.{' '}
        <Link href="/sandbox/call">Call the assistant instead</Link>.
      </p>
      <ErrorBanner error={number.error} onRetry={number.reload} />
      <div className="sandbox-layout">
        <section className="phone" aria-label="Sandbox phone">
          <div className="phone-top">
            <span>To {number.data?.number ?? '…'}</span>
            <span className="muted">from {phone}</span>
          </div>
          <ol className="phone-screen" ref={screen} aria-label="Texts on this phone" aria-live="polite">
            {thread.length === 0 && (
              <li className="phone-empty muted">Say hello, or ask about a home for sale.</li>
            )}
            {thread.map((entry) =>
              entry.kind === 'sent' ? (
                <li key={entry.id} className="phone-bubble mine">
                  <span className="visually-hidden">You: </span>
                  {entry.text.body}
                  <span className="phone-meta">
                    <Time value={entry.at} style="time" />
                  </span>
                </li>
              ) : (
                <li key={entry.id} className={`phone-bubble theirs status-${entry.item.status}`}>
                  <span className="visually-hidden">Workspace: </span>
                  {entry.item.body}
                  <span className="phone-meta">
                    <Time value={entry.at} style="time" /> · {entry.item.status}
                    {entry.item.gateReason &&
                    entry.item.status !== 'sent' &&
                    entry.item.status !== 'delivered'
                      ? ` (${gateReasonLabel(entry.item.gateReason)})`
                      : ''}
                  </span>
                </li>
              ),
            )}
          </ol>
          <PhoneCompose
            label="Text as the lead"
            action="Send"
            value={body}
            maxLength={1600}
            onChange={setBody}
            onSubmit={send}
            busy={busy}
            sendDisabled={!number.data}
          />
          <ErrorBanner error={error} />
        </section>
        <aside className="sandbox-side">
          <form onSubmit={changePhone} className="card">
            <Field
              label="The lead's phone number"
              hint="Made up; change it to start over as a new lead."
              value={draftPhone}
              onChange={(event) => setDraftPhone(event.target.value)}
            />
            <Button type="submit">Use this number</Button>
          </form>
          {leadId && (
            <p className="card">
              This phone is a lead in your inbox: <Link href={`/leads/${leadId}`}>open the conversation</Link>
              .
            </p>
          )}
        </aside>
      </div>
    </section>
  );
}
