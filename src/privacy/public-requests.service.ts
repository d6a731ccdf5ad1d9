import type { Db } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { findContactByEmail, findContactByPhone } from '../leads/leads.repository.js';
import type { ContactRow } from '../leads/leads.table.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { HOUR } from '../platform/clock.js';
import { randomToken, sha256 } from '../platform/crypto.js';
import { notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { findWorkspaceBySlug } from '../workspaces/workspaces.repository.js';
import { deadlinesFor } from './deadlines.js';
import { type Identifier, identifierHash, parseIdentifier, sealText } from './identifiers.js';
import {
  countRequestsForIdentifier,
  findRequestByTicket,
  insertRequest,
  listUnverifiedBefore,
  updateRequest,
} from './privacy.repository.js';
import type { Jurisdiction, PrivacyRequestKind, PrivacyRequestRow } from './privacy.table.js';
import { completeOptOutOfSale } from './requests.service.js';
import { PERSON, recordRequestEvent } from './trail.js';
import {
  CODE_MAX_ATTEMPTS,
  CODE_TTL_MS,
  codeHash,
  codeMatches,
  mailCode,
  newCode,
  queueCodeText,
  scrubCodeText,
} from './verification.js';

/** More requests than this from one identifier in an hour are taken but get no new code. */
export const CODES_PER_IDENTIFIER_PER_HOUR = 3;

export interface RequestPage {
  workspaceId: string;
  slug: string;
  businessName: string;
  timezone: string;
  defaultRegion: string;
}

export async function loadRequestPage(ctx: AppContext, slug: string): Promise<RequestPage> {
  const workspace = await findWorkspaceBySlug(ctx.db, slug.toLowerCase());
  if (workspace?.status !== 'active') throw notFound('Workspace');
  const messaging = await loadWorkspaceMessaging(ctx.db, workspace.id);
  return {
    workspaceId: workspace.id,
    slug: workspace.slug,
    businessName: messaging.settings.businessName ?? workspace.name,
    timezone: workspace.timezone,
    defaultRegion: workspace.defaultRegion,
  };
}

export interface PublicRequestInput {
  kind: PrivacyRequestKind;
  jurisdiction: Jurisdiction;
  phone?: string | undefined;
  email?: string | undefined;
  details?: string | undefined;
}

export type PublicRequestOutcome = { kind: 'invalid_identifier' } | { kind: 'code_step'; ticket: string };

/**
 * Takes a request from the public page. Whether or not the phone or email is on file, the answer is the
 * same ticket and the same "enter the code we sent" page: only a person on file receives a code, by the
 * channel they gave, at the number or address on file.
 */
export async function submitPublicRequest(
  ctx: AppContext,
  page: RequestPage,
  input: PublicRequestInput,
): Promise<PublicRequestOutcome> {
  const identifier = parseIdentifier(input, page.defaultRegion);
  if (!identifier) return { kind: 'invalid_identifier' };
  const now = ctx.clock.now();
  const ticket = randomToken();
  const id = newId(now.getTime());
  const hash = await identifierHash(ctx.db, page.workspaceId, identifier);
  const recent = await countRequestsForIdentifier(
    ctx.db,
    page.workspaceId,
    hash,
    new Date(now.getTime() - HOUR).toISOString(),
  );
  const contact = await contactFor(ctx, page.workspaceId, identifier);
  const code = contact && recent < CODES_PER_IDENTIFIER_PER_HOUR ? newCode() : null;
  const deadlines = deadlinesFor(input.jurisdiction, now, page.timezone);
  const sendsEmail = identifier.kind === 'email' && code !== null && contact?.email;

  await ctx.db.transaction().execute(async (trx) => {
    const row: PrivacyRequestRow = {
      id,
      workspaceId: page.workspaceId,
      contactId: contact?.id ?? null,
      kind: input.kind,
      jurisdiction: input.jurisdiction,
      status: 'pending_verification',
      channel: 'web',
      identifierKind: identifier.kind,
      identifierSealed: sealText(ctx.config, identifier.value),
      identifierHash: hash,
      noteSealed: input.details?.trim() ? sealText(ctx.config, input.details.trim()) : null,
      ticketHash: sha256(ticket),
      codeHash: code ? codeHash(ctx.config.appSecret, id, code) : null,
      codeExpiresAt: code ? new Date(now.getTime() + CODE_TTL_MS).toISOString() : null,
      codeAttempts: 0,
      codeMessageId: null,
      acknowledgeBy: deadlines.acknowledgeBy,
      dueAt: deadlines.dueAt,
      verifiedAt: null,
      completedAt: null,
      rejectedReason: null,
      createdBy: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await insertRequest(trx, row);
    let messageId: string | null = null;
    if (code && contact && identifier.kind === 'phone') {
      messageId = await queueCodeText(trx, ctx, { contact, requestId: id, code });
      if (messageId) await updateRequest(trx, page.workspaceId, id, { codeMessageId: messageId });
    }
    await recordRequestEvent(trx, {
      workspaceId: page.workspaceId,
      requestId: id,
      action: 'received',
      actor: PERSON,
      details: {
        matched: contact !== undefined,
        code: code ? identifier.kind : contact ? 'rate_limited' : 'not_sent',
      },
      at: now,
    });
  });
  if (sendsEmail && code && contact?.email) {
    await mailCode(ctx, {
      workspaceId: page.workspaceId,
      requestId: id,
      to: contact.email,
      businessName: page.businessName,
      code,
    });
  }
  return { kind: 'code_step', ticket };
}

async function contactFor(
  ctx: AppContext,
  workspaceId: string,
  identifier: Identifier,
): Promise<ContactRow | undefined> {
  return identifier.kind === 'phone'
    ? findContactByPhone(ctx.db, workspaceId, identifier.value)
    : findContactByEmail(ctx.db, workspaceId, identifier.value);
}

export type VerifyOutcome =
  | { kind: 'verified'; request: PrivacyRequestRow }
  | { kind: 'wrong_code'; attemptsLeft: number }
  | { kind: 'expired' };

/**
 * Checks the code. Five wrong tries, a lapsed code, or a request that matched nobody all end the same
 * way, so the page says nothing about who is on file.
 */
export async function verifyPublicRequest(
  ctx: AppContext,
  page: RequestPage,
  props: { ticket: string; code: string },
): Promise<VerifyOutcome> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx): Promise<VerifyOutcome> => {
    const request = await findRequestByTicket(trx, page.workspaceId, sha256(props.ticket));
    if (request?.status !== 'pending_verification') return { kind: 'expired' };
    const attempts = request.codeAttempts + 1;
    if (attempts > CODE_MAX_ATTEMPTS) return { kind: 'expired' };
    const live = request.codeHash && request.codeExpiresAt && request.codeExpiresAt > now.toISOString();
    if (!live && request.codeHash) return { kind: 'expired' };
    const ok =
      live && request.codeHash && codeMatches(ctx.config.appSecret, request.id, props.code, request.codeHash);
    if (!ok) {
      await updateRequest(trx, page.workspaceId, request.id, {
        codeAttempts: attempts,
        updatedAt: now.toISOString(),
      });
      await recordRequestEvent(trx, {
        workspaceId: page.workspaceId,
        requestId: request.id,
        action: 'code_rejected',
        actor: PERSON,
        details: { attempt: attempts },
        at: now,
      });
      return attempts >= CODE_MAX_ATTEMPTS
        ? { kind: 'expired' }
        : { kind: 'wrong_code', attemptsLeft: CODE_MAX_ATTEMPTS - attempts };
    }
    const verified: PrivacyRequestRow = {
      ...request,
      status: 'verified',
      codeHash: null,
      ticketHash: null,
      codeAttempts: attempts,
      verifiedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await updateRequest(trx, page.workspaceId, request.id, {
      status: verified.status,
      codeHash: null,
      ticketHash: null,
      codeAttempts: attempts,
      verifiedAt: verified.verifiedAt,
      updatedAt: verified.updatedAt,
    });
    await scrubCodeText(trx, { workspaceId: page.workspaceId, messageId: request.codeMessageId });
    await recordRequestEvent(trx, {
      workspaceId: page.workspaceId,
      requestId: request.id,
      action: 'verified',
      actor: PERSON,
      at: now,
    });
    if (verified.kind === 'opt_out_of_sale') {
      return { kind: 'verified', request: await completeOptOutOfSale(trx, ctx, verified, PERSON) };
    }
    return { kind: 'verified', request: verified };
  });
}

