import type { Command } from 'commander';
import { createApiKey, createWorkspace } from '../workspaces/workspaces.service.js';
import { printJson, printLine } from './output.js';
import { registerWorkspaceDeleteCommand } from './privacy.command.js';
import { openRuntime } from './runtime.js';

export function registerWorkspacesCommand(program: Command): void {
  const workspaces = program.command('workspaces').description('manage workspaces (one per client)');
  workspaces
    .command('create')
    .description('create a workspace and an API key for it')
    .requiredOption('--name <name>', 'the business name leads will see')
    .option('--slug <slug>', 'short name used in URLs (derived from the name by default)')
    .option('--timezone <zone>', 'IANA time zone, e.g. America/Chicago')
    .option('--region <code>', 'ISO country code for phone numbers without one, e.g. US')
    .option('--json', 'print {"workspaceId","apiKey"}')
    .action(
      async (options: {
        name: string;
        slug?: string;
        timezone?: string;
        region?: string;
        json?: boolean;
      }) => {
        const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
        try {
          const workspace = await createWorkspace(runtime.ctx, {
            name: options.name,
            ...(options.slug ? { slug: options.slug } : {}),
            ...(options.timezone ? { timezone: options.timezone } : {}),
            ...(options.region ? { defaultRegion: options.region } : {}),
          });
          const { secret } = await createApiKey(runtime.ctx, { workspaceId: workspace.id, name: 'default' });
          if (options.json) printJson({ workspaceId: workspace.id, apiKey: secret });
          else {
            printLine(`Workspace ${workspace.name} (${workspace.slug}) created: ${workspace.id}`);
            printLine(`API key (shown once): ${secret}`);
          }
        } finally {
          await runtime.close();
        }
      },
    );
  registerWorkspaceDeleteCommand(workspaces);
}
