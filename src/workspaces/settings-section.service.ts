import type { z } from 'zod';
import type { Trx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { notFound, unprocessable } from '../platform/errors.js';
import { audit, auditActor } from './audit.service.js';
import type { Actor } from './auth.types.js';
import { lockWorkspace, updateWorkspace } from './workspaces.repository.js';

export interface PatchSettingsSectionProps<S extends z.ZodType> {
  workspaceId: string;
  /** The key under the workspace's settings JSON: `messaging`, `conversation`, `scheduling`... */
  section: string;
  schema: S;
  /** Keys to change; `null` restores the default, `undefined` leaves a key alone. */
  patch: Record<string, unknown>;
  by: Actor;
  ip?: string | undefined;
  /**
   * What to do when the stored section (from an older version) no longer passes the schema:
   * `reject` says which fields, `reset` falls back to the defaults and stores nothing.
   */
  onInvalid: 'reject' | 'reset';
  /**
   * Runs in the same transaction, with the workspace locked, before the change is written; given the
   * section as stored. A write it makes commits with the settings or not at all; a throw cancels both.
   */
  inTransaction?: (trx: Trx, stored: Readonly<Record<string, unknown>>) => Promise<void>;
}

/**
 * Changes the settings given in one section of the workspace's settings and keeps the rest. Only what
 * someone set is stored, so a default that improves in a later version reaches every workspace that never
 * chose otherwise. The change is audited as `settings.<section>_changed`.
 */
export async function patchSettingsSection<S extends z.ZodType>(
  ctx: AppContext,
  props: PatchSettingsSectionProps<S>,
): Promise<z.output<S>> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const workspace = await lockWorkspace(trx, props.workspaceId);
    if (!workspace) throw notFound('Workspace');
    const settings = fromJson<Record<string, unknown> | null>(workspace.settings) ?? {};
    const stored = { ...((settings[props.section] as Record<string, unknown> | undefined) ?? {}) };
    await props.inTransaction?.(trx, { ...stored });
    const changed: string[] = [];
    for (const [key, value] of Object.entries(props.patch)) {
      if (value === undefined) continue;
      if (value === null) delete stored[key];
      else stored[key] = value;
      changed.push(key);
    }
    const parsed = props.schema.safeParse(stored);
    if (!parsed.success && props.onInvalid === 'reject') {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.'));
      throw unprocessable(`Some stored ${props.section} settings are no longer valid; set them again`, {
        fields,
      });
    }
    if (changed.length > 0) {
      await updateWorkspace(trx, props.workspaceId, {
        settings: toJson({ ...settings, [props.section]: parsed.success ? stored : {} }),
        updatedAt: now.toISOString(),
      });
      await audit(trx, {
        workspaceId: props.workspaceId,
        actor: auditActor(props.by),
        action: `settings.${props.section}_changed`,
        target: { type: 'workspace', id: props.workspaceId },
        details: { changed },
        ip: props.ip,
        at: now,
      });
    }
    return parsed.success ? parsed.data : props.schema.parse({});
  });
}
