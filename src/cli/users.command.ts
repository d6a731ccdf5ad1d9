import type { Command } from 'commander';
import { Option } from 'commander';
import { randomToken } from '../platform/crypto.js';
import { ALERT_CHANNELS, type AlertChannel } from '../workspaces/users.alerts.js';
import { findUserByEmail } from '../workspaces/users.repository.js';
import { updateMe } from '../workspaces/users.service.js';
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
  mobilePhone?: string;
  alerts?: AlertChannel[] | 'default';
  json?: boolean;
}

interface UsersAlertsOptions {
  workspace: string;
  email: string;
  mobilePhone?: string;
  alerts?: AlertChannel[] | 'default';
  json?: boolean;
}

/**
 * `push,sms` → the channels; `none` → no alerts; `default` → the workspace setting (a string here: commander
 * turns a parser's null into an empty string).
 */
function parseAlerts(value: string): AlertChannel[] | 'default' {
  const text = value.trim().toLowerCase();
  if (text === 'default') return 'default';
  if (text === 'none' || text === '') return [];
  const channels = text.split(',').map((part) => part.trim());
  const unknown = channels.filter((part) => !(ALERT_CHANNELS as readonly string[]).includes(part));
  if (unknown.length > 0)
    throw new CliError(
      `--alerts takes ${ALERT_CHANNELS.join(', ')}, none or default (not ${unknown.join(', ')})`,
    );
  return channels as AlertChannel[];
}

const alertsHelp = `alert channels: any of ${ALERT_CHANNELS.join(',')}, or none, or default (the workspace setting)`;

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
    .option('--mobile-phone <phone>', 'where text alerts go; without a country code, in the workspace region')
    .option('--alerts <channels>', alertsHelp, parseAlerts)
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
              ...(options.mobilePhone ? { mobilePhone: options.mobilePhone } : {}),
              ...(Array.isArray(options.alerts) ? { alertChannels: options.alerts } : {}),
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

  users
    .command('alerts')
    .description("set a user's mobile phone and how they are alerted about leads that need them")
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--email <email>', "the user's sign-in email")
    .option('--mobile-phone <phone>', 'where text alerts go, or "none" to remove it')
    .option('--alerts <channels>', alertsHelp, parseAlerts)
    .option('--json', 'print {"userId","mobilePhone","alertChannels"}')
    .action(async (options: UsersAlertsOptions) => {
      if (options.mobilePhone === undefined && options.alerts === undefined)
        throw new CliError('Give --mobile-phone, --alerts or both');
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        const found = await findUserByEmail(runtime.ctx.db, options.email.trim().toLowerCase());
        if (!found || found.workspaceId !== options.workspace)
          throw new CliError('No user with that email in that workspace');
        const user = await updateMe(runtime.ctx, {
          workspaceId: options.workspace,
          userId: found.id,
          by: 'system',
          patch: {
            ...(options.mobilePhone !== undefined
              ? {
                  mobilePhone:
                    options.mobilePhone.trim().toLowerCase() === 'none' ? null : options.mobilePhone,
                }
              : {}),
            ...(options.alerts !== undefined
              ? { alertChannels: options.alerts === 'default' ? null : options.alerts }
              : {}),
          },
        });
        const alertChannels = user.alertChannels === null ? 'default' : user.alertChannels || 'none';
        // The number is the user's own data, printed only because the operator just typed it.
        if (options.json) printJson({ userId: user.id, mobilePhone: user.phone, alertChannels });
        else printLine(`User ${user.email}: mobile phone ${user.phone ?? 'none'}, alerts ${alertChannels}`);
      } finally {
        await runtime.close();
      }
    });
}
