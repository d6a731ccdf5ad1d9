import type { CalendarProvider } from './calendar.types.js';
import { caldavProvider } from './calendars/caldav.js';
import { googleProvider } from './calendars/google.js';
import { invitationsProvider } from './calendars/invitations.js';

/**
 * Every calendar provider this service knows, like the job catalog: a provider in `calendars/`
 * adds one line here. Scheduling asks each for the connections of an agent.
 */
export const calendarProviders: readonly CalendarProvider[] = [
  invitationsProvider,
  caldavProvider,
  googleProvider,
];
