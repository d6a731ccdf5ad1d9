import { DateTime } from 'luxon';
import type { GateDecision } from '../consent/gate.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { findContact, findLead } from '../leads/leads.repository.js';
import type { LeadRow } from '../leads/leads.table.js';
import type { MessageRow } from './messaging.table.js';
import { notifyTeam } from './notifications.service.js';

/**
 * A lead this far along is worth a person's attention when the assistant's text to them cannot go: a score
 * of 50 is, say, moving within three months and pre-approved, and the stages are the ones a team acts on.
 */
export const HOT_SCORE = 50;
const HOT_STAGES = new Set(['qualified', 'appointment', 'handed_off']);

export function isHotLead(lead: Pick<LeadRow, 'score' | 'stage'>): boolean {
  return lead.score >= HOT_SCORE || HOT_STAGES.has(lead.stage);
}

/** "Tue 9:00 AM EST": when a held text goes, as the team reads it, in the workspace's zone. */
export function releaseTimeLabel(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('ccc h:mm a ZZZZ');
}

/**
 * Tells the lead's agent (or the owners) that an automated text to a hot lead is held and when it will go,
 * in the caller's transaction. A person's own text is not announced back to them, and a lead who is not
 * hot waits quietly: the conversation screen shows every held text either way.
 */
export async function tellTeamOfHeldText(
  trx: DbOrTrx,
  ctx: AppContext,
  props: { message: MessageRow; decision: GateDecision; workspaceTimezone: string },
): Promise<void> {
  const { message, decision } = props;
  if (decision.outcome !== 'deferred' || message.author === 'agent' || message.kind === 'keyword_reply')
    return;
  // A possible opt-out has its own note, asking a person to decide.
  if (decision.reason === 'possible_opt_out') return;
  const lead = await findLead(trx, message.workspaceId, message.leadId);
  if (!lead || !isHotLead(lead)) return;
  const contact = await findContact(trx, message.workspaceId, message.contactId);
  const who = contact?.name ?? contact?.phone ?? 'a lead';
  const why = decision.rule?.label ?? decision.reason.replaceAll('_', ' ');
  const when = decision.deferUntil
    ? `until ${releaseTimeLabel(decision.deferUntil, props.workspaceTimezone)}`
    : 'for now';
  await notifyTeam(trx, ctx, {
    workspaceId: message.workspaceId,
    leadId: lead.id,
    userId: lead.assignedUserId,
    kind: 'text_held',
    subject: `A text to ${who} is held ${when}`,
    body: `Held by ${why}. The lead is hot (score ${lead.score}); answer them yourself if it cannot wait.`,
  });
}
