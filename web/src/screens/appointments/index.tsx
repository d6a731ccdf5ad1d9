import './appointments.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { useLiveEvents } from '../../api/events.ts';
import { isManager, useUser } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SelectField } from '../../components/Field.tsx';
import { useViewerZone } from '../../components/Time.tsx';
import { AppointmentDialog } from './AppointmentDialog.tsx';
import { AvailabilityEditor } from './AvailabilityEditor.tsx';
import { BookDialog } from './BookDialog.tsx';
import { CalendarGrid } from './CalendarGrid.tsx';
import type { Agent, Appointment, AppointmentType } from './types.ts';
import { LEAD_PENDING, useLeadNames } from './use-lead-names.ts';
import {
  type CalendarView,
  openingAnchor,
  rangeOf,
  shiftAnchor,
  todayIn,
  toZoned,
  viewTitle,
  visibleDays,
} from './week-grid.ts';

const narrow = () => typeof window !== 'undefined' && window.matchMedia?.('(max-width: 640px)').matches;

const YEAR_MS = 366 * 86_400_000;

/** The start of the next booked or confirmed appointment (of one agent, or anyone's), if one is coming. */
async function nextAppointmentStart(agentId: string, now: Date, signal: AbortSignal): Promise<string | null> {
  const query = (status: string) => ({
    from: now.toISOString(),
    to: new Date(now.getTime() + YEAR_MS).toISOString(),
    agentId: agentId || undefined,
    status,
    limit: 1,
  });
  const pages = await Promise.all(
    ['booked', 'confirmed'].map((status) =>
      api<{ items: Appointment[] }>('/appointments', { query: query(status), signal }),
    ),
  );
  const starts = pages.flatMap((page) => page.items.map((item) => item.start)).sort();
  return starts[0] ?? null;
}

