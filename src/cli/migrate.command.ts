import type { Command } from 'commander';
import { printLine } from './output.js';
import { openRuntime } from './runtime.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply database migrations and exit')
    .action(async () => {
      const runtime = await openRuntime({ logTo: 'stderr', migrate: true, level: 'info' });
      await runtime.close();
      printLine(`Database is up to date (${runtime.ctx.dialect}).`);
    });
}
