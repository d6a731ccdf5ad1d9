import type { AppContext } from '../http/context.js';
import type { BillingAccountRow } from '../jobs/billing-account.table.js';
import { billingStanding } from '../jobs/billing-standing.js';
import { enqueue } from '../jobs/jobs.service.js';
import { periodAt, reactToCharge, readUnitAmounts, unitAmountsJson } from '../jobs/usage.charge.js';
import { USAGE_UNITS } from '../jobs/usage.table.js';
import { notFound } from '../platform/errors.js';
import { audit } from '../workspaces/audit.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { releaseBillingHolds } from './billing-holds.js';
import { monthQuantities, priceMonth } from './invoice.service.js';
import { addToWallet, findBillingAccount, upsertBillingTerms } from './plans.repository.js';
import type { BillingAccountView, BillingTerms } from './plans.schema.js';
import { STRIPE_SETUP_JOB } from './stripe.names.js';

async function workspaceZone(ctx: AppContext, workspaceId: string): Promise<string> {
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return workspace.timezone;
}

/**
 * The operator sets how a workspace is billed. A plan's month so far is priced again under the new terms,
 * so raising the limit releases what it held and lowering it holds from the next send. With Stripe, the
 * customer and subscription are made by a job.
 */
export async function setBillingTerms(
  ctx: AppContext,
  props: { workspaceId: string; terms: BillingTerms; operatorId: string; ip?: string | undefined },
): Promise<BillingAccountView> {
  const zone = await workspaceZone(ctx, props.workspaceId);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const period = periodAt(now, zone);
  const { terms } = props;
  const base = {
    workspaceId: props.workspaceId,
    mode: terms.mode,
    currency: terms.currency,
    includedUnits: unitAmountsJson(terms.mode === 'plan' ? terms.includedUnits : {}),
    unitPrices: unitAmountsJson(terms.unitPrices),
    markupBps: Math.round(terms.markupPercent * 100),
    hardLimitMicros: terms.mode === 'plan' ? terms.hardLimitMicros : null,
    rechargeThresholdMicros: terms.mode === 'wallet' ? terms.rechargeThresholdMicros : null,
    rechargeAmountMicros: terms.mode === 'wallet' ? terms.rechargeAmountMicros : null,
    period,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const quantities = await monthQuantities(trx, props.workspaceId, period);
    const periodChargeMicros = priceMonth(base, period, quantities).totalMicros;
    const account = await upsertBillingTerms(trx, { ...base, periodChargeMicros });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: { type: 'operator', id: props.operatorId },
      action: 'billing.terms_set',
      target: { type: 'workspace', id: props.workspaceId },
      details: { mode: terms.mode, markupBps: base.markupBps, hardLimitMicros: base.hardLimitMicros },
      ip: props.ip,
      at: now,
    });
    await reactToCharge(trx, account, at);
    await releaseBillingHolds(trx, ctx, { workspaceId: props.workspaceId, zone, at: now });
    if (ctx.config.stripe.secretKey && !account.stripeCustomerId) {
      await enqueue(
        trx,
        {
          name: STRIPE_SETUP_JOB,
          workspaceId: props.workspaceId,
          payload: { workspaceId: props.workspaceId },
          uniqueKey: `${STRIPE_SETUP_JOB}:${props.workspaceId}`,
          maxAttempts: 8,
        },
        ctx.clock,
      );
    }
  });
  return billingAccountView(ctx, props.workspaceId);
}

/** Money into the wallet: the operator's top-up or a Stripe recharge that succeeded. Releases what it held. */
export async function creditWallet(
  ctx: AppContext,
  props: {
    workspaceId: string;
    amountMicros: number;
    actor: { type: 'operator' | 'system'; id: string | null };
    reference?: string;
  },
): Promise<BillingAccountView> {
  const zone = await workspaceZone(ctx, props.workspaceId);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const account = await addToWallet(trx, {
      workspaceId: props.workspaceId,
      amountMicros: props.amountMicros,
      at: now.toISOString(),
    });
    if (account?.mode !== 'wallet') throw notFound('Wallet');
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: props.actor,
      action: 'billing.wallet_credited',
      target: { type: 'workspace', id: props.workspaceId },
      details: { amountMicros: props.amountMicros, ...(props.reference && { reference: props.reference }) },
      at: now,
    });
    await releaseBillingHolds(trx, ctx, { workspaceId: props.workspaceId, zone, at: now });
  });
  return billingAccountView(ctx, props.workspaceId);
}

/** The workspace's terms, this month's use against them, and whether sends are held. */
export async function billingAccountView(ctx: AppContext, workspaceId: string): Promise<BillingAccountView> {
  const zone = await workspaceZone(ctx, workspaceId);
  const now = ctx.clock.now();
  const period = periodAt(now, zone);
  const [account, quantities, standing] = await Promise.all([
    findBillingAccount(ctx.db, workspaceId),
    monthQuantities(ctx.db, workspaceId, period),
    billingStanding(ctx.db, { workspaceId, now, zone }),
  ]);
  const included = readUnitAmounts(account?.includedUnits);
  return {
    ...termsOf(account),
    period,
    periodChargeMicros: account && account.period === period ? Number(account.periodChargeMicros) : 0,
    held: standing.held,
    usage: USAGE_UNITS.filter((unit) => quantities.has(unit) || included[unit]).map((unit) => ({
      unit,
      quantity: quantities.get(unit) ?? 0,
      included: account?.mode === 'plan' ? (included[unit] ?? 0) : 0,
    })),
  };
}

function termsOf(account: BillingAccountRow | undefined) {
  return {
    mode: account?.mode ?? ('none' as const),
    currency: account?.currency ?? 'USD',
    includedUnits: readUnitAmounts(account?.includedUnits) as Record<string, number>,
    unitPrices: readUnitAmounts(account?.unitPrices) as Record<string, number>,
    markupPercent: (account?.markupBps ?? 0) / 100,
    hardLimitMicros: account?.hardLimitMicros === null || !account ? null : Number(account.hardLimitMicros),
    walletBalanceMicros: Number(account?.walletBalanceMicros ?? 0),
    rechargeThresholdMicros: nullableNumber(account?.rechargeThresholdMicros),
    rechargeAmountMicros: nullableNumber(account?.rechargeAmountMicros),
    status: account?.status ?? ('active' as const),
    stripe: { connected: Boolean(account?.stripeCustomerId) },
  };
}

const nullableNumber = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);
