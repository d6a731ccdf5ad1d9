import { addSuppression } from '../consent/suppression.js';
import type { AppContext } from '../http/context.js';
import { findContactByEmail, findContactByPhone } from '../leads/leads.repository.js';
import type { ContactRow } from '../leads/leads.table.js';
import { notFound } from '../platform/errors.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import type { ErasureReport } from './erasure.service.js';
import { collectPersonExport, zipFiles } from './export.service.js';
import { type Identifier, requireIdentifier } from './identifiers.js';
import { completeRequest } from './request-actions.service.js';
import { fileRequest } from './requests.service.js';

/** The person a phone or email names in a workspace, for the operator's commands. */
export async function findPerson(
  ctx: AppContext,
  props: { workspaceId: string; phone?: string | undefined; email?: string | undefined },
): Promise<{ identifier: Identifier; contact: ContactRow | undefined }> {
  const workspace = await findWorkspace(ctx.db, props.workspaceId);
  if (!workspace) throw notFound('Workspace');
  const identifier = requireIdentifier(props, workspace.defaultRegion);
  const contact =
    identifier.kind === 'phone'
      ? await findContactByPhone(ctx.db, props.workspaceId, identifier.value)
      : await findContactByEmail(ctx.db, props.workspaceId, identifier.value);
  return { identifier, contact };
}

export interface OperatorErasure {
  found: boolean;
  requestId: string | null;
  report: ErasureReport | null;
}

/**
 * `closing-cloud privacy erase`: files a deletion request for the record and completes it. Someone not on
 * file is still added to the suppression list, so a later import of that number or address is never texted.
 */
export async function eraseByIdentifier(
  ctx: AppContext,
  props: { workspaceId: string; phone?: string | undefined; email?: string | undefined },
): Promise<OperatorErasure> {
  const { identifier, contact } = await findPerson(ctx, props);
  const actor = { type: 'system' as const, id: null };
  if (!contact) {
    await addSuppression(ctx.db, {
      workspaceId: props.workspaceId,
      kind: identifier.kind,
      value: identifier.value,
      reason: 'erased',
      at: ctx.clock.now(),
    });
    return { found: false, requestId: null, report: null };
  }
  const request = await fileRequest(ctx, {
    workspaceId: props.workspaceId,
    input: { kind: 'deletion', jurisdiction: 'other', contactId: contact.id },
    actor,
    channel: 'cli',
  });
  const done = await completeRequest(ctx, { workspaceId: props.workspaceId, id: request.id, actor });
  return { found: true, requestId: request.id, report: done.erasure ?? null };
}

/** `closing-cloud privacy export`: the person's zip, handed to the operator directly. */
export async function exportByIdentifier(
  ctx: AppContext,
  props: { workspaceId: string; phone?: string | undefined; email?: string | undefined },
): Promise<{ contactId: string; zip: Uint8Array; files: string[]; counts: Record<string, number> }> {
  const { contact } = await findPerson(ctx, props);
  if (!contact) throw notFound('Contact with that phone or email');
  const collected = await collectPersonExport(ctx, { workspaceId: props.workspaceId, contactId: contact.id });
  return {
    contactId: contact.id,
    zip: zipFiles(collected.files),
    files: Object.keys(collected.files),
    counts: collected.counts,
  };
}
