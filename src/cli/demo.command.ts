import type { Command } from 'commander';
import { ensureDemoWorkspace } from '../workspaces/workspaces.service.js';
import { printJson, printLine } from './output.js';
import { openRuntime } from './runtime.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('create (or reuse) the demo workspace and print how to sign in to it')
    .option('--json', 'print {"workspaceId","apiKey","login":{"email","password"},"url"}')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        const demo = await ensureDemoWorkspace(runtime.ctx);
        const result = {
          workspaceId: demo.workspaceId,
          apiKey: demo.apiKey,
          login: demo.login,
          url: runtime.ctx.config.publicUrl,
        };
        if (options.json) printJson(result);
        else {
          printLine(`Demo workspace ${demo.created ? 'created' : 'ready'}: ${result.url}`);
          printLine(`  sign in as ${demo.login.email} / ${demo.login.password}`);
          printLine(`  API key:   ${demo.apiKey}`);
        }
      } finally {
        await runtime.close();
      }
    });
}
