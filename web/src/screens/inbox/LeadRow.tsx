import { Link } from 'wouter';
import { STAGE_LABELS } from '../../api/labels.ts';
import type { LeadSummary } from '../../api/leads.ts';
import type { PossibleOptOut } from '../../api/types.ts';
import { formatDuration, Time } from '../../components/Time.tsx';
import { possibleOptOutLabel } from '../conversation/PossibleOptOutBanner.tsx';

function speedToLead(lead: LeadSummary): string {
  if (lead.speedToLeadSeconds !== null) return formatDuration(lead.speedToLeadSeconds);
  return 'not answered yet';
}

export function LeadRow({
  lead,
  possibleOptOut,
}: {
  lead: LeadSummary;
  /** A standing possible opt-out: the lead waits on someone's decision. */
  possibleOptOut?: PossibleOptOut | undefined;
}) {
  const who = lead.name ?? lead.phone ?? lead.email ?? 'Unnamed lead';
  const preview = lead.lastMessage;
  return (
    <li className={lead.needsHuman || possibleOptOut ? 'lead-row needs-human' : 'lead-row'}>
      <Link href={`/leads/${lead.id}`} className="lead-link">
        <span className="lead-name">{who}</span>
        <span className="lead-time">
          <Time value={lead.lastActivityAt} />
        </span>
        <span className="lead-badges">
          <span className="badge">{STAGE_LABELS[lead.stage]}</span>
          <span className="badge" title="Score out of 100">
            Score {lead.score}
          </span>
          <span className="badge">{lead.source}</span>
          {possibleOptOut && (
            <span className="badge badge-warning" title="No automated text goes until someone decides">
              {possibleOptOutLabel(possibleOptOut)}
            </span>
          )}
          {lead.needsHuman && <span className="badge badge-warning">Needs a human</span>}
          {lead.assistantPaused && !lead.needsHuman && <span className="badge">Assistant paused</span>}
        </span>
        <span className="lead-preview">
          {preview ? (
            <>
              <span className="visually-hidden">{preview.direction === 'inbound' ? 'Lead: ' : 'Sent: '}</span>
              {preview.direction === 'outbound' && <span aria-hidden="true">↳ </span>}
              {preview.preview}
            </>
          ) : (
            <span className="muted">No messages yet</span>
          )}
        </span>
        <span className="lead-meta muted">
          {lead.assignedUserName ? `Agent: ${lead.assignedUserName}` : 'Unassigned'} · Speed to lead:{' '}
          {speedToLead(lead)}
        </span>
      </Link>
    </li>
  );
}
