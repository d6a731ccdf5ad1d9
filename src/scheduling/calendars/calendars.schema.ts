import { z } from 'zod';
import { fromJson } from '../../db/schema.js';
import { isoTimestamp } from '../../http/schemas.js';
import type { CalendarConnectionRow } from './calendars.table.js';

const id = z.string().min(1).max(100);

export const agentParams = z.strictObject({ id });
export const connectionParams = z.strictObject({ id, connectionId: id });
export const feedParams = z.strictObject({ token: z.string().min(1).max(200) });

const httpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('An http:// or https:// URL');

export const connectCalendarBody = z.strictObject({
  kind: z
    .literal('caldav')
    .describe('Google connects through /calendars/google/start; the feed through /calendar-feed'),
  serverUrl: httpUrl.describe('The CalDAV server, e.g. https://caldav.fastmail.com/ or https://dav.example/'),
  username: z.string().min(1).max(320),
  password: z.string().min(1).max(1000).describe('Write-only: stored encrypted, never returned'),
  calendarUrl: httpUrl
    .optional()
    .describe('A calendar collection; by default the first one that holds events'),
});

/** A connected calendar as the API shows it: settings yes, secrets (passwords, tokens, feed token) never. */
export const calendarConnectionSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  kind: z.enum(['ics', 'caldav', 'google']),
  label: z.string(),
  status: z.enum(['active', 'error']).describe('error: the calendar refused our credentials; reconnect it'),
  lastError: z.string().nullable(),
  lastSyncedAt: isoTimestamp.nullable().describe('Last write to the calendar, or last fetch of the feed'),
  settings: z.object({
    serverUrl: z.string().optional(),
    calendarUrl: z.string().optional(),
    username: z.string().optional(),
    calendarId: z.string().optional(),
  }),
  createdAt: isoTimestamp,
});

export type CalendarConnection = z.infer<typeof calendarConnectionSchema>;

export const calendarListSchema = z.object({ items: z.array(calendarConnectionSchema) });

export const issuedFeedSchema = z.object({
  url: z.string().describe('The private feed URL: shown once; issuing again replaces it'),
  connection: calendarConnectionSchema,
});

export const googleStartQuery = z.strictObject({
  agentId: id.optional().describe('Whose calendar; by default the signed-in user'),
  redirect: z.enum(['true', 'false']).default('true').describe('false: answer {"url"} instead of a redirect'),
});

/** Google adds parameters of its own (scope, authuser, prompt…), so the callback accepts any. */
export const googleCallbackQuery = z.looseObject({
  state: z.string().max(200).optional(),
  code: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
});

const SETTING_KEYS = ['serverUrl', 'calendarUrl', 'username', 'calendarId'] as const;

export function rowToConnection(row: CalendarConnectionRow): CalendarConnection {
  const stored = fromJson<Record<string, unknown>>(row.settings) ?? {};
  const settings: CalendarConnection['settings'] = {};
  for (const key of SETTING_KEYS) {
    const value = stored[key];
    if (typeof value === 'string') settings[key] = value;
  }
  return {
    id: row.id,
    agentId: row.userId,
    kind: row.kind,
    label: row.label,
    status: row.status,
    lastError: row.lastError,
    lastSyncedAt: row.lastSyncedAt,
    settings,
    createdAt: row.createdAt,
  };
}
