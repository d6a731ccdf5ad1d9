import type { Command } from 'commander';
import { Option } from 'commander';
import { randomToken } from '../platform/crypto.js';
import { createOperator, createUser } from '../workspaces/workspaces.service.js';
import { printJson, printLine } from './output.js';
import { CliError, openRuntime } from './runtime.js';

interface UsersCreateOptions {
  workspace?: string;
  email: string;
  name: string;
  role: 'owner' | 'admin' | 'agent';
  password?: string;
  operator?: boolean;
  json?: boolean;
}

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('manage people who sign in');
  users
    .command('create')
    .description('create a user in a workspace, or a platform operator with --operator')
    .option('--workspace <id>', 'workspace id (not for --operator)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .addOption(
      new Option('--role <role>', 'role in the workspace')
        .choices(['owner', 'admin', 'agent'])
        .default('agent'),
    )
    .option('--password <password>', 'initial password (generated and printed when omitted)')
    .option('--operator', 'a platform operator who creates and suspends workspaces')
    .option('--json', 'print {"userId","email","password"}')
    .action(async (options: UsersCreateOptions) => {
      if (!options.operator && !options.workspace)
        throw new CliError('--workspace is required (or --operator)');
      const password = options.password ?? randomToken(12);
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        const user = options.operator
          ? await createOperator(runtime.ctx, { email: options.email, name: options.name, password })
          : await createUser(runtime.ctx, {
              workspaceId: options.workspace as string,
              email: options.email,
              name: options.name,
              role: options.role,
              password,
            });
        if (options.json) printJson({ userId: user.id, email: user.email, password });
        else
          printLine(
            `User ${user.email} created (${user.id})${options.password ? '' : `, password: ${password}`}`,
          );
      } finally {
        await runtime.close();
      }
    });
}
