import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ApiError, api, isNotFound } from '../../api/client.ts';
import { useLiveEvents } from '../../api/events.ts';
import type { Lead, Message } from '../../api/leads.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { CallNowButton } from './CallNowButton.tsx';
import { Composer } from './Composer.tsx';
import { HandoffSummary } from './HandoffSummary.tsx';
import { LeadAssignment } from './LeadAssignment.tsx';
import { LeadCalls } from './LeadCalls.tsx';
import { LeadConsent } from './LeadConsent.tsx';
import { LeadContact } from './LeadContact.tsx';
import { LeadFacts } from './LeadFacts.tsx';
import { LeadNotes } from './LeadNotes.tsx';
import { LeadTimeline } from './LeadTimeline.tsx';
import { PossibleOptOutBanner } from './PossibleOptOutBanner.tsx';
import { Thread } from './Thread.tsx';
import './conversation.css';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

const REFRESH_DELAY_MS = 200;

export function ConversationScreen({ leadId }: { leadId: string }) {
  const lead = useApi((signal) => api<Lead>(`/leads/${leadId}`, { signal }), [leadId]);
  const messages = useApi(
    (signal) => api<{ items: Message[] }>(`/leads/${leadId}/messages`, { signal }),
    [leadId],
  );
  const [revision, setRevision] = useState(0);
  const [toggling, setToggling] = useState(false);
  const [toggleError, setToggleError] = useState<ApiError | null>(null);
  const contact = lead.data?.contact;
  useDocumentTitle(contact ? (contact.name ?? contact.phone ?? contact.email ?? 'Lead') : 'Lead');

  const refreshAll = useCallback(() => {
    void lead.reload();
    void messages.reload();
    setRevision((n) => n + 1);
  }, [lead.reload, messages.reload]);

  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  useLiveEvents((event) => {
    const mine = event.type === 'resync' || event.data.leadId === leadId;
    if (!mine || pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      refreshAll();
    }, REFRESH_DELAY_MS);
  });

  if (isNotFound(lead.error)) {
    return (
      <EmptyState title="Lead not found">
        <p>It does not exist, or it belongs to another workspace.</p>
        <Link href="/inbox">Back to the inbox</Link>
      </EmptyState>
    );
  }
  if (!lead.data) {
    return lead.error ? (
      <ErrorBanner error={lead.error} onRetry={lead.reload} />
    ) : (
      <p className="muted" role="status">
        Loading the conversation…
      </p>
    );
  }

  const current = lead.data;
  const paused = current.conversation?.assistantPaused ?? false;
  const title = current.contact.name ?? current.contact.phone ?? current.contact.email ?? 'Unnamed lead';

  async function setPaused(next: boolean) {
    setToggling(true);
    setToggleError(null);
    try {
      await api(`/leads/${leadId}/assistant`, { method: 'POST', body: { paused: next } });
      refreshAll();
    } catch (caught) {
      setToggleError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
    } finally {
      setToggling(false);
    }
  }

  function onSent(message: Message) {
    messages.setData((data) => ({
      items: [...(data?.items ?? []).filter((m) => m.id !== message.id), message],
    }));
    refreshAll();
  }

  const noPhone = current.contact.phone ? null : 'This lead has no valid phone number';
  return (
    <div className="conversation-page">
      <section className="conversation" aria-labelledby="conversation-title">
        <header className="conversation-header">
          <Link href="/inbox" className="back-link">
            <span aria-hidden="true">‹</span> Inbox
          </Link>
          <h1 id="conversation-title">{title}</h1>
          {current.conversation && (
            <div className="assistant-toggle">
              <span className={paused ? 'badge badge-warning' : 'badge'} data-testid="assistant-state">
                {paused ? 'Assistant paused' : 'Assistant on'}
              </span>
              <Button busy={toggling} onClick={() => void setPaused(!paused)}>
                {paused ? 'Resume the assistant' : 'Pause the assistant'}
              </Button>
            </div>
          )}
          <CallNowButton leadId={leadId} revision={revision} onPlaced={refreshAll} />
        </header>
        <ErrorBanner error={toggleError} />
        {current.conversation && (
          <PossibleOptOutBanner
            conversationId={current.conversation.id}
            revision={revision}
            onDecided={refreshAll}
          />
        )}
        <HandoffSummary lead={current} />
        <LeadCalls leadId={leadId} revision={revision} />
        <ErrorBanner error={messages.error} onRetry={messages.reload} />
        <Thread messages={messages.data?.items} />
        <Composer leadId={leadId} disabledReason={noPhone} revision={revision} onSent={onSent} />
      </section>
      <aside className="lead-panel" aria-label="Lead details">
        <LeadAssignment lead={current} onChanged={(next) => lead.setData(() => next)} />
        <LeadContact lead={current} onChanged={refreshAll} />
        <LeadFacts lead={current} />
        <LeadConsent leadId={leadId} revision={revision} />
        <LeadNotes leadId={leadId} onAdded={() => setRevision((n) => n + 1)} />
        <LeadTimeline leadId={leadId} revision={revision} />
      </aside>
    </div>
  );
}
