import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { Dialog } from '../appointments/Dialog.tsx';
import type { Agent, AppointmentType } from '../appointments/types.ts';
import { apiFieldErrors, errorFor, type FieldErrors } from './form-errors.ts';
import { SaveStatus } from './parts.tsx';
import { type AppointmentTypeForm, checkAppointmentType } from './validation.ts';

const KINDS = [
  { value: 'buyer_consultation', label: 'Buyer consultation' },
  { value: 'listing_appointment', label: 'Listing appointment' },
  { value: 'showing', label: 'Showing' },
  { value: 'call', label: 'Call' },
  { value: 'other', label: 'Other' },
];
const LOCATIONS = [
  { value: 'phone', label: 'Phone call' },
  { value: 'video', label: 'Video call' },
  { value: 'office', label: 'Office' },
  { value: 'property', label: "At the lead's property" },
];
const ASSIGNMENT = [
  { value: 'lead_owner_first', label: "The lead's own agent first, else round robin" },
  { value: 'round_robin', label: 'Round robin' },
];
const FIELDS = [
  'name',
  'kind',
  'description',
  'durationMinutes',
  'slotStepMinutes',
  'locationKind',
  'locationText',
  'assignment',
  'active',
  'agents',
];

function toForm(type: AppointmentType | null): AppointmentTypeForm {
  return {
    name: type?.name ?? '',
    kind: type?.kind ?? 'buyer_consultation',
    description: type?.description ?? '',
    durationMinutes: String(type?.durationMinutes ?? 30),
    slotStepMinutes: String(type?.slotStepMinutes ?? 30),
    locationKind: type?.locationKind ?? 'phone',
    locationText: type?.locationText ?? '',
    assignment: type?.assignment ?? 'lead_owner_first',
    active: type?.active ?? true,
    agents: Object.fromEntries((type?.agents ?? []).map((a) => [a.agentId, String(a.weight)])),
  };
}

function TypeDialog(props: {
  type: AppointmentType | null;
  agents: Agent[];
  onClose(): void;
  onSaved(): void;
}) {
  const { type, agents, onClose, onSaved } = props;
  const [form, setForm] = useState(() => toForm(type));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<AppointmentTypeForm>) => setForm({ ...form, ...patch });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkAppointmentType(form);
    if (checked.errors) return setErrors(checked.errors);
    setBusy(true);
    try {
      await api(type ? `/appointment-types/${type.id}` : '/appointment-types', {
        method: type ? 'PATCH' : 'POST',
        body: checked.value,
      });
      onSaved();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={type ? `Edit ${type.name}` : 'New appointment type'}
      onClose={onClose}
      className="modal-wide"
    >
      <form onSubmit={submit} noValidate>
        <Field
          label="Name"
          value={form.name}
          error={errorFor(errors, 'name')}
          onChange={(e) => set({ name: e.target.value })}
        />
        <SelectField
          label="Kind"
          value={form.kind}
          options={KINDS}
          onChange={(e) => set({ kind: e.target.value })}
        />
        <Field
          label="Description"
          value={form.description}
          error={errorFor(errors, 'description')}
          onChange={(e) => set({ description: e.target.value })}
        />
        <div className="grid-2">
          <Field
            label="Length (minutes)"
            inputMode="numeric"
            value={form.durationMinutes}
            error={errorFor(errors, 'durationMinutes')}
            onChange={(e) => set({ durationMinutes: e.target.value })}
          />
          <Field
            label="Start times every (minutes)"
            inputMode="numeric"
            value={form.slotStepMinutes}
            error={errorFor(errors, 'slotStepMinutes')}
            onChange={(e) => set({ slotStepMinutes: e.target.value })}
          />
        </div>
        <SelectField
          label="Where"
          value={form.locationKind}
          options={LOCATIONS}
          onChange={(e) => set({ locationKind: e.target.value })}
        />
        <Field
          label="Address or video link"
          value={form.locationText}
          error={errorFor(errors, 'locationText')}
          onChange={(e) => set({ locationText: e.target.value })}
        />
        <SelectField
          label="Who gets the booking"
          value={form.assignment}
          options={ASSIGNMENT}
          onChange={(e) => set({ assignment: e.target.value })}
        />
        <fieldset>
          <legend>Agents who take it (weight for round robin; empty: not this agent)</legend>
          {agents.map((agent) => (
            <Field
              key={agent.id}
              label={agent.name}
              inputMode="numeric"
              value={form.agents[agent.id] ?? ''}
              error={errorFor(errors, `agents.${agent.id}`)}
              onChange={(e) => set({ agents: { ...form.agents, [agent.id]: e.target.value } })}
            />
          ))}
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={form.active} onChange={(e) => set({ active: e.target.checked })} />
          Open for booking
        </label>
        <SaveStatus saved={false} errors={errors} fields={FIELDS} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Save type
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The kinds of meeting leads can book, their length and who takes them. */
export function AppointmentTypesEditor() {
  const types = useApi((signal) => api<{ items: AppointmentType[] }>('/appointment-types', { signal }), []);
  const agents = useApi((signal) => api<{ items: Agent[] }>('/users', { signal }), []);
  const [editing, setEditing] = useState<AppointmentType | null | 'new'>(null);
  const agentList = (agents.data?.items ?? []).filter((a) => !a.disabled);
  const names = new Map(agentList.map((a) => [a.id, a.name]));

  return (
    <section aria-labelledby="types-title">
      <div className="card-header">
        <h3 id="types-title">Appointment types</h3>
        <Button variant="primary" onClick={() => setEditing('new')}>
          New appointment type
        </Button>
      </div>
      <ErrorBanner error={types.error ?? agents.error} onRetry={() => void types.reload()} />
      <Table
        caption="Appointment types"
        rows={types.data?.items ?? []}
        rowKey={(t) => t.id}
        empty={<p className="muted">No appointment types yet: add one so leads can book.</p>}
        columns={[
          { key: 'name', header: 'Name', render: (t) => t.name },
          { key: 'length', header: 'Length', render: (t) => `${t.durationMinutes} min`, numeric: true },
          {
            key: 'where',
            header: 'Where',
            render: (t) => LOCATIONS.find((l) => l.value === t.locationKind)?.label,
          },
          {
            key: 'agents',
            header: 'Agents',
            render: (t) => t.agents.map((a) => names.get(a.agentId) ?? 'Agent').join(', ') || '—',
          },
          { key: 'active', header: 'Status', render: (t) => (t.active ? 'Open' : 'Closed') },
          {
            key: 'edit',
            header: <span className="visually-hidden">Edit</span>,
            render: (t) => (
              <Button variant="link" onClick={() => setEditing(t)}>
                Edit {t.name}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <TypeDialog
          type={editing === 'new' ? null : editing}
          agents={agentList}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void types.reload();
          }}
        />
      )}
    </section>
  );
}
