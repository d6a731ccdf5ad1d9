/**
 * The contract between scheduling (bookings, slots) and the calendar providers in `calendars/`
 * (ICS feed, invitation emails, CalDAV, Google). Scheduling never calls a provider inline while
 * booking: a change enqueues `calendar-sync`, whose job calls `pushAppointment` / `cancelAppointment`
 * on every calendar the agent has connected, so a slow or failing calendar never blocks a booking.
 * Slot computation subtracts `busyTimes` (bounded by a timeout; a calendar that fails is skipped
 * and logged rather than blocking every offer).
 */
import type { AppContext } from '../http/context.js';

export type LocationKind = 'phone' | 'video' | 'office' | 'property';

export type AppointmentStatus = 'booked' | 'confirmed' | 'cancelled' | 'completed' | 'no_show';

/** An appointment as a calendar sees it: everything needed to write an event or an invitation. */
export interface CalendarAppointment {
  /** The appointment's id; use it as (or to derive) the event UID so pushes are idempotent upserts. */
  id: string;
  workspaceId: string;
  agentId: string;
  leadId: string;
  appointmentTypeId: string;
  /** e.g. "Buyer consultation with Dana Lee". */
  title: string;
  /** Plain text: type, lead's phone, notes. */
  description: string;
  /** UTC ISO-8601 instants (`2026-03-10T15:00:00.000Z`). */
  start: string;
  end: string;
  /** The agent's IANA zone, for DTSTART;TZID and human wording. */
  timezone: string;
  location: { kind: LocationKind; text: string | null };
  status: AppointmentStatus;
  /**
   * Grows by one on every change that calendars must see (reschedule, reassignment, cancel):
   * the iCalendar SEQUENCE.
   */
  sequence: number;
  /** The lead, as an ATTENDEE. */
  attendee: { name: string | null; email: string | null; phone: string | null };
  createdAt: string;
  updatedAt: string;
}

/** The agent (a user of the workspace) whose calendar is written. */
export interface CalendarAgent {
  id: string;
  workspaceId: string;
  name: string;
  email: string;
  /** IANA zone; the workspace's when the user has none. */
  timezone: string;
}

export interface BusyInterval {
  /** UTC ISO-8601 instants; `end` is exclusive. */
  start: string;
  end: string;
}

/** One connected calendar of one agent (a CalDAV collection, a Google calendar, the e-mail invitations...). */
export interface CalendarSync {
  /** 'ics' | 'email' | 'caldav' | 'google' | a test's kind. */
  readonly kind: string;
  /** Stable per connection: used in job keys and logs. */
  readonly connectionId: string;
  /** Create or update the event (idempotent: the same appointment pushed twice is one event). */
  pushAppointment(appointment: CalendarAppointment, agent: CalendarAgent): Promise<void>;
  /** Remove the event or send the cancellation (idempotent). */
  cancelAppointment(appointment: CalendarAppointment, agent: CalendarAgent): Promise<void>;
  /** Busy intervals in [from, to) from this calendar, excluding the events we pushed ourselves. */
  busyTimes(agentId: string, from: Date, to: Date): Promise<BusyInterval[]>;
  /** It never has busy time (invitations sent by email): nothing to ask a server for. */
  readonly noBusyTimes?: true;
}

/** A kind of calendar: finds the connections of an agent (its own tables, its own secrets). */
export interface CalendarProvider {
  readonly kind: string;
  /** None when the agent has not connected this kind. */
  connectionsFor(ctx: AppContext, props: { workspaceId: string; agentId: string }): Promise<CalendarSync[]>;
}

/** Where scheduling looks up connected calendars per agent. */
export interface CalendarRegistry {
  forAgent(ctx: AppContext, props: { workspaceId: string; agentId: string }): Promise<CalendarSync[]>;
}
