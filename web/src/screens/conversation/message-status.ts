import { gateReasonLabel } from '../../api/labels.ts';
import type { Message } from '../../api/leads.ts';

export const AUTHOR_LABELS: Record<Message['author'], string> = {
  lead: 'Lead',
  assistant: 'Assistant',
  agent: 'Agent',
  system: 'System',
};

const STATUS_LABELS: Record<Message['status'], string> = {
  received: 'Received',
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  undelivered: 'Not delivered',
  failed: 'Failed',
  blocked: 'Blocked',
  deferred: 'Held',
};

export interface MessageStatusView {
  label: string;
  /** Why the text did not go (out yet): the gate's reason or the carrier's error. */
  reason: string | null;
  tone: 'ok' | 'pending' | 'warning' | 'error';
}

/** How a message's delivery reads under its bubble. `formatTime` renders an instant in the viewer's zone. */
export function messageStatus(message: Message, formatTime: (iso: string) => string): MessageStatusView {
  const label = STATUS_LABELS[message.status] ?? message.status;
  switch (message.status) {
    case 'blocked':
      return {
        label,
        reason: message.gate ? `Not sent: ${gateReasonLabel(message.gate.reason)}` : 'Not sent',
        tone: 'error',
      };
    case 'deferred': {
      // "Held until Fri 8:00 AM — Florida calling hours": when it goes, then the rule holding it.
      const gate = message.gate;
      const why = gate?.rule?.label ?? (gate ? gateReasonLabel(gate.reason) : 'held back');
      const reason = gate?.deferUntil ? `Held until ${formatTime(gate.deferUntil)} — ${why}` : `Held: ${why}`;
      return { label, reason, tone: 'warning' };
    }
    case 'failed':
    case 'undelivered':
      return {
        label,
        reason: message.errorCode ? `Carrier error ${message.errorCode}` : null,
        tone: 'error',
      };
    case 'queued':
    case 'sending':
      return { label, reason: null, tone: 'pending' };
    default:
      return { label, reason: null, tone: 'ok' };
  }
}
