import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { normalizeEmail, normalizePhone } from '../leads/normalize.js';
import { conflict, notFound, unprocessable } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { deleteSuppression, findSuppressionById, listSuppressions } from './consent.repository.js';
import type { SuppressionRow } from './consent.table.js';
import type { ImportDoNotContactResult } from './do-not-contact.schema.js';
import { addSuppression } from './suppression.js';

interface Target {
  kind: SuppressionRow['kind'];
  value: string;
}

/** The value as the gate will look it up: E.164 phones, lower-case addresses; null when it is neither. */
function targetOf(raw: string, defaultRegion: string, kind?: Target['kind']): Target | null {
  if (kind === 'email' || (!kind && raw.includes('@'))) {
    const email = normalizeEmail(raw);
    return email ? { kind: 'email', value: email } : null;
  }
  const phone = normalizePhone(raw, defaultRegion).e164;
  return phone ? { kind: 'phone', value: phone } : null;
}

async function regionOf(db: DbOrTrx, workspaceId: string): Promise<string> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return workspace.defaultRegion;
}

export function listDoNotContact(
  ctx: AppContext,
  props: { workspaceId: string; limit: number; offset: number },
): Promise<SuppressionRow[]> {
  return listSuppressions(ctx.db, props.workspaceId, props.limit, props.offset);
}

export interface ListChange {
  workspaceId: string;
  by: Actor;
  ip?: string | undefined;
}

export async function addDoNotContactEntry(
  ctx: AppContext,
  props: ListChange & { kind: Target['kind']; value: string; note?: string | undefined },
): Promise<{ entry: SuppressionRow; created: boolean }> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const target = targetOf(props.value, await regionOf(trx, props.workspaceId), props.kind);
    if (!target)
      throw unprocessable('Not a valid phone number or email address', undefined, 'invalid_contact');
    const added = await addSuppression(trx, {
      workspaceId: props.workspaceId,
      ...target,
      reason: 'do_not_contact',
      note: props.note ?? null,
      createdBy: auditActor(props.by).id,
      at,
    });
    if (added.created) {
      await audit(trx, {
        workspaceId: props.workspaceId,
        actor: auditActor(props.by),
        action: 'do_not_contact.added',
        target: { type: 'suppression', id: added.entry.id },
        details: { kind: target.kind },
        ip: props.ip,
        at,
      });
    }
    return added;
  });
}

/** Only entries someone put on the list come off it; an erasure's or opt-out's remainder stays. */
export async function removeFromDoNotContact(
  ctx: AppContext,
  props: ListChange & { id: string },
): Promise<void> {
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const entry = await findSuppressionById(trx, props.workspaceId, props.id);
    if (!entry) throw notFound('Do-not-contact entry');
    if (entry.reason !== 'do_not_contact' || !(await deleteSuppression(trx, props.workspaceId, props.id))) {
      throw conflict('This entry records an erasure or an opt-out and cannot be removed', 'not_removable');
    }
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'do_not_contact.removed',
      target: { type: 'suppression', id: entry.id },
      details: { kind: entry.kind },
      ip: props.ip,
      at,
    });
  });
}

const HEADER = /^(phone|email|phone_number|number|e-?mail)$/i;

/** One phone or email per line (a CSV's first column); blank lines and a header line are skipped. */
export async function importDoNotContact(
  ctx: AppContext,
  props: ListChange & { text: string },
): Promise<ImportDoNotContactResult> {
  const at = ctx.clock.now();
  const result: ImportDoNotContactResult = { added: 0, alreadyListed: 0, rejected: [] };
  await ctx.db.transaction().execute(async (trx) => {
    const region = await regionOf(trx, props.workspaceId);
    const lines = props.text.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
      const value = (line.split(',')[0] ?? '')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim();
      if (!value || (index === 0 && HEADER.test(value))) continue;
      const target = targetOf(value, region);
      if (!target) {
        result.rejected.push({ line: index + 1, reason: 'not a valid phone number or email address' });
        continue;
      }
      const { created } = await addSuppression(trx, {
        workspaceId: props.workspaceId,
        ...target,
        reason: 'do_not_contact',
        createdBy: auditActor(props.by).id,
        at,
      });
      if (created) result.added += 1;
      else result.alreadyListed += 1;
    }
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'do_not_contact.imported',
      details: { added: result.added, alreadyListed: result.alreadyListed, rejected: result.rejected.length },
      ip: props.ip,
      at,
    });
  });
  return result;
}
