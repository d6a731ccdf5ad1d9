import { A2P_UNREGISTERED } from '../../consent/gate.a2p.js';
import { fromJson, toJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import { loadLeadForm } from '../../leads/lead-form.service.js';
import { decryptSecret, encryptSecret } from '../../platform/crypto.js';
import { conflict, unprocessable } from '../../platform/errors.js';
import { audit, auditActor } from '../../workspaces/audit.service.js';
import type { Actor } from '../../workspaces/auth.types.js';
import { findWorkspace } from '../../workspaces/workspaces.repository.js';
import { releaseHeldFor } from '../held-release.js';
import { loadWorkspaceMessaging } from '../messaging.settings.js';
import { generateCampaign } from './a2p.campaign.js';
import { adviceFor } from './a2p.errors.js';
import { scheduleA2pCheck } from './a2p.jobs.js';
import { renderProofPage } from './a2p.proof.html.js';
import { findRegistration, insertRegistration, updateRegistration } from './a2p.repository.js';
import { checkRegistration, registrationClient, startCampaign } from './a2p.review.js';
import type { BrandBody, BrandDetails, Campaign, RegistrationView } from './a2p.schema.js';
import type { A2pError, A2pRegistrationRow, A2pRegistrationUpdate } from './a2p.table.js';
import { submitBrand } from './a2p.twilio.js';

interface ChangeProps {
  workspaceId: string;
  by: Actor;
  ip?: string | undefined;
}

/** The campaign as it would be submitted now: from the workspace's settings, templates and form. */
async function currentCampaign(ctx: AppContext, workspaceId: string): Promise<Campaign> {
  const [workspace, messaging] = await Promise.all([
    findWorkspace(ctx.db, workspaceId),
    loadWorkspaceMessaging(ctx.db, workspaceId),
  ]);
  if (!workspace) throw new Error(`Workspace ${workspaceId} not found`);
  return generateCampaign({ messaging, slug: workspace.slug, publicUrl: ctx.config.publicUrl });
}

export async function getRegistration(ctx: AppContext, workspaceId: string): Promise<RegistrationView> {
  const row = await findRegistration(ctx.db, workspaceId);
  const submitted = row?.campaign ? fromJson<Campaign>(row.campaign) : null;
  const campaign = row?.status === 'pending' || row?.status === 'approved' ? submitted : null;
  return presentRegistration(row, campaign ?? (await currentCampaign(ctx, workspaceId)), ctx.config);
}

function presentRegistration(
  row: A2pRegistrationRow | undefined,
  campaign: Campaign,
  secrets: AppContext['config'],
): RegistrationView {
  const brand = row?.brand ? fromJson<BrandDetails>(row.brand) : null;
  const ein = row?.einSealed ? decryptSecret(secrets, row.einSealed) : '';
  const errors = row ? fromJson<A2pError[]>(row.errors) : [];
  return {
    status: row?.status ?? 'not_started',
    stage: row?.stage ?? null,
    enforce: row?.enforce === 1,
    brand: brand ? { ...brand, einLast4: ein.slice(-4) } : null,
    campaign,
    twilio: {
      brandSid: row?.brandSid ?? null,
      brandStatus: row?.brandStatus ?? null,
      campaignSid: row?.campaignSid ?? null,
      campaignStatus: row?.campaignStatus ?? null,
      messagingServiceSid: row?.messagingServiceSid ?? null,
    },
    errors: errors.map((error) => ({ ...error, ...adviceFor(error) })),
    submittedAt: row?.submittedAt ?? null,
    checkedAt: row?.checkedAt ?? null,
    approvedAt: row?.approvedAt ?? null,
  };
}

const emptyRow = (workspaceId: string, at: string) => ({
  workspaceId,
  brand: null,
  einSealed: null,
  status: 'not_started' as const,
  stage: null,
  enforce: 0,
  errors: toJson([]),
  createdAt: at,
  updatedAt: at,
});

/** The brand as entered. Once submitted it is Twilio's to review: it changes again only after a rejection. */
export async function saveBrand(
  ctx: AppContext,
  props: ChangeProps & { body: BrandBody },
): Promise<RegistrationView> {
  const at = ctx.clock.now().toISOString();
  const { ein, ...details } = props.body;
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findRegistration(trx, props.workspaceId);
    if (row?.status === 'pending' || row?.status === 'approved') {
      throw conflict(
        `The registration is ${row.status}; the brand can change only after a rejection`,
        'a2p_locked',
      );
    }
    const brand = { brand: toJson(details), einSealed: encryptSecret(ctx.config, ein), updatedAt: at };
    if (row) {
      await updateRegistration(trx, props.workspaceId, {
        ...brand,
        status: row.status === 'rejected' ? 'rejected' : 'draft',
      });
    } else {
      await insertRegistration(trx, { ...emptyRow(props.workspaceId, at), ...brand, status: 'draft' });
    }
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'a2p.brand_saved',
      ip: props.ip,
      at: new Date(at),
    });
  });
  return getRegistration(ctx, props.workspaceId);
}

