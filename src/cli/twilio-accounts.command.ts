import type { Command } from 'commander';
import { accountSidSchema } from '../messaging/provider-settings.schema.js';
import { linkTwilioAccount, unlinkTwilioAccount } from '../messaging/twilio-accounts.service.js';
import { printJson, printLine } from './output.js';
import { CliError, openRuntime } from './runtime.js';

interface LinkOptions {
  account: string;
  workspace: string;
  json?: boolean;
}

function accountSid(value: string): string {
  const parsed = accountSidSchema.safeParse(value);
  if (!parsed.success) throw new CliError('--account must be a Twilio Account SID (AC and 32 hex digits)');
  return parsed.data;
}

export function registerTwilioAccountsCommand(program: Command): void {
  const accounts = program
    .command('twilio-accounts')
    .description('which workspaces may use a Twilio account as their own');
  accounts
    .command('link')
    .description('let one more workspace use a Twilio account another workspace claimed (audited)')
    .requiredOption('--account <sid>', 'the Twilio Account SID')
    .requiredOption('--workspace <id>', 'the workspace to link')
    .option('--json', 'print {"accountSid","workspaceId","linked"}')
    .action(async (options: LinkOptions) => {
      const sid = accountSid(options.account);
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        const { linked } = await linkTwilioAccount(runtime.ctx, {
          accountSid: sid,
          workspaceId: options.workspace,
        });
        if (options.json) printJson({ accountSid: sid, workspaceId: options.workspace, linked });
        else printLine(linked ? 'Linked' : 'The workspace already holds this account');
      } finally {
        await runtime.close();
      }
    });
  accounts
    .command('unlink')
    .description('take a Twilio account away from a workspace; its webhooks are refused from then on')
    .requiredOption('--account <sid>', 'the Twilio Account SID')
    .requiredOption('--workspace <id>', 'the workspace to unlink')
    .action(async (options: LinkOptions) => {
      const sid = accountSid(options.account);
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        await unlinkTwilioAccount(runtime.ctx, { accountSid: sid, workspaceId: options.workspace });
        printLine('Unlinked');
      } finally {
        await runtime.close();
      }
    });
}
