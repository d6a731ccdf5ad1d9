import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';

export const TIMELINE_KINDS = [
  'inquiry',
  'message',
  'consent',
  'stage',
  'assignment',
  'appointment',
  'note',
  'handoff',
  'assistant',
  'call',
] as const;

export const timelineEntrySchema = z.object({
  at: isoTimestamp,
  kind: z.enum(TIMELINE_KINDS),
  summary: z.string().describe('One line for people'),
  data: z
    .record(z.string(), z.unknown())
    .describe(
      'By kind. message: messageId, body, direction, author, status, gateReason; inquiry: inquiryId, ' +
        'source, channel, message; consent: channel, purpose, ' +
        'action, source; stage: from, to; assignment: from, to, toName; appointment: appointmentId, change ' +
        '(booked, moved, cancelled, status), startAt; note: noteId, authorName, body; handoff: reason; ' +
        'assistant: paused; call: callId, direction, outcome, durationSeconds, transfers (each try at putting ' +
        'the caller through to a person: at, to, agentId, status, reason)',
    ),
});

export const timelineSchema = z.object({ items: z.array(timelineEntrySchema).describe('Oldest first') });

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
