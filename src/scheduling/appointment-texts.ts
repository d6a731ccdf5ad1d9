import { DateTime } from 'luxon';
import type { LocationKind } from './calendar.types.js';

// The words of every text scheduling sends. Times are always written in the lead's zone, with the zone.

/** "Tue, Mar 10 at 4:00 PM CDT". */
export function formatWhen(start: string, zone: string): string {
  return DateTime.fromISO(start, { zone: 'utc' })
    .setZone(zone)
    .setLocale('en-US')
    .toFormat("ccc, LLL d 'at' h:mm a ZZZZ");
}

/** " by phone", " at 12 Main St", " by video (https://...)", " at the property". */
export function formatWhere(kind: LocationKind, text: string | null): string {
  switch (kind) {
    case 'phone':
      return ' by phone';
    case 'video':
      return text ? ` by video (${text})` : ' by video';
    case 'office':
      return text ? ` at ${text}` : ' at our office';
    case 'property':
      return text ? ` at ${text}` : ' at the property';
  }
}

export interface TextFields {
  businessName: string;
  firstName: string | null;
  typeName: string;
  agentName: string;
  when: string;
  where: string;
}

const hi = (f: TextFields) => (f.firstName ? `Hi ${f.firstName}, ` : 'Hi, ');
const what = (f: TextFields) => `${f.typeName.toLowerCase()} with ${f.agentName}`;

export const appointmentTexts = {
  booked: (f: TextFields) =>
    `${f.businessName}: you're booked for a ${what(f)} on ${f.when}${f.where}. Reply here if you need to change it.`,
  reminder: (f: TextFields, askToConfirm: boolean) =>
    `${f.businessName} reminder: your ${what(f)} is ${f.when}${f.where}.` +
    (askToConfirm
      ? ' Reply C to confirm, or reply to reschedule.'
      : ' Reply here if you need to reschedule.'),
  confirmed: (f: TextFields) => `${hi(f)}thanks for confirming. See you ${f.when}${f.where}.`,
  rescheduled: (f: TextFields) =>
    `${f.businessName}: your ${what(f)} has moved to ${f.when}${f.where}. Reply here if that doesn't work.`,
  cancelled: (f: TextFields) =>
    `${f.businessName}: your ${what(f)} on ${f.when} is cancelled. Reply here if you'd like a new time.`,
  noShow: (f: TextFields, link: string) =>
    `${hi(f)}sorry we missed you for your ${f.typeName.toLowerCase()} today. Pick a new time here: ${link}`,
};
