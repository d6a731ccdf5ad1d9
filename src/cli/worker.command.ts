import type { Command } from 'commander';
import { loadOptOutModel } from '../consent/optout-model/model.js';
import type { AppContext } from '../http/context.js';
import { jobDefinitions, recurringJobs } from '../jobs/catalog.js';
import { startWorker } from '../jobs/jobs.worker.js';
import { printLine } from './output.js';
import { openRuntime } from './runtime.js';
import { onShutdown } from './shutdown.js';

export function runWorker(ctx: AppContext) {
  // Conversation turns read each text for opt-outs: the classifier is decoded before the first job.
  const ms = loadOptOutModel();
  if (ms > 0) ctx.logger.info({ category: 'consent', ms }, 'opt-out model loaded');
  return startWorker({
    ctx,
    definitions: jobDefinitions,
    recurring: recurringJobs,
    concurrency: ctx.config.worker.concurrency,
    pollMs: ctx.config.worker.pollMs,
    leaseMs: ctx.config.worker.leaseMs,
  });
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('run only the job worker (any number of them on PostgreSQL)')
    .action(async () => {
      const runtime = await openRuntime({ logTo: 'stdout' });
      const worker = runWorker(runtime.ctx);
      printLine(`Closing Cloud worker running (${runtime.ctx.dialect})`);
      onShutdown(runtime.ctx.logger, async () => {
        await worker.stop(30_000);
        await runtime.close();
      });
    });
}
