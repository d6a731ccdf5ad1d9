import { A2P_UNREGISTERED } from '../../consent/gate.a2p.js';
import type { DbOrTrx } from '../../db/database.js';
import { fromJson, toJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import { conflict } from '../../platform/errors.js';
import { audit, auditActor } from '../../workspaces/audit.service.js';
import { releaseHeldFor } from '../held-release.js';
import { findDefaultNumber } from '../messaging.repository.js';
import { loadWorkspaceTwilio } from '../provider-settings.service.js';
import { readTwilioErrors } from './a2p.errors.js';
import { findRegistration, updateRegistration } from './a2p.repository.js';
import type { BrandDetails, Campaign } from './a2p.schema.js';
import type { A2pRegistrationRow, A2pRegistrationUpdate } from './a2p.table.js';
import {
  a2pTwilioClient,
  createCampaign,
  deleteCampaign,
  ensureMessagingService,
  fetchBrand,
  fetchCampaign,
} from './a2p.twilio.js';

/** The workspace's own Twilio account when it has one, else the instance's; none on a sandbox-only instance. */
export async function registrationClient(ctx: AppContext, workspaceId: string) {
  const own = await loadWorkspaceTwilio(ctx, workspaceId);
  const { twilioAccountSid, twilioAuthToken, twilioApiBaseUrl } = ctx.config.sms;
  const account =
    own ??
    (twilioAccountSid && twilioAuthToken
      ? { accountSid: twilioAccountSid, authToken: twilioAuthToken }
      : null);
  if (!account) {
    throw conflict('Registration goes through Twilio: set up a Twilio account first', 'twilio_required');
  }
  return {
    client: a2pTwilioClient({ ...account, baseUrl: twilioApiBaseUrl }),
    messagingServiceSid: own?.messagingServiceSid ?? null,
  };
}

type Client = Awaited<ReturnType<typeof registrationClient>>['client'];

export async function startCampaign(
  ctx: AppContext,
  client: Client,
  props: { row: A2pRegistrationRow; campaign: Campaign; serviceSid: string | null },
): Promise<A2pRegistrationUpdate> {
  const { row } = props;
  const brandSid = row.brandSid as string;
  if (row.campaignSid && row.messagingServiceSid) {
    await deleteCampaign(client, { serviceSid: row.messagingServiceSid, campaignSid: row.campaignSid });
  }
  const number = await findDefaultNumber(ctx.db, row.workspaceId, 'twilio');
  const serviceSid = await ensureMessagingService(client, {
    existing: row.messagingServiceSid ?? number?.messagingServiceSid ?? props.serviceSid,
    number: number?.number ?? null,
    label: fromJson<BrandDetails>(row.brand).legalName,
  });
  const created = await createCampaign(client, { serviceSid, brandSid, campaign: props.campaign });
  return {
    stage: 'campaign',
    messagingServiceSid: serviceSid,
    campaignSid: created.sid,
    campaignStatus: created.status,
  };
}

const BRAND_FAILED = new Set(['FAILED', 'SUSPENDED', 'DELETION_PENDING', 'DELETION_FAILED']);
const CAMPAIGN_FAILED = new Set(['FAILED', 'SUSPENDED']);

/**
 * Asks Twilio where a pending registration stands and records it: an approved brand gets its campaign
 * submitted, a verified campaign approves the registration and releases the texts the gate held for it, a
 * failure is a rejection with Twilio's errors. Answers whether the review goes on.
 */
export async function checkRegistration(
  ctx: AppContext,
  props: {
    workspaceId: string;
    submittedAt?: string;
    /** Runs in the transaction that records a review still going on, with the submission's time. */
    whilePending?: (trx: DbOrTrx, submittedAt: string) => Promise<void>;
  },
): Promise<boolean> {
  const { workspaceId } = props;
  const row = await findRegistration(ctx.db, workspaceId);
  if (row?.status !== 'pending' || !row.brandSid) return false;
  // A check of an earlier submission ends when the registration was submitted again.
  if (props.submittedAt && row.submittedAt !== props.submittedAt) return false;
  const { client, messagingServiceSid } = await registrationClient(ctx, workspaceId);
  const now = ctx.clock.now();
  let patch: A2pRegistrationUpdate = { checkedAt: now.toISOString(), updatedAt: now.toISOString() };
  if (row.stage === 'brand') {
    const brand = await fetchBrand(client, row.brandSid);
    patch.brandStatus = brand.status;
    if (BRAND_FAILED.has(brand.status)) {
      patch = {
        ...patch,
        status: 'rejected',
        errors: toJson(readTwilioErrors(brand.errors, brand.failureReason)),
      };
    } else if (brand.status === 'APPROVED') {
      const campaign = fromJson<Campaign>(row.campaign);
      const started = await startCampaign(ctx, client, {
        row: { ...row, brandStatus: 'APPROVED' },
        campaign,
        serviceSid: messagingServiceSid,
      });
      patch = { ...patch, ...started };
    }
  } else if (row.campaignSid && row.messagingServiceSid) {
    const campaign = await fetchCampaign(client, {
      serviceSid: row.messagingServiceSid,
      campaignSid: row.campaignSid,
    });
    patch.campaignStatus = campaign.status;
    if (CAMPAIGN_FAILED.has(campaign.status)) {
      patch = { ...patch, status: 'rejected', errors: toJson(readTwilioErrors(campaign.errors)) };
    } else if (campaign.status === 'VERIFIED') {
      patch = { ...patch, status: 'approved', approvedAt: now.toISOString(), errors: toJson([]) };
    }
  }
  const pending = patch.status === undefined;
  await ctx.db.transaction().execute(async (trx) => {
    await updateRegistration(trx, workspaceId, patch);
    if (patch.status === 'approved') {
      await releaseHeldFor(trx, ctx, { workspaceId, reason: A2P_UNREGISTERED, at: now });
    }
    if (patch.status) {
      await audit(trx, {
        workspaceId,
        actor: auditActor(),
        action: `a2p.${patch.status}`,
        details: { stage: row.stage },
        at: now,
      });
    }
    if (pending) await props.whilePending?.(trx, row.submittedAt ?? now.toISOString());
  });
  return pending;
}
