import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { findContact, findContactByEmail, findContactByPhone } from '../leads/leads.repository.js';
import { notFound, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { type AuditEntry, audit } from '../workspaces/audit.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { deadlinesFor } from './deadlines.js';
import { type Identifier, identifierHash, requireIdentifier, sealText } from './identifiers.js';
import {
  findRequest,
  insertRequest,
  listRequestEvents,
  listRequests,
  updateRequest,
} from './privacy.repository.js';
import type {
  Jurisdiction,
  PrivacyRequestEventRow,
  PrivacyRequestKind,
  PrivacyRequestRow,
  PrivacyRequestStatus,
} from './privacy.table.js';
import { recordRequestEvent, type TrailActor } from './trail.js';

export interface FileRequestInput {
  kind: PrivacyRequestKind;
  jurisdiction: Jurisdiction;
  contactId?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  note?: string | undefined;
}

/**
 * A request the team files for a person who asked by phone, mail or in person: the team has checked who
 * they are, so it starts verified. The person must be on file.
 */
export async function fileRequest(
  ctx: AppContext,
  props: {
    workspaceId: string;
    input: FileRequestInput;
    actor: AuditEntry['actor'];
    channel?: 'team' | 'cli';
  },
): Promise<PrivacyRequestRow> {
  const { workspaceId, input } = props;
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  let contact = input.contactId ? await findContact(ctx.db, workspaceId, input.contactId) : undefined;
  let identifier: Identifier | null = null;
  if (!input.contactId) {
    identifier = requireIdentifier(input, workspace.defaultRegion);
    contact =
      identifier.kind === 'phone'
        ? await findContactByPhone(ctx.db, workspaceId, identifier.value)
        : await findContactByEmail(ctx.db, workspaceId, identifier.value);
  }
  if (!contact) throw unprocessable('No one on file matches that contact, phone or email', {}, 'no_contact');
  // Hashed like a request from the public page, so both count toward the same person.
  identifier ??= contact.phone
    ? { kind: 'phone', value: contact.phone, raw: contact.phone }
    : { kind: 'email', value: contact.email ?? `contact:${contact.id}` };
  const now = ctx.clock.now();
  const deadlines = deadlinesFor(input.jurisdiction, now, workspace.timezone);
  const row: PrivacyRequestRow = {
    id: newId(now.getTime()),
    workspaceId,
    contactId: contact.id,
    kind: input.kind,
    jurisdiction: input.jurisdiction,
    status: 'verified',
    channel: props.channel ?? 'team',
    identifierKind: input.contactId ? 'contact' : identifier.kind,
    identifierSealed: null,
    identifierHash: await identifierHash(ctx.db, workspaceId, identifier),
    noteSealed: input.note?.trim() ? sealText(ctx.config, input.note.trim()) : null,
    ticketHash: null,
    codeHash: null,
    codeExpiresAt: null,
    codeAttempts: 0,
    codeMessageId: null,
    acknowledgeBy: deadlines.acknowledgeBy,
    dueAt: deadlines.dueAt,
    verifiedAt: now.toISOString(),
    completedAt: null,
    rejectedReason: null,
    createdBy: props.actor.id,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return ctx.db.transaction().execute(async (trx) => {
    await insertRequest(trx, row);
    await recordRequestEvent(trx, {
      workspaceId,
      requestId: row.id,
      action: 'filed',
      actor: props.actor,
      details: { kind: row.kind, jurisdiction: row.jurisdiction },
      at: now,
    });
    await audit(trx, {
      workspaceId,
      actor: props.actor,
      action: 'privacy.request_filed',
      target: { type: 'privacy_request', id: row.id },
      details: { kind: row.kind },
      at: now,
    });
    if (row.kind === 'opt_out_of_sale') return completeOptOutOfSale(trx, ctx, row, props.actor);
    return row;
  });
}

/** "We never sell or share personal data": the request is recorded and answered at once. */
export async function completeOptOutOfSale(
  db: DbOrTrx,
  ctx: AppContext,
  row: PrivacyRequestRow,
  actor: TrailActor,
): Promise<PrivacyRequestRow> {
  const at = ctx.clock.now();
  const done = finished(row, at);
  await updateRequest(db, row.workspaceId, row.id, finishedChanges(done));
  await recordRequestEvent(db, {
    workspaceId: row.workspaceId,
    requestId: row.id,
    action: 'completed',
    actor,
    details: { outcome: 'never_sold_or_shared' },
    at,
  });
  return done;
}

export const finished = (row: PrivacyRequestRow, at: Date): PrivacyRequestRow => ({
  ...row,
  status: 'completed',
  completedAt: at.toISOString(),
  identifierSealed: null,
  noteSealed: null,
  codeHash: null,
  ticketHash: null,
  updatedAt: at.toISOString(),
});

export const finishedChanges = (row: PrivacyRequestRow) => ({
  status: row.status,
  completedAt: row.completedAt,
  rejectedReason: row.rejectedReason,
  identifierSealed: null,
  noteSealed: null,
  codeHash: null,
  ticketHash: null,
  updatedAt: row.updatedAt,
});

export async function listPrivacyRequests(
  ctx: AppContext,
  props: {
    workspaceId: string;
    status?: PrivacyRequestStatus | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<{ rows: PrivacyRequestRow[]; nextCursor: string | null }> {
  const rows = await listRequests(ctx.db, props.workspaceId, {
    status: props.status,
    before: props.cursor,
    limit: props.limit + 1,
  });
  const page = rows.slice(0, props.limit);
  return { rows: page, nextCursor: rows.length > props.limit ? (page.at(-1)?.id ?? null) : null };
}

export async function getPrivacyRequest(
  ctx: AppContext,
  props: { workspaceId: string; id: string },
): Promise<{ request: PrivacyRequestRow; trail: PrivacyRequestEventRow[] }> {
  const request = await findRequest(ctx.db, props.workspaceId, props.id);
  if (!request) throw notFound('Privacy request');
  return { request, trail: await listRequestEvents(ctx.db, props.workspaceId, props.id) };
}
