import type { AppContext } from '../http/context.js';
import {
  findContact,
  findContactByEmail,
  findContactByPhone,
  updateContact,
} from '../leads/leads.repository.js';
import type { ContactRow, ContactRowUpdate } from '../leads/leads.table.js';
import { normalizeEmail, normalizeName, normalizePhone } from '../leads/normalize.js';
import { conflict, notFound, unprocessable } from '../platform/errors.js';
import { type AuditEntry, audit } from '../workspaces/audit.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

export interface ContactCorrection {
  name?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

/**
 * Sets or lifts a restriction: while set, the gate refuses every text and call to the person and the
 * conversation engine skips them. Audited.
 */
export async function setRestriction(
  ctx: AppContext,
  props: {
    workspaceId: string;
    contactId: string;
    restricted: boolean;
    actor: AuditEntry['actor'];
    ip?: string | null | undefined;
  },
): Promise<ContactRow> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const contact = await findContact(trx, props.workspaceId, props.contactId);
    if (!contact) throw notFound('Contact');
    const restrictedAt = props.restricted ? (contact.restrictedAt ?? at.toISOString()) : null;
    if (restrictedAt !== contact.restrictedAt) {
      await updateContact(trx, props.workspaceId, contact.id, { restrictedAt, updatedAt: at.toISOString() });
      await audit(trx, {
        workspaceId: props.workspaceId,
        actor: props.actor,
        action: props.restricted ? 'contact.restricted' : 'contact.restriction_lifted',
        target: { type: 'contact', id: contact.id },
        ip: props.ip,
        at,
      });
    }
    return { ...contact, restrictedAt };
  });
}

/**
 * Corrects a person's name, email or phone, normalised the way intake stores them. The audit row names
 * the fields that changed, never their old or new values.
 */
export async function correctContact(
  ctx: AppContext,
  props: {
    workspaceId: string;
    contactId: string;
    fields: ContactCorrection;
    actor: AuditEntry['actor'];
    ip?: string | null | undefined;
  },
): Promise<ContactRow> {
  const { workspaceId, fields } = props;
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const contact = await findContact(trx, workspaceId, props.contactId);
    if (!contact) throw notFound('Contact');
    const changes: ContactRowUpdate = {};
    if (fields.name !== undefined) {
      const name = normalizeName(fields.name);
      changes.name = name.name;
      changes.firstName = name.firstName;
    }
    if (fields.email !== undefined) {
      const email = fields.email === null || fields.email.trim() === '' ? null : normalizeEmail(fields.email);
      if (fields.email && !email)
        throw unprocessable('That is not a valid email address', { field: 'email' }, 'invalid_email');
      const other = email ? await findContactByEmail(trx, workspaceId, email) : undefined;
      if (other && other.id !== contact.id)
        throw conflict('Another contact has that email', 'contact_exists');
      changes.email = email;
    }
    if (fields.phone !== undefined) {
      if (fields.phone === null || fields.phone.trim() === '') {
        Object.assign(changes, { phone: null, phoneRaw: null, phoneValid: 0 });
      } else {
        const phone = normalizePhone(fields.phone, workspace.defaultRegion);
        if (!phone.e164)
          throw unprocessable('That is not a valid phone number', { field: 'phone' }, 'invalid_phone');
        const other = await findContactByPhone(trx, workspaceId, phone.e164);
        if (other && other.id !== contact.id)
          throw conflict('Another contact has that phone number', 'contact_exists');
        Object.assign(changes, { phone: phone.e164, phoneRaw: phone.raw, phoneValid: 1 });
      }
    }
    const changed = Object.keys(changes).filter(
      (key) => changes[key as keyof ContactRowUpdate] !== contact[key as keyof ContactRow],
    );
    const next: ContactRow = { ...contact, ...(changes as Partial<ContactRow>) };
    if ((next.phone ?? next.email) === null && (contact.phone ?? contact.email) !== null) {
      throw unprocessable('A contact needs a phone number or an email address', {}, 'contact_unreachable');
    }
    if (changed.length === 0) return contact;
    await updateContact(trx, workspaceId, contact.id, { ...changes, updatedAt: at.toISOString() });
    await audit(trx, {
      workspaceId,
      actor: props.actor,
      action: 'contact.corrected',
      target: { type: 'contact', id: contact.id },
      details: { fields: changed.filter((f) => f !== 'firstName' && f !== 'phoneRaw' && f !== 'phoneValid') },
      ip: props.ip,
      at,
    });
    return { ...next, updatedAt: at.toISOString() };
  });
}
