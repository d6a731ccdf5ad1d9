import type { Trx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import { forgetWorkspace } from '../workspaces/workspace-cache.js';
import { lockWorkspace } from '../workspaces/workspaces.repository.js';

/** Seals one value again under the current key; undefined when it already is. Names the row on failure. */
export type ResealInRow = (rowId: string, sealed: string) => string | undefined;

/**
 * Seals sealed keys of one section of every workspace's settings again (the SMS provider's auth token,
 * the AI provider's key, the demo credentials), each workspace locked so a settings change landing meanwhile is kept.
 */
export async function rotateSettingsSecrets(
  trx: Trx,
  section: string,
  keys: readonly string[],
  reseal: ResealInRow,
): Promise<{ examined: number; resealed: number }> {
  const ids = await trx.selectFrom('workspaces').select('id').execute();
  let examined = 0;
  let resealed = 0;
  for (const { id } of ids) {
    const workspace = await lockWorkspace(trx, id);
    if (!workspace) continue;
    const settings = fromJson<Record<string, unknown> | null>(workspace.settings);
    const stored = settings?.[section];
    if (!settings || !stored || typeof stored !== 'object') continue;
    const next: Record<string, unknown> = { ...stored };
    let changed = 0;
    for (const key of keys) {
      const sealed = next[key];
      if (typeof sealed !== 'string') continue;
      examined += 1;
      const value = reseal(workspace.id, sealed);
      if (value === undefined) continue;
      next[key] = value;
      changed += 1;
    }
    if (changed === 0) continue;
    forgetWorkspace(trx, workspace.id);
    await trx
      .updateTable('workspaces')
      .set({ settings: toJson({ ...settings, [section]: next }) })
      .where('id', '=', workspace.id)
      .execute();
    resealed += changed;
  }
  return { examined, resealed };
}
