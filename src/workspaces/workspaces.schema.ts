import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords.js';
import { ALERT_CHANNELS } from './users.alerts.js';

/** True for a zone name the runtime's time-zone database knows, in any letter case. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** `america/chicago` → `America/Chicago`: store the zone as the database spells it. */
export function canonicalTimeZone(value: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const roleSchema = z.enum(['owner', 'admin', 'agent']);
const name = z.string().trim().min(1).max(100);
const email = z.email().max(254).toLowerCase();
const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
const timezone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone such as America/Chicago')
  .describe('IANA time zone, e.g. America/Chicago');
const region = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as US')
  .refine(isSupportedCountry, 'is not a region with known phone numbering')
  .describe('ISO 3166 alpha-2 region used for phone numbers without a country code');
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
const slug = z.string().regex(SLUG, 'must be lowercase letters, digits and dashes');

// Responses: camelCase, booleans as booleans, never password hashes, key hashes or sealed secrets.

export const workspaceSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: z.enum(['active', 'suspended']),
  timezone: z.string(),
  defaultRegion: z.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  suspendedAt: isoTimestamp.nullable(),
});

export const userSchema = z.object({
  id: z.string(),
  workspaceId: z.string().nullable(),
  email: z.string(),
  name: z.string(),
  role: roleSchema.nullable(),
  isOperator: z.boolean(),
  disabled: z.boolean(),
  disabledAt: isoTimestamp.nullable(),
  timezone: z.string().nullable(),
  mobilePhone: z.string().nullable().describe('E.164; where SMS alerts go'),
  alertChannels: z
    .array(z.enum(ALERT_CHANNELS))
    .nullable()
    .describe("How this person is alerted; null follows the workspace's agentNotifications"),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the key, to tell keys apart'),
  createdBy: z.string().nullable(),
  createdAt: isoTimestamp,
  lastUsedAt: isoTimestamp.nullable(),
  revokedAt: isoTimestamp.nullable(),
  revoked: z.boolean(),
});

export const createdApiKeySchema = z.object({
  apiKey: apiKeySchema,
  secret: z.string().describe('The key itself. Shown once: only its hash is stored'),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  workspaceId: z.string().nullable(),
  actorType: z.enum(['user', 'api_key', 'system', 'operator']),
  actorId: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  createdAt: isoTimestamp,
});

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});

export const sessionSchema = z.object({
  user: userSchema,
  workspace: workspaceSchema.nullable(),
  csrfToken: z.string().describe('Send it back as the x-csrf-token header on POST, PUT, PATCH and DELETE'),
  expiresAt: isoTimestamp,
});

export const createdWorkspaceSchema = z.object({ workspace: workspaceSchema, owner: userSchema.nullable() });

// Requests: strict, so a misspelt field is a 400 rather than silently ignored.

export const signInBody = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: password,
});

export const updateWorkspaceBody = z.strictObject({
  name: name.optional(),
  timezone: timezone.optional(),
  defaultRegion: region.optional(),
});

const mobilePhone = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .describe("A mobile number; without a country code it is read in the workspace's region");
const alertChannels = z
  .array(z.enum(ALERT_CHANNELS))
  .max(3)
  .describe('Any of push, sms, email; an empty list turns alerts off, null follows the workspace');

export const createUserBody = z.strictObject({
  email,
  name,
  role: roleSchema,
  password,
  timezone: timezone.optional(),
  mobilePhone: mobilePhone.optional(),
  alertChannels: alertChannels.optional(),
});

export const updateUserBody = z.strictObject({
  name: name.optional(),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
  timezone: timezone.nullable().optional(),
  mobilePhone: mobilePhone.nullable().optional(),
  alertChannels: alertChannels.nullable().optional(),
});

/** What anyone may change about themself. */
export const updateMeBody = z.strictObject({
  timezone: timezone.nullable().optional(),
  mobilePhone: mobilePhone.nullable().optional(),
  alertChannels: alertChannels.nullable().optional(),
});

export const createApiKeyBody = z.strictObject({ name });

export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().min(1).max(100).optional().describe('nextCursor from the previous page'),
});

export const createWorkspaceBody = z.strictObject({
  name,
  slug: slug.optional(),
  timezone: timezone.optional(),
  defaultRegion: region.optional(),
  owner: z.strictObject({ email, name, password }).optional(),
});

export type UpdateWorkspaceBody = z.infer<typeof updateWorkspaceBody>;
export type CreateUserBody = z.infer<typeof createUserBody>;
export type UpdateUserBody = z.infer<typeof updateUserBody>;
export type UpdateMeBody = z.infer<typeof updateMeBody>;
export type Workspace = z.infer<typeof workspaceSchema>;
export type User = z.infer<typeof userSchema>;
export type ApiKey = z.infer<typeof apiKeySchema>;
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
