import type { Command } from 'commander';
import { startServer } from '../http/server.js';
import { demoAtStart } from '../workspaces/workspaces.service.js';
import { printLine } from './output.js';
import { openRuntime } from './runtime.js';
import { onShutdown } from './shutdown.js';
import { runWorker } from './worker.command.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('migrate the database, serve HTTP and run the job worker in one process')
    .option('--no-worker', 'serve HTTP only (run `closing-cloud worker` separately)')
    .option(
      '--demo',
      'make a demo workspace and show its sign-in (the default on the embedded SQLite database)',
    )
    .option('--no-demo', 'no demo workspace (the default with DATABASE_URL)')
    .action(async (options: { worker: boolean; demo?: boolean }) => {
      const runtime = await openRuntime({ logTo: 'stdout' });
      const { ctx } = runtime;
      // The quick start on SQLite signs in with nothing configured; a production database gets no demo unasked.
      const demo = await demoAtStart(ctx, {
        wanted: options.demo ?? ctx.config.databaseUrl === undefined,
        asked: options.demo === true,
      });
      const { app, url } = await startServer(ctx);
      const worker = options.worker && ctx.config.worker.inProcess ? runWorker(ctx) : null;
      // For the person at the terminal, not through the logger; the password only once, the API key never.
      printLine(`Closing Cloud is running at ${url} (${ctx.dialect}, ${ctx.config.sms.provider} phone)`);
      if (demo && 'created' in demo) {
        const { login } = demo.created;
        printLine(
          `Demo sign-in: ${login.email} / ${login.password}  (shown once: \`npx closing-cloud demo\` shows it again)`,
        );
      } else if (demo) {
        printLine('Demo workspace: `npx closing-cloud demo --json` prints its sign-in and API key');
      }
      onShutdown(ctx.logger, async () => {
        await app.close();
        await worker?.stop(10_000);
        await runtime.close();
      });
    });
}
