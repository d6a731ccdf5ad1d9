import { Command, CommanderError } from 'commander';
import { isAppError } from '../platform/errors.js';
import { CliError } from './runtime.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs: loading all of them took about 2.3 s before a
 * command as small as `users create` could start (1 s for the one it needs). Help, or a name that is no
 * command, loads them all so commander lists or suggests every one.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  start: async () => (await import('./start.command.js')).registerStartCommand,
  worker: async () => (await import('./worker.command.js')).registerWorkerCommand,
  migrate: async () => (await import('./migrate.command.js')).registerMigrateCommand,
  demo: async () => (await import('./demo.command.js')).registerDemoCommand,
  workspaces: async () => (await import('./workspaces.command.js')).registerWorkspacesCommand,
  users: async () => (await import('./users.command.js')).registerUsersCommand,
  analyze: async () => (await import('./analyze.command.js')).registerAnalyzeCommand,
  chat: async () => (await import('./chat.command.js')).registerChatCommand,
  call: async () => (await import('./call.command.js')).registerCallCommand,
  leads: async () => (await import('./leads.command.js')).registerLeadsCommand,
  privacy: async () => (await import('./privacy.command.js')).registerPrivacyCommand,
  secrets: async () => (await import('./secrets.command.js')).registerSecretsCommand,
  'twilio-accounts': async () => (await import('./twilio-accounts.command.js')).registerTwilioAccountsCommand,
  templates: async () => (await import('./templates.command.js')).registerTemplatesCommand,
};

/** The program with the command `argv` names, or with every command when it names none of them. */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command()
    .name('closing-cloud')
    .description('Answer every real estate lead within a second, qualify it, book it, hand it over.')
    .showHelpAfterError()
    .exitOverride();
  const named = argv[2];
  const names = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  for (const name of names) {
    const register = await (COMMANDS[name] as () => Promise<Register>)();
    register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
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
