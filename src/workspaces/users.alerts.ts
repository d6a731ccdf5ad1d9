import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { unprocessable } from '../platform/errors.js';
import type { UserRow } from './workspaces.table.js';

/** How a person can be told about a lead that needs them. */
export const ALERT_CHANNELS = ['push', 'sms', 'email'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

/**
 * An agent's mobile number in E.164, read like a lead's: a number without a country code is in the
 * workspace's region. Throws 422 for anything no phone could receive; the number itself is not echoed.
 */
export function agentMobilePhone(input: string, defaultRegion: string): string {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultRegion.toUpperCase() as CountryCode);
  if (!parsed?.isValid())
    throw unprocessable('The mobile phone is not a valid phone number', undefined, 'invalid_phone');
  return parsed.number;
}

/** The stored form: each channel once, in a fixed order, or null to follow the workspace. */
export function storedAlertChannels(channels: readonly AlertChannel[] | null): string | null {
  if (channels === null) return null;
  return ALERT_CHANNELS.filter((channel) => channels.includes(channel)).join(',');
}

/** The channels a user chose, or null when they follow the workspace setting. */
export function alertChannelsOf(user: Pick<UserRow, 'alertChannels'>): AlertChannel[] | null {
  if (user.alertChannels === null) return null;
  return ALERT_CHANNELS.filter((channel) => user.alertChannels?.split(',').includes(channel));
}
