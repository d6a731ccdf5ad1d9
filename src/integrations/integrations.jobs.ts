import { z } from 'zod';
import { firstRow, prepared } from '../db/prepared.js';
import type { AppContext } from '../http/context.js';
import { DISPATCH_EVENT_JOB, type DomainEventRow } from '../jobs/domain-events.js';
import { defineJob } from '../jobs/job-definition.js';
import { enqueue } from '../jobs/jobs.service.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { FubError } from './fub/fub.client.js';
import { receiveFubPerson } from './fub/fub.inbound.js';
import { findFubConnection } from './fub/fub.repository.js';
import { noteFubError, syncEventToFub } from './fub/fub.sync.js';
import { DRAIN_JOB, drainChain } from './outbound/delivery.js';
import { fanOutToEndpoints } from './outbound/webhooks.service.js';

const FUB_EVENTS = new Set([
  'lead.created',
  'lead.stage_changed',
  'handoff.requested',
  'appointment.booked',
  'appointment.rescheduled',
  'appointment.cancelled',
]);

export const FUB_SYNC_JOB = 'integrations.fub-sync';
export const FUB_PERSON_JOB = 'integrations.fub-person';
/** Retry-After waits honoured before a call is given up. */
const MAX_RATE_LIMITED = 20;

function findEvent(ctx: AppContext, workspaceId: string, id: string): Promise<DomainEventRow | undefined> {
  return firstRow(eventById(ctx.db, { workspaceId, id }));
}

const eventById = prepared((db, p: { workspaceId: string; id: string }) =>
  db.selectFrom('domainEvents').selectAll().where('workspaceId', '=', p.workspaceId).where('id', '=', p.id),
);

/** Hands a recorded event to its subscribers: the workspace's webhook endpoints and Follow Up Boss. */
export const dispatchEventJob = defineJob({
  name: DISPATCH_EVENT_JOB,
  payload: z.object({ workspaceId: z.string(), eventId: z.string() }),
  maxAttempts: 10,
  backoff: { baseMs: 2 * SECOND, maxMs: 10 * MINUTE },
  handler: async ({ workspaceId, eventId }, { ctx }) => {
    const event = await findEvent(ctx, workspaceId, eventId);
    if (!event) return;
    await fanOutToEndpoints(ctx, event);
    if (FUB_EVENTS.has(event.type) && (await findFubConnection(ctx.db, workspaceId))?.enabled)
      await enqueue(
        ctx.db,
        fubSyncJob.job(
          { workspaceId, eventId },
          { uniqueKey: `${FUB_SYNC_JOB}:${eventId}`, runAt: ctx.clock.now() },
        ),
        ctx.clock,
      );
  },
});

export const webhookDrainJob = defineJob({
  name: DRAIN_JOB,
  payload: z.object({ workspaceId: z.string(), endpointId: z.string(), chainKey: z.string() }),
  maxAttempts: 5,
  backoff: { baseMs: 5 * SECOND, maxMs: 5 * MINUTE },
  timeoutMs: 10 * MINUTE,
  handler: (chain, { ctx }) => drainChain(ctx, chain),
});

/**
 * Runs one Follow Up Boss call. A 429 waits as long as Retry-After says (in a job of its own, so the wait
 * costs no attempt); 5xx and network failures retry with backoff; other refusals are noted and dropped.
 */
async function callingFub(
  ctx: AppContext,
  props: {
    workspaceId: string;
    rateLimited: number;
    again: (runAt: Date, rateLimited: number) => Promise<void>;
  },
  call: () => Promise<unknown>,
): Promise<void> {
  try {
    await call();
    await noteFubError(ctx, props.workspaceId, null);
  } catch (error) {
    if (!(error instanceof FubError)) throw error;
    await noteFubError(ctx, props.workspaceId, error.message);
    if (error.status === 429 && props.rateLimited < MAX_RATE_LIMITED) {
      const wait = error.retryAfterMs ?? 10 * SECOND;
      await props.again(new Date(ctx.clock.now().getTime() + wait), props.rateLimited + 1);
      return;
    }
    if (error.retryable) throw error;
    ctx.logger.warn({ category: 'integrations', status: error.status }, 'Follow Up Boss refused a call');
  }
}

export const fubSyncJob = defineJob({
  name: FUB_SYNC_JOB,
  payload: z.object({
    workspaceId: z.string(),
    eventId: z.string(),
    rateLimited: z.number().int().default(0),
  }),
  maxAttempts: 8,
  backoff: { baseMs: 5 * SECOND, maxMs: 30 * MINUTE },
  handler: async ({ workspaceId, eventId, rateLimited }, { ctx }) => {
    const event = await findEvent(ctx, workspaceId, eventId);
    if (!event) return;
    await callingFub(
      ctx,
      {
        workspaceId,
        rateLimited,
        again: async (runAt, count) => {
          await enqueue(
            ctx.db,
            fubSyncJob.job({ workspaceId, eventId, rateLimited: count }, { runAt }),
            ctx.clock,
          );
        },
      },
      () => syncEventToFub(ctx, event),
    );
  },
});

export const fubPersonJob = defineJob({
  name: FUB_PERSON_JOB,
  payload: z.object({
    workspaceId: z.string(),
    personId: z.string(),
    event: z.string(),
    rateLimited: z.number().int().default(0),
  }),
  maxAttempts: 8,
  backoff: { baseMs: 5 * SECOND, maxMs: 30 * MINUTE },
  handler: async (payload, { ctx }) => {
    await callingFub(
      ctx,
      {
        workspaceId: payload.workspaceId,
        rateLimited: payload.rateLimited,
        again: async (runAt, count) => {
          await enqueue(ctx.db, fubPersonJob.job({ ...payload, rateLimited: count }, { runAt }), ctx.clock);
        },
      },
      () => receiveFubPerson(ctx, payload),
    );
  },
});

export const integrationJobs = [dispatchEventJob, webhookDrainJob, fubSyncJob, fubPersonJob];
