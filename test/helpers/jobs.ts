import { toJson } from '../../src/db/schema.js';
import { newId } from '../../src/platform/ids.js';

/**
 * A job row written straight to the table, due and created at `at`: ready, or running under a lease that
 * holds until `leasedUntil` when one is given.
 */
export function jobRow(props: {
  name: string;
  workspaceId: string | null;
  at: number;
  leasedUntil?: number;
}) {
  const iso = new Date(props.at).toISOString();
  const running = props.leasedUntil !== undefined;
  return {
    id: newId(props.at),
    name: props.name,
    payload: toJson({}),
    workspaceId: props.workspaceId,
    uniqueKey: null,
    status: running ? ('running' as const) : ('ready' as const),
    runAt: iso,
    maxAttempts: 3,
    lastError: null,
    lockedBy: running ? 'busy-worker' : null,
    lockedUntil: running ? new Date(props.leasedUntil as number).toISOString() : null,
    createdAt: iso,
    updatedAt: iso,
    finishedAt: null,
  };
}
