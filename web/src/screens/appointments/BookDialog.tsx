import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { apiFieldErrors, type FieldErrors } from '../settings/form-errors.ts';
import { Dialog } from './Dialog.tsx';
import { SlotPicker } from './SlotPicker.tsx';
import type { Agent, Appointment, AppointmentType, LeadOption, Slot } from './types.ts';

export interface BookDialogProps {
  types: AppointmentType[];
  agents: Agent[];
  agentId: string;
  date: string;
  zone: string;
  agentName(id: string): string;
  onClose(): void;
  onBooked(appointment: Appointment): void;
}

export function leadLabel(lead: LeadOption): string {
  return [lead.name ?? 'Unnamed lead', lead.phone ?? lead.email].filter(Boolean).join(' · ');
}

/** Book a lead into a free slot: search the lead, pick the type, the agent (or anyone) and a time. */
export function BookDialog(props: BookDialogProps) {
  const { types, agents, zone, agentName, onClose, onBooked } = props;
  const active = types.filter((type) => type.active);
  const [query, setQuery] = useState('');
  const [leadId, setLeadId] = useState('');
  const [typeId, setTypeId] = useState(active[0]?.id ?? '');
  const [agentId, setAgentId] = useState(props.agentId);
  const [date, setDate] = useState(props.date);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [notes, setNotes] = useState('');
  const [notifyLead, setNotifyLead] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const leads = useApi(
    (signal) =>
      api<{ items: LeadOption[] }>('/leads', { query: { q: query.trim() || undefined, limit: 20 }, signal }),
    [query],
  );
  const leadOptions = leads.data?.items ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!leadId) missing.leadId = 'Pick a lead';
    if (!typeId) missing.appointmentTypeId = 'Pick a type';
    if (!slot) missing.start = 'Pick a free time';
    setErrors(missing);
    if (!slot || Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const appointment = await api<Appointment>('/appointments', {
        method: 'POST',
        body: {
          leadId,
          appointmentTypeId: typeId,
          start: slot.start,
          agentId: slot.agentId,
          notifyLead,
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
      });
      onBooked(appointment);
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setSlot(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="New appointment" onClose={onClose} className="modal-wide">
      <form onSubmit={submit} noValidate>
        <Field
          label="Find a lead"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          hint="Name, phone or email"
        />
        <SelectField
          label="Lead"
          value={leadId}
          onChange={(e) => setLeadId(e.target.value)}
          error={errors.leadId}
          options={[
            { value: '', label: leads.loading ? 'Loading…' : `Choose (${leadOptions.length} found)` },
            ...leadOptions.map((lead) => ({ value: lead.id, label: leadLabel(lead) })),
          ]}
        />
        <SelectField
          label="Type"
          value={typeId}
          onChange={(e) => {
            setTypeId(e.target.value);
            setSlot(null);
          }}
          error={errors.appointmentTypeId}
          options={[
            { value: '', label: active.length ? 'Choose' : 'No appointment types yet' },
            ...active.map((type) => ({
              value: type.id,
              label: `${type.name} (${type.durationMinutes} min)`,
            })),
          ]}
        />
        <SlotPicker
          typeId={typeId}
          agents={agents}
          agentId={agentId}
          date={date}
          zone={zone}
          selected={slot}
          agentName={agentName}
          onAgent={setAgentId}
          onDate={setDate}
          onSelect={setSlot}
        />
        {errors.start && (
          <p className="field-error" role="alert">
            {errors.start}
          </p>
        )}
        <Field label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} error={errors.notes} />
        <label className="checkbox">
          <input type="checkbox" checked={notifyLead} onChange={(e) => setNotifyLead(e.target.checked)} />
          Text the lead the booking
        </label>
        <ErrorBanner error={errors[''] ? new Error(errors['']) : null} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Book
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
