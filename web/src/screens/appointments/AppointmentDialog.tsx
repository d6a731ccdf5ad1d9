import { useState } from 'react';
import { Link } from 'wouter';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { formatDay, formatTimeRange } from '../../components/Time.tsx';
import { apiFieldErrors } from '../settings/form-errors.ts';
import { Dialog } from './Dialog.tsx';
import { SlotPicker } from './SlotPicker.tsx';
import type { Agent, Appointment, AppointmentType, Slot } from './types.ts';
import { toZoned } from './week-grid.ts';

export interface AppointmentDialogProps {
  appointment: Appointment;
  type: AppointmentType | undefined;
  agents: Agent[];
  zone: string;
  agentName(id: string): string;
  onClose(): void;
  onChanged(appointment: Appointment): void;
}

type Mode = 'view' | 'move' | 'cancel';

const WHERE: Record<string, string> = {
  phone: 'Phone call',
  video: 'Video call',
  office: 'Office',
  property: "At the lead's property",
};

/** The part of GET /leads/:id this dialog shows. */
interface LeadContact {
  contact: { name: string | null; phone: string | null };
}

/** One appointment: its details, and moving it to another free time or cancelling it. */
export function AppointmentDialog(props: AppointmentDialogProps) {
  const { appointment, type, agents, zone, agentName, onClose, onChanged } = props;
  const [mode, setMode] = useState<Mode>('view');
  const [agentId, setAgentId] = useState(appointment.agentId);
  const [date, setDate] = useState(toZoned(appointment.start, zone).date);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [reason, setReason] = useState('');
  const [notifyLead, setNotifyLead] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = appointment.status === 'booked' || appointment.status === 'confirmed';
  const lead = useApi(
    (signal) => api<LeadContact>(`/leads/${appointment.leadId}`, { signal }),
    [appointment.leadId],
  );

  async function run(change: () => Promise<Appointment>) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await change());
    } catch (caught) {
      setError(Object.values(apiFieldErrors(caught)).join('; '));
    } finally {
      setBusy(false);
    }
  }

  const move = () =>
    slot &&
    run(() =>
      api<Appointment>(`/appointments/${appointment.id}`, {
        method: 'PATCH',
        body: {
          start: slot.start,
          notifyLead,
          ...(slot.agentId !== appointment.agentId ? { agentId: slot.agentId } : {}),
        },
      }),
    );
  const cancel = () =>
    run(() =>
      api<Appointment>(`/appointments/${appointment.id}`, {
        method: 'DELETE',
        query: { reason: reason.trim() || undefined, notifyLead: String(notifyLead) },
      }),
    );
  const mark = (status: 'completed' | 'no_show') =>
    run(() => api<Appointment>(`/appointments/${appointment.id}`, { method: 'PATCH', body: { status } }));

  return (
    <Dialog title={type?.name ?? 'Appointment'} onClose={onClose} className="modal-wide">
      <dl className="details">
        <dt>Lead</dt>
        <dd>
          <Link href={`~/leads/${appointment.leadId}`}>
            {lead.data
              ? (lead.data.contact.name ?? lead.data.contact.phone ?? 'Unnamed lead')
              : 'Open the lead'}
          </Link>
        </dd>
        <dt>When</dt>
        <dd>
          {formatDay(toZoned(appointment.start, zone).date, 'full')},{' '}
          {formatTimeRange(appointment.start, appointment.end, zone)}
        </dd>
        <dt>Agent</dt>
        <dd>{agentName(appointment.agentId)}</dd>
        <dt>Status</dt>
        <dd>{appointment.status.replace('_', ' ')}</dd>
        <dt>Where</dt>
        <dd>
          {WHERE[appointment.location.kind] ?? appointment.location.kind}
          {appointment.location.text ? ` · ${appointment.location.text}` : ''}
        </dd>
        {appointment.notes && (
          <>
            <dt>Notes</dt>
            <dd>{appointment.notes}</dd>
          </>
        )}
      </dl>
      {error && <ErrorBanner error={new Error(error)} />}
      {mode === 'view' && (
        <div className="form-actions">
          {open && (
            <>
              <Button variant="primary" onClick={() => setMode('move')}>
                Move
              </Button>
              <Button variant="danger" onClick={() => setMode('cancel')}>
                Cancel appointment
              </Button>
              {Date.parse(appointment.start) < Date.now() && (
                <>
                  <Button busy={busy} onClick={() => void mark('completed')}>
                    Mark completed
                  </Button>
                  <Button busy={busy} onClick={() => void mark('no_show')}>
                    Mark no-show
                  </Button>
                </>
              )}
            </>
          )}
          <Button onClick={onClose}>Close</Button>
        </div>
      )}
      {mode === 'move' && (
        <div>
          <SlotPicker
            typeId={appointment.appointmentTypeId}
            agents={agents}
            currentAgentId={appointment.agentId}
            agentId={agentId}
            date={date}
            zone={zone}
            selected={slot}
            agentName={agentName}
            onAgent={setAgentId}
            onDate={setDate}
            onSelect={setSlot}
          />
          <label className="checkbox">
            <input type="checkbox" checked={notifyLead} onChange={(e) => setNotifyLead(e.target.checked)} />
            Text the lead the new time
          </label>
          <div className="form-actions">
            <Button variant="primary" busy={busy} disabled={!slot} onClick={() => void move()}>
              Move here
            </Button>
            <Button onClick={() => setMode('view')}>Back</Button>
          </div>
        </div>
      )}
      {mode === 'cancel' && (
        <div>
          <Field
            label="Reason (optional)"
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
          <label className="checkbox">
            <input type="checkbox" checked={notifyLead} onChange={(e) => setNotifyLead(e.target.checked)} />
            Text the lead the cancellation
          </label>
          <div className="form-actions">
            <Button variant="danger" busy={busy} onClick={() => void cancel()}>
              Cancel the appointment
            </Button>
            <Button onClick={() => setMode('view')}>Back</Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
