import type { DbOrTrx } from '../db/database.js';
import { recordEvent } from '../jobs/domain-events.js';
import type { LeadStage } from './leads.table.js';

/** A lead's stage moved: an event, and a handoff request too when the lead was handed to a person. */
export async function recordStageChange(
  db: DbOrTrx,
  props: { workspaceId: string; leadId: string; from: LeadStage; to: LeadStage; at: string | undefined },
): Promise<void> {
  // Every caller sets updatedAt with a stage; the fallback only keeps a forgotten one from losing the event.
  const at = props.at ?? new Date().toISOString();
  const base = { workspaceId: props.workspaceId, leadId: props.leadId, at };
  await recordEvent(db, { ...base, type: 'lead.stage_changed', data: { from: props.from, to: props.to } });
  if (props.to === 'handed_off')
    await recordEvent(db, { ...base, type: 'handoff.requested', data: { from: props.from } });
}
