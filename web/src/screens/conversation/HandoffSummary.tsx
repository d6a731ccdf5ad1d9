import { HANDOFF_LABELS } from '../../api/labels.ts';
import type { Lead } from '../../api/leads.ts';
import { formatTime, useViewerZone } from '../../components/Time.tsx';
import { profileFacts } from './profile-facts.ts';

const HANDOFF_PREFIX = 'handoff:';

const PAUSE_LABELS: Record<string, string> = {
  agent: 'The assistant is paused on this lead: a person paused it.',
  agent_message: 'The assistant is paused on this lead: an agent took over the conversation.',
};

/** Why the assistant stopped and what the agent should know, above the thread. Nothing when it runs. */
export function HandoffSummary({ lead }: { lead: Lead }) {
  const zone = useViewerZone();
  const conversation = lead.conversation;
  if (!conversation?.assistantPaused) return null;
  const reason = conversation.pausedReason ?? '';
  if (reason.startsWith(HANDOFF_PREFIX)) {
    const code = reason.slice(HANDOFF_PREFIX.length);
    const name = lead.contact.firstName ?? lead.contact.name ?? 'The lead';
    const known = profileFacts(lead, { time: (iso) => formatTime(iso, zone) })
      .map((fact) => `${fact.label.toLowerCase()}: ${fact.value}`)
      .join('; ');
    return (
      <section className="handoff-summary" aria-labelledby="handoff-title">
        <h2 id="handoff-title">Needs a human</h2>
        <p>
          The assistant handed this conversation to the team: <strong>{HANDOFF_LABELS[code] ?? code}</strong>.
          It stays paused until someone resumes it.
        </p>
        <p>What we know: {known || 'nothing yet'}.</p>
        <p className="muted">
          {name} · score {lead.score}/100 · stage {lead.stage.replaceAll('_', ' ')}
        </p>
      </section>
    );
  }
  return (
    <p className="assistant-paused-note" role="status">
      {PAUSE_LABELS[reason] ?? 'The assistant is paused on this lead.'}
    </p>
  );
}
