import { recordConsent } from '../consent/consent.service.js';
import type { ConsentSource } from '../consent/consent.table.js';
import type { Trx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import { recordEvent } from '../jobs/domain-events.js';
import { recordUsage } from '../jobs/usage.recorder.js';
import { unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { readWorkspace } from '../workspaces/workspaces.repository.js';
import { pickAssignee } from './assignment.js';
import type { IncomingLead } from './intake.service.js';
import {
  findContactByEmail,
  findContactByPhone,
  findLeadByContact,
  insertContact,
  insertLead,
  updateContact,
  updateLead,
} from './leads.repository.js';
import type { ConsentEvidence } from './leads.schema.js';
import type { ContactRow, LeadRow } from './leads.table.js';
import { normalizeEmail, normalizeName, normalizePhone, normalizeState, normalizeZip } from './normalize.js';

// The rows intake finds or writes: the normalised person, their contact and lead, the consent evidence.

export interface Normalized {
  name: string | null;
  firstName: string | null;
  phone: string | null;
  phoneRaw: string | null;
  phoneValid: boolean;
  email: string | null;
  state: string | null;
  zip: string | null;
}

export function normalizeLead(input: IncomingLead, defaultRegion: string): Normalized {
  const phone = input.phone ? normalizePhone(input.phone, defaultRegion) : null;
  const email = input.email ? normalizeEmail(input.email) : null;
  const phoneGiven = Boolean(phone?.raw);
  if (!phoneGiven && !email) {
    const problem = input.email ? `"email" is not a valid address` : 'it has neither';
    throw unprocessable(
      `A lead needs a phone number or an email address; ${problem}.`,
      {
        fields: ['phone', 'email'],
      },
      'lead_unreachable',
    );
  }
  const { name, firstName } = normalizeName(input.name);
  return {
    name,
    firstName,
    phone: phone?.e164 ?? null,
    phoneRaw: phone?.raw || null,
    phoneValid: phone?.valid ?? false,
    email,
    state: normalizeState(input.property?.state),
    zip: normalizeZip(input.property?.zip),
  };
}

export async function findOrCreateContact(
  trx: Trx,
  workspaceId: string,
  n: Normalized,
  timezone: string | null,
  at: string,
): Promise<{ contact: ContactRow; merged: boolean }> {
  const existing =
    (n.phone ? await findContactByPhone(trx, workspaceId, n.phone) : undefined) ??
    (n.email ? await findContactByEmail(trx, workspaceId, n.email) : undefined);
  if (existing) {
    // Fill what was missing; never overwrite what the person told us before with a blank.
    const changes = {
      name: existing.name ?? n.name,
      firstName: existing.firstName ?? n.firstName,
      phone:
        existing.phone ??
        (n.phone && !(await findContactByPhone(trx, workspaceId, n.phone)) ? n.phone : null),
      phoneRaw: existing.phoneRaw ?? n.phoneRaw,
      phoneValid: existing.phone ? existing.phoneValid : n.phone ? 1 : existing.phoneValid,
      email:
        existing.email ??
        (n.email && !(await findContactByEmail(trx, workspaceId, n.email)) ? n.email : null),
      state: n.state ?? existing.state,
      zip: n.zip ?? existing.zip,
      timezone: timezone ?? existing.timezone,
      updatedAt: at,
    };
    await updateContact(trx, workspaceId, existing.id, changes);
    return { contact: { ...existing, ...changes }, merged: true };
  }
  const contact: ContactRow = {
    id: newId(new Date(at).getTime()),
    workspaceId,
    name: n.name,
    firstName: n.firstName,
    phone: n.phone,
    phoneRaw: n.phoneRaw,
    phoneValid: n.phoneValid ? 1 : 0,
    email: n.email,
    state: n.state,
    zip: n.zip,
    timezone,
    restrictedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await insertContact(trx, contact);
  return { contact, merged: false };
}

export async function findOrCreateLead(
  trx: Trx,
  props: { input: IncomingLead; contact: ContactRow; at: string },
): Promise<LeadRow> {
  const { input, contact, at } = props;
  const existing = await findLeadByContact(trx, input.workspaceId, contact.id);
  if (existing) {
    const tags = [...new Set([...(fromJson<string[] | null>(existing.tags) ?? []), ...(input.tags ?? [])])];
    const changes = {
      lastInquiryAt: at,
      lastActivityAt: at,
      leadType: existing.leadType ?? input.leadType ?? null,
      tags: toJson(tags),
      updatedAt: at,
    };
    await updateLead(trx, input.workspaceId, existing.id, changes);
    await recordEvent(trx, { workspaceId: input.workspaceId, type: 'lead.updated', leadId: existing.id, at });
    return { ...existing, ...changes };
  }
  const assignee =
    input.assignedUserId !== undefined
      ? { userId: input.assignedUserId }
      : await pickAssignee(trx, input.workspaceId);
  const lead: LeadRow = {
    id: newId(new Date(at).getTime()),
    workspaceId: input.workspaceId,
    contactId: contact.id,
    source: input.source,
    leadType: input.leadType ?? null,
    stage: 'new',
    score: 0,
    profile: toJson({}),
    tags: toJson(input.tags ?? []),
    assignedUserId: assignee?.userId ?? null,
    receivedAt: at,
    lastInquiryAt: at,
    firstResponseQueuedAt: null,
    firstResponseSentAt: null,
    lastActivityAt: at,
    createdAt: at,
    updatedAt: at,
  };
  await insertLead(trx, lead);
  await recordEvent(trx, { workspaceId: input.workspaceId, type: 'lead.created', leadId: lead.id, at });
  await recordUsage(trx, {
    workspaceId: input.workspaceId,
    unit: 'lead_received',
    quantity: 1,
    key: `lead:${lead.id}`,
    leadId: lead.id,
    at,
    timezone: (await readWorkspace(trx, input.workspaceId))?.timezone,
  });
  return lead;
}

export async function recordEvidence(
  trx: Trx,
  props: {
    workspaceId: string;
    contactId: string;
    consent: ConsentEvidence & { source: ConsentSource; proof?: Record<string, unknown> };
    now: Date;
  },
): Promise<void> {
  const { consent } = props;
  const evidence = {
    disclosure: consent.disclosure,
    disclosureVersion: consent.disclosureVersion ?? null,
    capturedAt: consent.capturedAt,
    ip: consent.ip ?? null,
    userAgent: consent.userAgent ?? null,
    pageUrl: consent.pageUrl ?? null,
    // Where the agreement can be seen again: the stored email or webhook payload of a lead source.
    ...(consent.proof ? { proof: consent.proof } : {}),
  };
  const grants = [
    { channel: 'sms' as const, purpose: 'conversational' as const, given: consent.sms },
    {
      channel: 'sms' as const,
      purpose: 'marketing' as const,
      given: consent.sms && consent.marketing === true,
    },
    { channel: 'voice' as const, purpose: 'conversational' as const, given: consent.voice === true },
  ];
  for (const grant of grants.filter((g) => g.given)) {
    // Calls have a disclosure of their own when the source showed one (the form does).
    const voiceText =
      grant.channel === 'voice' && consent.voiceDisclosure
        ? { disclosure: consent.voiceDisclosure, disclosureVersion: consent.voiceDisclosureVersion ?? null }
        : {};
    await recordConsent(trx, {
      workspaceId: props.workspaceId,
      contactId: props.contactId,
      channel: grant.channel,
      purpose: grant.purpose,
      action: 'granted',
      source: consent.source,
      evidence: { ...evidence, ...voiceText },
      at: props.now,
    });
  }
}
