import { gateReasonLabel, isStage, STAGE_LABELS } from '../../api/labels.ts';
import type { TimelineEntry } from '../../api/leads.ts';
import { type ConsentSource, sourceLabel } from '../compliance/compliance.ts';
import { callLine } from './call-lines.ts';

/** One timeline entry as people read it: what happened and, for texts, inquiries and notes, the words. */
export interface TimelineLine {
  text: string;
  /** The words written: a text's body, an inquiry's message, a note. */
  quote: string | null;
}

const WHO: Record<string, string> = {
  assistant: 'The assistant',
  agent: 'An agent',
  system: 'An automatic reply',
  lead: 'The lead',
};

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

function stageName(value: unknown): string {
  const stage = str(value);
  return isStage(stage) ? STAGE_LABELS[stage] : (stage?.replaceAll('_', ' ') ?? 'none');
}

function messageLine(data: Record<string, unknown>, time: (iso: string) => string): string {
  if (data.direction === 'inbound') return 'The lead texted';
  const who = WHO[String(data.author)] ?? 'We';
  const reason = str(data.gateReason);
  switch (data.status) {
    case 'blocked':
      return `${who} wrote a text that was not sent: ${reason ? gateReasonLabel(reason) : 'held back'}`;
    case 'deferred': {
      const until = str(data.deferUntil);
      return `${who} wrote a text that is held: ${reason ? gateReasonLabel(reason) : 'held back'}${
        until ? `; it goes out ${time(until)}` : ''
      }`;
    }
    case 'failed':
    case 'undelivered':
      return `${who} texted; the carrier did not deliver it`;
    case 'queued':
    case 'sending':
      return `${who} is texting`;
    case 'delivered':
      return `${who} texted (delivered)`;
    default:
      return `${who} texted`;
  }
}

const CHANNELS: Record<string, string> = { sms: 'texts', voice: 'calls', email: 'email' };

function consentLine(data: Record<string, unknown>): string {
  const what = `${data.purpose === 'marketing' ? 'marketing ' : ''}${CHANNELS[String(data.channel)] ?? 'contact'}`;
  const source = str(data.source);
  const by = source ? ` (${sourceLabel(source as ConsentSource).toLowerCase()})` : '';
  return data.action === 'revoked' ? `Consent to ${what} withdrawn${by}` : `Consent to ${what} given${by}`;
}

function appointmentLine(data: Record<string, unknown>, time: (iso: string) => string): string {
  if (data.change === 'status') return `Appointment marked ${stageName(data.to).toLowerCase()}`;
  const start = str(data.start) ?? str(data.startAt);
  const change = data.change === 'moved' ? 'moved' : data.change === 'cancelled' ? 'cancelled' : 'booked';
  return `Appointment ${change}${start ? ` for ${time(start)}` : ''}`;
}

function timelineCallLine(data: Record<string, unknown>): string {
  const transfers = Array.isArray(data.transfers) ? data.transfers : [];
  return callLine({
    direction: String(data.direction),
    durationSeconds: typeof data.durationSeconds === 'number' ? data.durationSeconds : null,
    outcome: str(data.outcome),
    transferStatuses: transfers.map((t) => String((t as { status?: unknown }).status ?? '')).filter(Boolean),
  });
}

/**
 * What a timeline entry says, from its data where the data says more than the one-line summary (the words
 * of a text, a stage's name, a time in the viewer's zone); `time` writes an instant for the viewer.
 */
export function timelineLine(entry: TimelineEntry, time: (iso: string) => string): TimelineLine {
  const data = entry.data;
  switch (entry.kind) {
    case 'message':
      return { text: messageLine(data, time), quote: str(data.body) };
    case 'inquiry': {
      const source = str(data.source);
      return {
        text: `Inquiry${source ? ` from ${source}` : ''}${data.channel ? ` by ${String(data.channel)}` : ''}`,
        quote: str(data.message),
      };
    }
    case 'note':
      return { text: `Note by ${str(data.authorName) ?? 'an integration'}`, quote: str(data.body) };
    case 'stage':
      return { text: `Stage: ${stageName(data.from)} → ${stageName(data.to)}`, quote: null };
    case 'consent':
      return { text: consentLine(data), quote: null };
    case 'appointment':
      return { text: appointmentLine(data, time), quote: null };
    case 'call':
      return { text: timelineCallLine(data), quote: null };
    default:
      return { text: entry.summary, quote: null };
  }
}
