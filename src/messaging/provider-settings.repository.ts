import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import { findWorkspace, readWorkspace } from '../workspaces/workspaces.repository.js';
import { type SmsProviderSection, smsProviderSectionSchema } from './provider-settings.schema.js';

export const SMS_PROVIDER_SECTION = 'smsProvider';

/** The workspace's stored Twilio section; an unreadable one counts as none. */
export function sectionOf(settings: unknown): SmsProviderSection {
  const all = fromJson<Record<string, unknown> | null>(settings) ?? {};
  const parsed = smsProviderSectionSchema.safeParse(all[SMS_PROVIDER_SECTION] ?? {});
  return parsed.success ? parsed.data : {};
}

export async function findSmsProviderSection(
  db: DbOrTrx,
  workspaceId: string,
): Promise<SmsProviderSection | undefined> {
  const workspace = await findWorkspace(db, workspaceId);
  return workspace ? sectionOf(workspace.settings) : undefined;
}

/** The same section for sending: through the workspace cache (workspace-cache.ts). */
export async function readSmsProviderSection(
  db: DbOrTrx,
  workspaceId: string,
): Promise<SmsProviderSection | undefined> {
  const workspace = await readWorkspace(db, workspaceId);
  return workspace ? sectionOf(workspace.settings) : undefined;
}
