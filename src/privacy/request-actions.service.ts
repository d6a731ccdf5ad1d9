import type { AppContext } from '../http/context.js';
import { conflict, notFound, unprocessable } from '../platform/errors.js';
import { type AuditEntry, audit } from '../workspaces/audit.service.js';
import { type ContactCorrection, correctContact, setRestriction } from './contacts.service.js';
import { type ErasureReport, erasePerson } from './erasure.service.js';
import { collectPersonExport, zipFiles } from './export.service.js';
import { type ExportLink, storeExport } from './export-files.js';
import { findRequest, updateRequest } from './privacy.repository.js';
import type { PrivacyRequestRow, PrivacyRequestStatus } from './privacy.table.js';
import { finished, finishedChanges } from './requests.service.js';
import { recordRequestEvent, type TrailActor } from './trail.js';

export interface CompletedRequest {
  request: PrivacyRequestRow;
  export?: ExportLink;
  erasure?: ErasureReport;
}

/**
 * Answers a verified request by doing what it asks: access and portability make the export and its
 * one-time link; deletion erases; restriction restricts; correction applies the fields given.
 */
export async function completeRequest(
  ctx: AppContext,
  props: {
    workspaceId: string;
    id: string;
    actor: AuditEntry['actor'];
    fields?: ContactCorrection | undefined;
    ip?: string | undefined;
  },
): Promise<CompletedRequest> {
  const { workspaceId, actor } = props;
  const request = await findRequest(ctx.db, workspaceId, props.id);
  if (!request) throw notFound('Privacy request');
  if (request.status !== 'verified' && request.status !== 'in_progress') {
    throw conflict(`A request that is ${request.status} cannot be completed`, 'request_not_open');
  }
  if (request.kind === 'correction' && !props.fields) {
    throw unprocessable(
      'Give the corrected fields: {"fields": {"name"|"email"|"phone": ...}}',
      {},
      'fields_required',
    );
  }
  const contactId = request.contactId;
  if (!contactId && request.kind !== 'opt_out_of_sale') {
    throw unprocessable('The request matched no one on file; reject it instead', {}, 'no_contact');
  }
  await step(ctx, request, actor, 'started', { status: 'in_progress' });
  const result: CompletedRequest = { request };
  if (contactId) {
    const target = { workspaceId, contactId };
    if (request.kind === 'access' || request.kind === 'portability') {
      const collected = await collectPersonExport(ctx, target);
      result.export = await storeExport(ctx, {
        ...target,
        requestId: request.id,
        zip: zipFiles(collected.files),
      });
    } else if (request.kind === 'deletion') {
      result.erasure = await erasePerson(ctx, { ...target, actor, requestId: request.id });
    } else if (request.kind === 'restriction') {
      await setRestriction(ctx, { ...target, restricted: true, actor, ip: props.ip });
    } else if (request.kind === 'correction' && props.fields) {
      await correctContact(ctx, { ...target, fields: props.fields, actor, ip: props.ip });
    }
  }
  const done = finished(request, ctx.clock.now());
  await ctx.db.transaction().execute(async (trx) => {
    await updateRequest(trx, workspaceId, request.id, finishedChanges(done));
    await recordRequestEvent(trx, {
      workspaceId,
      requestId: request.id,
      action: 'completed',
      actor,
      details: result.export ? { exportId: result.export.exportId } : {},
      at: ctx.clock.now(),
    });
    await audit(trx, {
      workspaceId,
      actor,
      action: 'privacy.request_completed',
      target: { type: 'privacy_request', id: request.id },
      details: { kind: request.kind },
      ip: props.ip,
      at: ctx.clock.now(),
    });
  });
  return { ...result, request: done };
}

export async function rejectRequest(
  ctx: AppContext,
  props: {
    workspaceId: string;
    id: string;
    reason: string;
    actor: AuditEntry['actor'];
    ip?: string | undefined;
  },
): Promise<PrivacyRequestRow> {
  const request = await findRequest(ctx.db, props.workspaceId, props.id);
  if (!request) throw notFound('Privacy request');
  if (request.status === 'completed' || request.status === 'rejected') {
    throw conflict(`A request that is ${request.status} cannot be rejected`, 'request_not_open');
  }
  const at = ctx.clock.now();
  const done: PrivacyRequestRow = {
    ...finished(request, at),
    status: 'rejected',
    completedAt: at.toISOString(),
    rejectedReason: props.reason,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await updateRequest(trx, props.workspaceId, request.id, finishedChanges(done));
    await recordRequestEvent(trx, {
      workspaceId: props.workspaceId,
      requestId: request.id,
      action: 'rejected',
      actor: props.actor,
      at,
    });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: props.actor,
      action: 'privacy.request_rejected',
      target: { type: 'privacy_request', id: request.id },
      ip: props.ip,
      at,
    });
  });
  return done;
}

async function step(
  ctx: AppContext,
  request: PrivacyRequestRow,
  actor: TrailActor,
  action: string,
  changes: { status: PrivacyRequestStatus },
): Promise<void> {
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updateRequest(trx, request.workspaceId, request.id, { ...changes, updatedAt: at.toISOString() });
    await recordRequestEvent(trx, {
      workspaceId: request.workspaceId,
      requestId: request.id,
      action,
      actor,
      at,
    });
  });
}
