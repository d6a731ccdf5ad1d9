import type { Command } from 'commander';
import { startServer } from '../http/server.js';
import { ensureDemoWorkspace, hasAnyWorkspace } from '../workspaces/workspaces.service.js';
import { printLine } from './output.js';
import { openRuntime } from './runtime.js';
import { onShutdown } from './shutdown.js';
import { runWorker } from './worker.command.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('migrate the database, serve HTTP and run the job worker in one process')
    .option('--no-worker', 'serve HTTP only (run `closing-cloud worker` separately)')
    .action(async (options: { worker: boolean }) => {
      const runtime = await openRuntime({ logTo: 'stdout' });
      const { ctx } = runtime;
      // A fresh install gets a demo workspace so the first sign-in works with nothing configured.
      const demo = (await hasAnyWorkspace(ctx)) ? null : await ensureDemoWorkspace(ctx);
      const { app, url } = await startServer(ctx);
      const worker = options.worker && ctx.config.worker.inProcess ? runWorker(ctx) : null;
      printLine(`Closing Cloud is running at ${url} (${ctx.dialect}, ${ctx.config.sms.provider} phone)`);
      if (demo) {
        printLine(`Demo sign-in: ${demo.login.email} / ${demo.login.password}`);
        printLine(`Demo API key: ${demo.apiKey}  (run \`npx closing-cloud demo\` to see these again)`);
      }
      onShutdown(ctx.logger, async () => {
        await app.close();
        await worker?.stop(10_000);
        await runtime.close();
      });
    });
}
