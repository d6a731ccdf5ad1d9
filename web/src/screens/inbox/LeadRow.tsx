import { Link } from 'wouter';
import { STAGE_LABELS } from '../../api/labels.ts';
import type { LeadSummary } from '../../api/leads.ts';
import type { PossibleOptOut } from '../../api/types.ts';
import { formatSpeed, Time } from '../../components/Time.tsx';
import { possibleOptOutLabel } from '../conversation/PossibleOptOutBanner.tsx';

/** Who the lead is: the name when known, the phone only when there is no name. */
export function leadName(lead: Pick<LeadSummary, 'name' | 'phone' | 'email'>): string {
  return lead.name?.trim() || lead.phone || lead.email || 'Unnamed lead';
}

const HELD = new Set(['blocked', 'deferred', 'failed', 'undelivered']);

/** How the newest text reads before its words: ours that did not go say so. */
function previewLead(preview: NonNullable<LeadSummary['lastMessage']>): string {
  if (preview.direction === 'inbound') return 'Lead: ';
  return HELD.has(preview.status) ? 'Not sent: ' : 'Sent: ';
}

export function LeadRow({
  lead,
  possibleOptOut,
}: {
  lead: LeadSummary;
  /** A standing possible opt-out: the lead waits on someone's decision. */
  possibleOptOut?: PossibleOptOut | undefined;
}) {
  const who = leadName(lead);
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
              {preview.direction === 'outbound' && <span aria-hidden="true">↳ </span>}
              <span className={HELD.has(preview.status) ? 'preview-held' : 'visually-hidden'}>
                {previewLead(preview)}
              </span>
              {preview.preview}
            </>
          ) : (
            <span className="muted">No messages yet</span>
          )}
        </span>
        <span className="lead-meta muted">
          {lead.assignedUserName ? `Agent: ${lead.assignedUserName}` : 'Unassigned'} ·{' '}
          <span title="From the lead's arrival to our first text that went">
            Speed to lead: <span data-testid="speed-to-lead">{formatSpeed(lead.speedToLeadSeconds)}</span>
          </span>
        </span>
      </Link>
    </li>
  );
}
