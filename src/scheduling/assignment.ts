import type { AssignmentReason, AssignmentRule } from './scheduling.table.js';

export interface Candidate {
  agentId: string;
  weight: number;
  /** Appointments of this type the agent got recently (not cancelled). */
  load: number;
  lastAssignedAt: string | null;
}

export interface AssignmentChoice {
  agentId: string;
  reason: AssignmentReason;
  details: Record<string, unknown>;
}

/**
 * Picks among the candidates who are free at the slot. With `lead_owner_first`, the lead's own agent
 * when free; otherwise weighted round robin: the smallest (load + 1) / weight, so over time each agent's
 * share follows their weight; ties go to whoever was assigned least recently, then to the id.
 */
export function chooseAgent(props: {
  free: readonly Candidate[];
  rule: AssignmentRule;
  leadOwnerId: string | null;
  /** How many agents take the type at all (free or not). */
  takers: number;
}): AssignmentChoice | null {
  const { free } = props;
  if (free.length === 0) return null;
  const candidates = free.map((c) => ({ agentId: c.agentId, weight: c.weight, load: c.load }));
  if (props.takers === 1) {
    return { agentId: (free[0] as Candidate).agentId, reason: 'only_agent', details: { rule: props.rule } };
  }
  if (props.rule === 'lead_owner_first' && props.leadOwnerId) {
    const owner = free.find((c) => c.agentId === props.leadOwnerId);
    if (owner) return { agentId: owner.agentId, reason: 'lead_owner', details: { rule: props.rule } };
  }
  const ranked = [...free].sort(
    (a, b) =>
      (a.load + 1) / a.weight - (b.load + 1) / b.weight ||
      (a.lastAssignedAt ?? '').localeCompare(b.lastAssignedAt ?? '') ||
      a.agentId.localeCompare(b.agentId),
  );
  const best = ranked[0] as Candidate;
  return {
    agentId: best.agentId,
    reason: 'round_robin',
    details: {
      rule: props.rule,
      ...(props.rule === 'lead_owner_first' ? { leadOwnerFree: false } : {}),
      candidates,
    },
  };
}
