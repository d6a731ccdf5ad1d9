import type { PhoneNumber } from './messaging.schema.js';
import type { MessageRow, PhoneNumberRow } from './messaging.table.js';

export function rowToPhoneNumber(row: PhoneNumberRow): PhoneNumber {
  return {
    id: row.id,
    number: row.number,
    provider: row.provider,
    messagingServiceSid: row.messagingServiceSid,
    isDefault: row.isDefault === 1,
    createdAt: row.createdAt,
  };
}

export function rowToOutboxItem(row: MessageRow) {
  return {
    id: row.id,
    leadId: row.leadId,
    to: row.toNumber,
    from: row.fromNumber,
    body: row.body,
    kind: row.kind,
    status: row.status,
    gateReason: row.gateReason,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}