/** Week and day views of the team's or one agent's appointments, booking, moving, cancelling, availability. */
export function AppointmentsScreen() {
  const user = useUser();
  const zone = useViewerZone();
  const manager = isManager(user);
  const [view, setView] = useState<CalendarView>(narrow() ? 'day' : 'week');
  const [anchor, setAnchor] = useState(() => todayIn(zone, new Date()));
  const [agentId, setAgentId] = useState(manager ? '' : user.id);
  const [tab, setTab] = useState<'calendar' | 'availability'>('calendar');
  const [booking, setBooking] = useState(false);
  const [opened, setOpened] = useState<Appointment | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The calendar opens on the week of the next appointment, unless the user has moved it first.
  const moved = useRef(false);
  const goTo = useCallback((date: string) => {
    moved.current = true;
    setAnchor(date);
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    const now = new Date();
    nextAppointmentStart(manager ? '' : user.id, now, controller.signal)
      .then((start) => {
        if (!moved.current && start) setAnchor(openingAnchor(start, zone, now));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [manager, user.id, zone]);

  const days = useMemo(() => visibleDays(view, anchor, zone), [view, anchor, zone]);
  const range = rangeOf(days);
  const agents = useApi<Agent[]>(
    async (signal) =>
      manager
        ? (await api<{ items: Agent[] }>('/users', { signal })).items.filter((agent) => !agent.disabled)
        : [{ id: user.id, name: user.name, role: user.role, disabled: false, timezone: user.timezone }],
    [manager, user.id],
  );
  const types = useApi((signal) => api<{ items: AppointmentType[] }>('/appointment-types', { signal }), []);
  const appointments = useApi(
    (signal) =>
      api<{ items: Appointment[] }>('/appointments', {
        query: { from: range.from, to: range.to, agentId: agentId || undefined, limit: 500 },
        signal,
      }),
    [range.from, range.to, agentId],
  );
  useLiveEvents((event) => {
    if (event.type === 'appointment') void appointments.reload();
  });

  const agentList = agents.data ?? [];
  const typeList = types.data?.items ?? [];
  const agentName = useCallback(
    (id: string) =>
      agentList.find((agent) => agent.id === id)?.name ?? (id === user.id ? user.name : 'Agent'),
    [agentList, user],
  );
  const visible = (appointments.data?.items ?? []).filter((a) => a.status !== 'cancelled');
  const leadNames = useLeadNames(visible.map((a) => a.leadId));
  const describe = (appointment: Appointment) => ({
    title: leadNames.get(appointment.leadId) ?? LEAD_PENDING,
    subtitle: `${typeList.find((type) => type.id === appointment.appointmentTypeId)?.name ?? 'Appointment'} · ${agentName(appointment.agentId)}`,
  });
  const today = todayIn(zone, new Date());
  const title = viewTitle(view, anchor, zone);
  const availabilityAgent = agentId || (manager ? agentList[0]?.id : user.id) || '';

  function changed(appointment: Appointment, verb: string) {
    setBooking(false);
    setOpened(null);
    setAnnouncement(`Appointment ${verb}.`);
    void appointments.reload();
    if (appointment.status !== 'cancelled') goTo(toZoned(appointment.start, zone).date);
  }

  return (
    <section className="appointments-screen" aria-labelledby="appointments-title">
      <header className="screen-header">
        <h1 id="appointments-title">Appointments</h1>
        <nav className="tabs" aria-label="Appointments views">
          {(['calendar', 'availability'] as const).map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={tab === name}
              className={tab === name ? 'tab active' : 'tab'}
              onClick={() => setTab(name)}
            >
              {name === 'calendar' ? 'Calendar' : 'Availability'}
            </button>
          ))}
        </nav>
      </header>
      <div className="toolbar">
        <SelectField
          label="Agent"
          value={agentId}
          onChange={(e) => setAgentId(e.target.value)}
          options={[
            ...(manager || tab === 'calendar'
              ? [{ value: '', label: manager ? 'Whole team' : 'Everyone' }]
              : []),
            ...agentList.map((agent) => ({ value: agent.id, label: agent.name })),
          ]}
        />
        {tab === 'calendar' && (
          <>
            <fieldset className="segmented">
              <legend className="visually-hidden">View</legend>
              {(['week', 'day'] as const).map((name) => (
                <label key={name} className={view === name ? 'active' : undefined}>
                  <input
                    type="radio"
                    name="calendar-view"
                    checked={view === name}
                    onChange={() => setView(name)}
                  />
                  {name === 'week' ? 'Week' : 'Day'}
                </label>
              ))}
            </fieldset>
            <div className="nav-buttons">
              <Button onClick={() => goTo(shiftAnchor(view, anchor, -1, zone))}>
                <span aria-hidden="true">‹</span>
                <span className="visually-hidden">Previous {view}</span>
              </Button>
              <Button onClick={() => goTo(today)}>Today</Button>
              <Button onClick={() => goTo(shiftAnchor(view, anchor, 1, zone))}>
                <span aria-hidden="true">›</span>
                <span className="visually-hidden">Next {view}</span>
              </Button>
            </div>
            <Button variant="primary" onClick={() => setBooking(true)}>
              New appointment
            </Button>
          </>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ErrorBanner error={agents.error ?? types.error} />
      {tab === 'calendar' ? (
        <>
          <h2 className="calendar-title" aria-live="polite">
            {title} <span className="zone">({zone})</span>
          </h2>
          <ErrorBanner error={appointments.error} onRetry={() => void appointments.reload()} />
          {appointments.loading && !appointments.data && <p role="status">Loading appointments…</p>}
          {appointments.data && visible.length === 0 && (
            <p className="empty-note">No appointments in this {view}.</p>
          )}
          <CalendarGrid
            days={days}
            appointments={visible}
            zone={zone}
            today={today}
            describe={describe}
            onOpen={setOpened}
          />
        </>
      ) : availabilityAgent ? (
        <AvailabilityEditor
          key={availabilityAgent}
          agentId={availabilityAgent}
          agentName={agentName(availabilityAgent)}
        />
      ) : (
        <p role="status">Loading agents…</p>
      )}
      {booking && (
        <BookDialog
          types={typeList}
          agents={agentList}
          agentId={agentId}
          date={days.some((d) => d.date === today) ? today : anchor}
          zone={zone}
          agentName={agentName}
          onClose={() => setBooking(false)}
          onBooked={(appointment) => changed(appointment, 'booked')}
        />
      )}
      {opened && (
        <AppointmentDialog
          appointment={opened}
          type={typeList.find((type) => type.id === opened.appointmentTypeId)}
          agents={agentList}
          zone={zone}
          agentName={agentName}
          onClose={() => setOpened(null)}
          onChanged={(appointment) =>
            changed(appointment, appointment.status === 'cancelled' ? 'cancelled' : 'updated')
          }
        />
      )}
    </section>
  );
}
