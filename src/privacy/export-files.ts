import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { DAY } from '../platform/clock.js';
import { randomToken, sha256 } from '../platform/crypto.js';
import { notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import {
  claimExportDownload,
  findExportByToken,
  insertExport,
  listExportsForContact,
  listPurgeableExports,
  markExportPurged,
} from './privacy.repository.js';
import type { PrivacyExportRow } from './privacy.table.js';

export const EXPORT_LINK_DAYS = 7;

/**
 * Export files wait in DATA_DIR/exports under a random name, sealed with AES-256-GCM under a key derived
 * from the download token. The server keeps only the token's hash, so a file on disk is unreadable
 * without the link, and the link works once.
 */
const exportsDir = (dataDir: string) => path.join(dataDir, 'exports');

function keyFor(token: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, 'closing-cloud', 'privacy-export', 32));
}

function seal(token: string, data: Uint8Array): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(token), iv);
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(token: string, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', keyFor(token), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

export interface ExportLink {
  exportId: string;
  url: string;
  expiresAt: string;
  bytes: number;
}

/** Stores a finished zip and answers the one-time link to it. */
export async function storeExport(
  ctx: AppContext,
  props: { workspaceId: string; contactId: string | null; requestId: string | null; zip: Uint8Array },
): Promise<ExportLink> {
  const token = randomToken();
  const now = ctx.clock.now();
  const fileName = `${randomToken(18)}.zip.sealed`;
  const dir = exportsDir(ctx.config.dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(path.join(dir, fileName), seal(token, props.zip), { mode: 0o600 });
  const row: PrivacyExportRow = {
    id: newId(now.getTime()),
    workspaceId: props.workspaceId,
    requestId: props.requestId,
    contactId: props.contactId,
    tokenHash: sha256(token),
    fileName,
    bytes: props.zip.byteLength,
    expiresAt: new Date(now.getTime() + EXPORT_LINK_DAYS * DAY).toISOString(),
    downloadedAt: null,
    purgedAt: null,
    createdAt: now.toISOString(),
  };
  await insertExport(ctx.db, row);
  return {
    exportId: row.id,
    url: `${ctx.config.publicUrl}/privacy/exports/${token}`,
    expiresAt: row.expiresAt,
    bytes: row.bytes,
  };
}

/** The zip behind a link, once: the file is deleted as it is handed over. Unknown, used or expired: 404. */
export async function takeExport(
  ctx: AppContext,
  token: string,
): Promise<{ zip: Buffer; row: PrivacyExportRow }> {
  const row = await findExportByToken(ctx.db, sha256(token));
  const now = ctx.clock.now().toISOString();
  if (!row || row.downloadedAt || row.purgedAt || row.expiresAt <= now) throw notFound('Export');
  const file = path.join(exportsDir(ctx.config.dataDir), row.fileName);
  const sealed = await readFile(file).catch(() => null);
  if (!sealed) throw notFound('Export');
  if (!(await claimExportDownload(ctx.db, row.id, now))) throw notFound('Export');
  await rm(file, { force: true });
  await markExportPurged(ctx.db, row.id, now);
  return { zip: open(token, sealed), row };
}

/**
 * Deletes export files that have expired or been downloaded, across workspaces: the retention job
 * calls it. Answers how many files went.
 */
export async function purgeExpiredExports(props: { db: Db; now: Date; dataDir: string }): Promise<number> {
  let purged = 0;
  const at = props.now.toISOString();
  for (;;) {
    const rows = await listPurgeableExports(props.db, at, 200);
    if (rows.length === 0) return purged;
    for (const row of rows) {
      await rm(path.join(exportsDir(props.dataDir), row.fileName), { force: true });
      await markExportPurged(props.db, row.id, at);
      purged += 1;
    }
  }
}

/** An erased person's waiting exports go with them. */
export async function purgeExportsOfContact(
  ctx: AppContext,
  props: { workspaceId: string; contactId: string },
): Promise<number> {
  const at = ctx.clock.now().toISOString();
  let purged = 0;
  for (const row of await listExportsForContact(ctx.db, props.workspaceId, props.contactId)) {
    if (row.purgedAt) continue;
    await rm(path.join(exportsDir(ctx.config.dataDir), row.fileName), { force: true });
    await markExportPurged(ctx.db, row.id, at);
    purged += 1;
  }
  return purged;
}
