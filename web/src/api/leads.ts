// The API's own schemas are the types: imported as types only, so nothing of the server is bundled.
import type { SendWindow } from '../../../src/leads/lead-messages.schema.ts';
import type { ConsentLedger, Lead, LeadSummary, Message } from '../../../src/leads/leads.schema.ts';
import type { LEAD_STAGES } from '../../../src/leads/leads.table.ts';
import type { Note } from '../../../src/leads/notes.schema.ts';
import type { TimelineEntry } from '../../../src/leads/timeline.schema.ts';
import type { sandboxOutboxItem } from '../../../src/messaging/messaging.schema.ts';

export type { ConsentLedger, Lead, LeadSummary, Message, Note, SendWindow, TimelineEntry };
export type LeadStage = (typeof LEAD_STAGES)[number];
export type OutboxItem = import('zod').infer<typeof sandboxOutboxItem>;

export interface LeadPage {
  items: LeadSummary[];
  nextCursor: string | null;
}
