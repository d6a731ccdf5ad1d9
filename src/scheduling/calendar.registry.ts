import type { AppContext } from '../http/context.js';
import { calendarProviders } from './calendar.providers.js';
import type { CalendarProvider, CalendarRegistry, CalendarSync } from './calendar.types.js';

export function createCalendarRegistry(providers: readonly CalendarProvider[]): CalendarRegistry {
  return {
    async forAgent(ctx, props) {
      const found: CalendarSync[] = [];
      for (const provider of providers) found.push(...(await provider.connectionsFor(ctx, props)));
      return found;
    },
  };
}

const defaultRegistry = createCalendarRegistry(calendarProviders);

/** The context's registry (tests inject one), else every provider in the catalog. */
export function calendarRegistry(ctx: AppContext): CalendarRegistry {
  return ctx.calendars ?? defaultRegistry;
}
