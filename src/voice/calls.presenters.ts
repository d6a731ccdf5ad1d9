import { fromJson } from '../db/schema.js';
import type { CallTurnView, CallView } from './calls.schema.js';
import type { CallRow, CallStatusChange, CallTurnRow, TransferAttempt } from './calls.table.js';

export function rowToCall(row: CallRow): CallView {
  return {
    id: row.id,
    leadId: row.leadId,
    direction: row.direction,
    from: row.fromNumber,
    to: row.toNumber,
    status: row.status,
    statusHistory: fromJson<CallStatusChange[] | null>(row.statusHistory) ?? [],
    answeredBy: row.answeredBy,
    greeting: row.greeting,
    startedAt: row.startedAt,
    connectedAt: row.connectedAt,
    endedAt: row.endedAt,
    durationSeconds: row.durationSeconds,
    outcome: row.outcome,
    handoffReason: row.handoffReason,
    transfer: {
      to: row.transferTo,
      status: row.transferStatus,
      at: row.transferredAt,
      attempts: fromJson<TransferAttempt[] | null>(row.transferAttempts ?? null) ?? [],
    },
    recording: {
      enabled: row.recordingEnabled === 1,
      status: row.recordingStatus,
      durationSeconds: row.recordingDurationSeconds,
    },
  };
}

export function rowToCallTurn(row: CallTurnRow): CallTurnView {
  return {
    id: row.id,
    seq: row.seq,
    speaker: row.speaker,
    text: row.text,
    heardText: row.heardText,
    interrupted: row.interrupted === 1,
    lang: row.lang,
    latencyMs: row.latencyMs,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
  };
}
