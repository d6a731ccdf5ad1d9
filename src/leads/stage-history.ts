import type { DbOrTrx } from '../db/database.js';
import { audit } from '../workspaces/audit.service.js';
import type { LeadStage } from './leads.table.js';

/** Who moved a lead when no person did: the assistant's reading of the conversation, or a booking. */
export type StageMover = 'assistant' | 'booking';

/**
 * Writes the audit row that puts a stage change on the lead's timeline (`lead.stage_changed`), for the
 * changes the system makes itself; people's changes are audited with their actor by the lead PATCH.
 */
export async function recordStageChange(
  db: DbOrTrx,
  props: { workspaceId: string; leadId: string; from: LeadStage; to: LeadStage; by: StageMover; at: Date },
): Promise<void> {
  if (props.from === props.to) return;
  await audit(db, {
    workspaceId: props.workspaceId,
    actor: { type: 'system', id: null },
    action: 'lead.stage_changed',
    target: { type: 'lead', id: props.leadId },
    details: { from: props.from, to: props.to, by: props.by },
    at: props.at,
  });
}
