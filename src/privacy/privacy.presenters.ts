import { fromJson } from '../db/schema.js';
import type { ContactRow } from '../leads/leads.table.js';
import type { PrivacyRequestItem } from './privacy.schema.js';
import type { PrivacyRequestEventRow, PrivacyRequestRow } from './privacy.table.js';

export function presentRequest(row: PrivacyRequestRow): PrivacyRequestItem {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    jurisdiction: row.jurisdiction,
    dueAt: row.dueAt,
    acknowledgeBy: row.acknowledgeBy,
    contactId: row.contactId,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
  };
}

export function presentRequestDetail(row: PrivacyRequestRow, trail: PrivacyRequestEventRow[]) {
  return {
    ...presentRequest(row),
    channel: row.channel,
    verifiedAt: row.verifiedAt,
    rejectedReason: row.rejectedReason,
    trail: trail.map((event) => ({
      action: event.action,
      actorType: event.actorType,
      actorId: event.actorId,
      details: fromJson<Record<string, unknown>>(event.details) ?? {},
      at: event.createdAt,
    })),
  };
}

export function presentContact(contact: ContactRow) {
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    restricted: contact.restrictedAt !== null,
    restrictedAt: contact.restrictedAt,
    updatedAt: contact.updatedAt,
  };
}
