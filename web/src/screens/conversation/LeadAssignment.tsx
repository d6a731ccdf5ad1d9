import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { STAGE_LABELS, STAGES } from '../../api/labels.ts';
import type { Lead, LeadStage } from '../../api/leads.ts';
import { useUser } from '../../api/session.tsx';
import { useTeam } from '../../api/users.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SelectField } from '../../components/Field.tsx';

/** Stage and agent, changed in place (PATCH /leads/:id); the answer is the lead as it now stands. */
export function LeadAssignment({ lead, onChanged }: { lead: Lead; onChanged(lead: Lead): void }) {
  const user = useUser();
  const team = useTeam(user);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function update(body: { stage?: LeadStage; assignedUserId?: string | null }) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await api<Lead>(`/leads/${lead.id}`, { method: 'PATCH', body }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  const people = [...team];
  if (lead.assignedUserId && !people.some((person) => person.id === lead.assignedUserId)) {
    people.push({ id: lead.assignedUserId, name: lead.assignedUserName ?? 'Another agent' });
  }

  return (
    <section className="panel-section" aria-labelledby="assignment-title">
      <h2 id="assignment-title">Stage and agent</h2>
      <ErrorBanner error={error} />
      <SelectField
        label="Stage"
        value={lead.stage}
        disabled={busy}
        onChange={(event) => void update({ stage: event.target.value as LeadStage })}
        options={STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
      />
      <SelectField
        label="Assigned agent"
        value={lead.assignedUserId ?? ''}
        disabled={busy}
        onChange={(event) => void update({ assignedUserId: event.target.value || null })}
        options={[{ value: '', label: 'Unassigned' }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
      />
    </section>
  );
}
