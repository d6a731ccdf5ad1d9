import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';

/** Twilio's incoming-call webhook: it sends many more fields, signed but not needed here. */
export const twilioVoiceForm = z.looseObject({
  CallSid: z.string().min(1).max(64),
  AccountSid: z.string().min(1).max(64),
  From: z.string().max(64).default(''),
  To: z.string().min(1).max(64),
  CallStatus: z.string().max(32).default('ringing'),
});

/** The `<Connect action>` callback when the relay session ends. */
export const twilioVoiceEndedForm = z.looseObject({
  CallSid: z.string().min(1).max(64),
  AccountSid: z.string().min(1).max(64),
  CallStatus: z.string().max(32).optional(),
  SessionDuration: z.string().max(16).optional(),
});

export const callTurnSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  speaker: z.enum(['caller', 'assistant']),
  text: z.string().describe("The caller's words as transcribed, or all the assistant meant to say"),
  heardText: z
    .string()
    .nullable()
    .describe('When the caller talked over the assistant: the part they heard before they did'),
  interrupted: z.boolean(),
  lang: z.string().nullable(),
  latencyMs: z.number().nullable().describe("Assistant turns: the caller's last word to our first words"),
  startedAt: isoTimestamp,
  endedAt: isoTimestamp.nullable(),
});

export const callSchema = z.object({
  id: z.string(),
  leadId: z.string().nullable(),
  direction: z.enum(['inbound', 'outbound']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  status: z.string(),
  statusHistory: z.array(z.object({ status: z.string(), at: isoTimestamp })),
  answeredBy: z.string().nullable(),
  greeting: z.string().describe('What the caller heard first, disclosing the AI assistant'),
  startedAt: isoTimestamp,
  connectedAt: isoTimestamp.nullable(),
  endedAt: isoTimestamp.nullable(),
  durationSeconds: z.number().nullable(),
  outcome: z
    .enum([
      'conversation',
      'booked',
      'handoff',
      'opted_out',
      'dropped',
      'no_caller_id',
      'not_served',
      'transferred',
      'voicemail',
      'machine',
      'no_answer',
      'busy',
      'failed',
    ])
    .nullable(),
  handoffReason: z.string().nullable(),
  transfer: z.object({
    to: z.string().nullable(),
    status: z.string().nullable(),
    at: isoTimestamp.nullable(),
    attempts: z
      .array(
        z.object({
          at: isoTimestamp,
          to: z.string().nullable(),
          agentId: z.string().nullable(),
          status: z
            .string()
            .describe('dialing, accepted, bridged, no_answer, declined, busy, failed, outside_hours'),
          reason: z.string(),
        }),
      )
      .describe('Every try at putting the caller through to a person, oldest first'),
  }),
  recording: z.object({
    enabled: z.boolean(),
    status: z.string().nullable(),
    durationSeconds: z.number().nullable(),
  }),
});

export const callListSchema = z.object({ items: z.array(callSchema).describe('Newest first') });
export const callDetailSchema = callSchema.extend({ transcript: z.array(callTurnSchema) });

export type CallView = z.infer<typeof callSchema>;
export type CallTurnView = z.infer<typeof callTurnSchema>;

/** Our call ids as they come back in a callback's or the relay's URL; anything else names no call. */
export const CALL_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The `callId` of a URL we gave Twilio, or null when it holds none or not one of ours in shape. */
export function callIdInUrl(url: string): string | null {
  const callId = new URL(url, 'http://callback').searchParams.get('callId');
  return callId && CALL_ID.test(callId) ? callId : null;
}
