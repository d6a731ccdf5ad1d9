import { Command, CommanderError } from 'commander';
import { isAppError } from '../platform/errors.js';
import { registerAnalyzeCommand } from './analyze.command.js';
import { registerCallCommand } from './call.command.js';
import { registerChatCommand } from './chat.command.js';
import { registerDemoCommand } from './demo.command.js';
import { registerLeadsCommand } from './leads.command.js';
import { registerMigrateCommand } from './migrate.command.js';
import { registerPrivacyCommand } from './privacy.command.js';
import { CliError } from './runtime.js';
import { registerSecretsCommand } from './secrets.command.js';
import { registerStartCommand } from './start.command.js';
import { registerTemplatesCommand } from './templates.command.js';
import { registerTwilioAccountsCommand } from './twilio-accounts.command.js';
import { registerUsersCommand } from './users.command.js';
import { registerWorkerCommand } from './worker.command.js';
import { registerWorkspacesCommand } from './workspaces.command.js';

export function buildProgram(): Command {
  const program = new Command()
    .name('closing-cloud')
    .description('Answer every real estate lead within a second, qualify it, book it, hand it over.')
    .showHelpAfterError()
    .exitOverride();
  registerStartCommand(program);
  registerWorkerCommand(program);
  registerMigrateCommand(program);
  registerDemoCommand(program);
  registerWorkspacesCommand(program);
  registerUsersCommand(program);
  registerAnalyzeCommand(program);
  registerChatCommand(program);
  registerCallCommand(program);
  registerLeadsCommand(program);
  registerPrivacyCommand(program);
  registerSecretsCommand(program);
  registerTwilioAccountsCommand(program);
  registerTemplatesCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof CliError || isAppError(error)) {
      process.stderr.write(`closing-cloud: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(
      `closing-cloud: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) await main(process.argv);
