import { defineJob } from '../jobs/job-definition.js';
import { SECOND } from '../platform/clock.js';
import { noteAttemptFailure } from './ingest.service.js';
import { PROCESS_PAYLOAD_ATTEMPTS, PROCESS_PAYLOAD_JOB, processPayloadPayload } from './payload-job.js';
import { readPayload } from './read-payload.js';

/**
 * Reads a stored payload: straight away for Meta (the lead is fetched from the Graph API), and for every
 * other source as the safety net behind the inline read, should the process die between the two. Each
 * failure is noted on the payload; after the last attempt it is `failed`, still listed with its error.
 */
export const processSourcePayloadJob = defineJob({
  name: PROCESS_PAYLOAD_JOB,
  payload: processPayloadPayload,
  maxAttempts: PROCESS_PAYLOAD_ATTEMPTS,
  backoff: { baseMs: 5 * SECOND, maxMs: 15 * 60 * SECOND },
  timeoutMs: 60 * SECOND,
  handler: async ({ workspaceId, payloadId }, { ctx, job }) => {
    try {
      await readPayload(ctx, { workspaceId, payloadId });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await noteAttemptFailure(
        ctx.db,
        { workspaceId, id: payloadId },
        message,
        job.attempts >= job.maxAttempts,
        ctx.clock.now(),
      );
      throw error;
    }
  },
});
