import { createHmac } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';
import { newId } from '../platform/ids.js';
import { workspaceHashSalt } from '../workspaces/workspaces.repository.js';
import { findSuppression, insertSuppression } from './consent.repository.js';
import type { SuppressionRow } from './consent.table.js';

export function suppressionHash(salt: string, kind: SuppressionRow['kind'], value: string): string {
  const normalized = kind === 'email' ? value.trim().toLowerCase() : value.replace(/[^\d+]/g, '');
  return createHmac('sha256', salt).update(`${kind}:${normalized}`).digest('hex');
}

export function maskPhone(e164: string): string {
  return e164.length <= 4 ? '••••' : `${e164.slice(0, 2)} ••• ••• ${e164.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const [user = '', domain = ''] = email.split('@');
  return `${user.slice(0, 1)}•••@${domain}`;
}

export interface SuppressionTarget {
  phone?: string | null;
  email?: string | null;
}

/** The first suppression that covers the phone or the email, if any. */
export async function findSuppressionFor(
  db: DbOrTrx,
  workspaceId: string,
  target: SuppressionTarget,
): Promise<SuppressionRow | undefined> {
  if (!target.phone && !target.email) return undefined;
  const salt = await workspaceHashSalt(db, workspaceId);
  if (target.phone) {
    const hit = await findSuppression(db, workspaceId, 'phone', suppressionHash(salt, 'phone', target.phone));
    if (hit) return hit;
  }
  if (target.email)
    return findSuppression(db, workspaceId, 'email', suppressionHash(salt, 'email', target.email));
  return undefined;
}

export interface AddSuppressionProps {
  workspaceId: string;
  kind: SuppressionRow['kind'];
  value: string;
  reason: SuppressionRow['reason'];
  note?: string | null;
  createdBy?: string | null;
  at: Date;
}

/** Adds the entry unless the same value is already listed for the same reason; answers the stored entry. */
export async function addSuppression(
  db: DbOrTrx,
  props: AddSuppressionProps,
): Promise<{ entry: SuppressionRow; created: boolean }> {
  const salt = await workspaceHashSalt(db, props.workspaceId);
  const row: SuppressionRow = {
    id: newId(props.at.getTime()),
    workspaceId: props.workspaceId,
    kind: props.kind,
    valueHash: suppressionHash(salt, props.kind, props.value),
    display: props.kind === 'phone' ? maskPhone(props.value) : maskEmail(props.value),
    reason: props.reason,
    note: props.note ?? null,
    createdBy: props.createdBy ?? null,
    createdAt: props.at.toISOString(),
  };
  if (await insertSuppression(db, row)) return { entry: row, created: true };
  const existing = await findSuppression(db, props.workspaceId, props.kind, row.valueHash, props.reason);
  if (!existing) throw new Error('A suppression that conflicted on insert is gone');
  return { entry: existing, created: false };
}
