import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarAgent, CalendarAppointment, LocationKind } from '../calendar.types.js';
import { vtimezone } from './vtimezone.js';

const PRODUCT = { company: 'Closing Cloud', product: 'Closing Cloud', language: 'EN' };

/** The iCalendar UID of an appointment's event, the same in the feed, in invitations and on CalDAV. */
export function appointmentUid(appointmentId: string): string {
  return `${appointmentId}@closing-cloud`;
}

/** The appointment id inside a UID we wrote, else null. */
export function appointmentIdOfUid(uid: string): string | null {
  return uid.endsWith('@closing-cloud') ? uid.slice(0, -'@closing-cloud'.length) : null;
}

const LOCATION_WORDS: Record<LocationKind, string> = {
  phone: 'Phone call',
  video: 'Video call',
  office: 'Office',
  property: 'At the property',
};

export function locationText(appointment: CalendarAppointment): string {
  return appointment.location.text ?? LOCATION_WORDS[appointment.location.kind];
}

export function isCancelled(appointment: CalendarAppointment): boolean {
  return appointment.status === 'cancelled';
}

export interface IcsEntry {
  appointment: CalendarAppointment;
  agent: CalendarAgent;
}

export interface BuildIcsProps {
  entries: readonly IcsEntry[];
  /** DTSTAMP: when this iCalendar object was made. */
  now: Date;
  /** iTIP method for invitations; none for a published feed or a CalDAV object. */
  method?: 'REQUEST' | 'CANCEL';
  /** Feed metadata: display name, default zone, how often clients should poll. */
  name?: string;
  timezone?: string;
  ttlSeconds?: number;
  /** ORGANIZER (the agent) and ATTENDEE (the lead); on by default. */
  participants?: boolean;
}

function eventData(entry: IcsEntry, props: BuildIcsProps): ICalEventData {
  const { appointment, agent } = entry;
  const cancelled = props.method === 'CANCEL' || isCancelled(appointment);
  const attendee = appointment.attendee;
  return {
    id: appointmentUid(appointment.id),
    sequence: appointment.sequence,
    stamp: props.now,
    created: new Date(appointment.createdAt),
    lastModified: new Date(appointment.updatedAt),
    timezone: appointment.timezone,
    start: DateTime.fromISO(appointment.start, { zone: appointment.timezone }),
    end: DateTime.fromISO(appointment.end, { zone: appointment.timezone }),
    summary: appointment.title,
    description: appointment.description,
    location: locationText(appointment),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(props.participants === false ? {} : { organizer: { name: agent.name, email: agent.email } }),
    attendees:
      attendee.email && props.participants !== false
        ? [
            {
              email: attendee.email,
              name: attendee.name,
              role: ICalAttendeeRole.REQ,
              status: ICalAttendeeStatus.NEEDSACTION,
              rsvp: props.method === 'REQUEST',
            },
          ]
        : [],
  };
}

/** One VCALENDAR holding the given appointments, their times in the agents' zones with VTIMEZONEs. */
export function buildIcs(props: BuildIcsProps): string {
  const instants = props.entries.flatMap((e) => [new Date(e.appointment.start), new Date(e.appointment.end)]);
  const from = new Date(Math.min(props.now.getTime(), ...instants.map((d) => d.getTime())));
  const to = new Date(Math.max(props.now.getTime(), ...instants.map((d) => d.getTime())));
  const calendar = ical({
    prodId: PRODUCT,
    ...(props.method ? { method: ICalCalendarMethod[props.method] } : {}),
    ...(props.name ? { name: props.name } : {}),
    ...(props.ttlSeconds ? { ttl: props.ttlSeconds } : {}),
    timezone: { name: props.timezone ?? null, generator: (zone) => vtimezone(zone, from, to) },
  });
  for (const entry of props.entries) calendar.createEvent(eventData(entry, props));
  return calendar.toString();
}