/** How long a request from the public page waits for its code before it is closed. */
export const UNVERIFIED_REQUEST_TTL_MS = 24 * HOUR;

/**
 * Closes public requests whose code was never entered (or matched no one) after a day, across
 * workspaces, dropping the sealed identifier and note. The nightly retention job calls it; answers how
 * many were closed.
 */
export async function expireUnverifiedRequests(props: { db: Db; now: Date }): Promise<number> {
  const at = props.now.toISOString();
  const before = new Date(props.now.getTime() - UNVERIFIED_REQUEST_TTL_MS).toISOString();
  let closed = 0;
  for (;;) {
    const rows = await listUnverifiedBefore(props.db, before, 200);
    if (rows.length === 0) return closed;
    await props.db.transaction().execute(async (trx) => {
      for (const row of rows) {
        await updateRequest(trx, row.workspaceId, row.id, {
          status: 'rejected',
          rejectedReason: 'not_verified',
          completedAt: at,
          identifierSealed: null,
          noteSealed: null,
          codeHash: null,
          ticketHash: null,
          updatedAt: at,
        });
        await recordRequestEvent(trx, {
          workspaceId: row.workspaceId,
          requestId: row.id,
          action: 'expired',
          actor: { type: 'system', id: null },
          at: props.now,
        });
      }
    });
    closed += rows.length;
  }
}
