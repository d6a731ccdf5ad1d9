import type { User } from '../../../src/workspaces/workspaces.schema.ts';
import { api } from './client.ts';
import { isManager } from './session.tsx';
import type { SessionUser } from './types.ts';
import { useApi } from './use-api.ts';

export type { User };

/**
 * The people a lead can be assigned to. Managers see the whole team; an agent, who may not list it,
 * sees only themself.
 */
export function useTeam(viewer: SessionUser): Array<{ id: string; name: string }> {
  const manager = isManager(viewer);
  const { data } = useApi(
    async (signal) => (manager ? (await api<{ items: User[] }>('/users', { signal })).items : []),
    [manager],
  );
  if (!manager || !data) return [{ id: viewer.id, name: viewer.name }];
  return data.filter((user) => !user.disabled && user.role !== null).map(({ id, name }) => ({ id, name }));
}