/** Twilio refused a request outright (a 4xx): the admin sees its code and message. */
function twilioRefusal(error: unknown): never {
  const e = error as { status?: unknown; code?: unknown; message?: unknown };
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    throw unprocessable(
      `Twilio refused the registration: ${String(e.message)}`,
      { code: e.code },
      'twilio_refused',
    );
  }
  throw error;
}

/**
 * Sends the registration to Twilio: the brand first (and, once it is approved, the campaign: see
 * `checkRegistration`), or, when only the campaign was rejected, a new campaign on the approved brand.
 * A check job follows the review.
 */
export async function submitRegistration(ctx: AppContext, props: ChangeProps): Promise<RegistrationView> {
  const row = await findRegistration(ctx.db, props.workspaceId);
  if (!row?.brand || !row.einSealed) throw conflict('Save the brand first', 'a2p_no_brand');
  if (row.status === 'pending' || row.status === 'approved') {
    throw conflict(`The registration is already ${row.status}`, 'a2p_locked');
  }
  const campaign = await currentCampaign(ctx, props.workspaceId);
  if (campaign.messageSamples.length < 2) {
    throw unprocessable('Twilio needs two sample messages of 20 characters or more: lengthen the templates');
  }
  const { client, messagingServiceSid } = await registrationClient(ctx, props.workspaceId);
  const brand = fromJson<BrandDetails>(row.brand);
  const now = ctx.clock.now();
  let patch: A2pRegistrationUpdate;
  try {
    if (row.brandSid && row.brandStatus === 'APPROVED') {
      patch = await startCampaign(ctx, client, { row, campaign, serviceSid: messagingServiceSid });
    } else {
      const sent = await submitBrand(client, {
        brand,
        ein: decryptSecret(ctx.config, row.einSealed),
        notifyEmail: brand.contact.email,
        label: brand.legalName,
      });
      patch = { ...sent, stage: 'brand', campaignSid: null, campaignStatus: null };
    }
  } catch (error) {
    twilioRefusal(error);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateRegistration(trx, props.workspaceId, {
      ...patch,
      status: 'pending',
      campaign: toJson(campaign),
      errors: toJson([]),
      submittedAt: now.toISOString(),
      checkedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'a2p.submitted',
      details: { stage: patch.stage },
      ip: props.ip,
      at: now,
    });
    await scheduleA2pCheck(trx, ctx, { workspaceId: props.workspaceId, submittedAt: now.toISOString() });
  });
  return getRegistration(ctx, props.workspaceId);
}

/** Turns the hold on or off; off releases every text it held. */
export async function setEnforcement(
  ctx: AppContext,
  props: ChangeProps & { enforce: boolean },
): Promise<RegistrationView> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findRegistration(trx, props.workspaceId);
    const enforce = props.enforce ? 1 : 0;
    if (row) await updateRegistration(trx, props.workspaceId, { enforce, updatedAt: at });
    else await insertRegistration(trx, { ...emptyRow(props.workspaceId, at), enforce });
    if (!props.enforce) {
      await releaseHeldFor(trx, ctx, { workspaceId: props.workspaceId, reason: A2P_UNREGISTERED, at: now });
    }
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'a2p.enforcement_changed',
      details: { enforce: props.enforce },
      ip: props.ip,
      at: now,
    });
  });
  return getRegistration(ctx, props.workspaceId);
}

/** Asks Twilio now, for an admin who does not want to wait for the next check. */
export async function refreshRegistration(ctx: AppContext, workspaceId: string): Promise<RegistrationView> {
  await checkRegistration(ctx, {
    workspaceId,
    // A check job that gave up is replaced; one already due in the same interval is the same job.
    whilePending: (trx, submittedAt) => scheduleA2pCheck(trx, ctx, { workspaceId, submittedAt }),
  });
  return getRegistration(ctx, workspaceId);
}

/** The public opt-in proof page of an active workspace; an unknown or suspended one is a 404. */
export async function optInProofPage(ctx: AppContext, slug: string): Promise<string> {
  const form = await loadLeadForm(ctx, slug);
  const messaging = await loadWorkspaceMessaging(ctx.db, form.workspaceId);
  const campaign = generateCampaign({ messaging, slug: form.slug, publicUrl: ctx.config.publicUrl });
  const supportContact = messaging.settings.supportContact ?? `${form.businessName} by replying HELP`;
  return renderProofPage({ form, campaign, supportContact });
}
