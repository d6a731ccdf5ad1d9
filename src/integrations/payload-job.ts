import { z } from 'zod';
import type { NewJob } from '../jobs/jobs.types.js';

/** The job that reads a stored source payload; defined in ingest.job.ts, built here so intake need not import it. */
export const PROCESS_PAYLOAD_JOB = 'process-source-payload';
export const PROCESS_PAYLOAD_ATTEMPTS = 8;

export const processPayloadPayload = z.object({ workspaceId: z.string(), payloadId: z.string() });

export function processPayloadJob(
  payload: z.input<typeof processPayloadPayload>,
  options: { runAt: Date },
): NewJob {
  return {
    name: PROCESS_PAYLOAD_JOB,
    payload: processPayloadPayload.parse(payload),
    workspaceId: payload.workspaceId,
    uniqueKey: `${PROCESS_PAYLOAD_JOB}:${payload.payloadId}`,
    runAt: options.runAt,
    maxAttempts: PROCESS_PAYLOAD_ATTEMPTS,
  };
}
