import type { Command } from 'commander';
import { RotationError, rotateSecrets } from '../platform/secrets-rotation.js';
import { printJson, printLine } from './output.js';
import { CliError, openRuntime } from './runtime.js';

export function registerSecretsCommand(program: Command): void {
  const secrets = program.command('secrets').description('manage the secrets sealed in the database');
  secrets
    .command('rotate')
    .description(
      'seal every stored secret under the current APP_SECRET, opening old ones with APP_SECRET_PREVIOUS; ' +
        'afterwards the previous secret can be dropped',
    )
    .option('--json', 'print {"columns":[{"column","examined","resealed"}],"examined","resealed"}')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        const outcome = await rotateSecrets(runtime.ctx.db, runtime.ctx.config);
        if (options.json) printJson(outcome);
        else {
          for (const c of outcome.columns) printLine(`${c.column}: ${c.resealed} of ${c.examined} resealed`);
          printLine(`${outcome.resealed} secrets resealed under the current APP_SECRET`);
        }
      } catch (error) {
        if (error instanceof RotationError) {
          throw new CliError(`secrets rotate stopped: ${error.message}. Nothing in that table was changed.`);
        }
        throw error;
      } finally {
        await runtime.close();
      }
    });
}
