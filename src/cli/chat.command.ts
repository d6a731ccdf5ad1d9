import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { chatExchange } from '../conversations/chat.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { printLine } from './output.js';
import { CliError, openRuntime } from './runtime.js';

interface ChatOptions {
  workspace: string;
  from: string;
  json?: boolean;
}

const DEFAULT_FROM = '+15125550123';

export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description('text with the assistant as a lead would (sandbox provider): one line in, its replies out')
    .requiredOption('--workspace <id>', 'the workspace whose assistant answers')
    .option('--from <phone>', "the pretend lead's phone number", DEFAULT_FROM)
    .option(
      '--json',
      'read lines, print one JSON object per line: replies, notes to the agent, stage, score, profile',
    )
    .action(async (options: ChatOptions) => {
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        const { ctx } = runtime;
        if (ctx.sms.kind !== 'sandbox')
          throw new CliError('chat needs SMS_PROVIDER=sandbox: it texts no one');
        if (!(await findWorkspace(ctx.db, options.workspace))) {
          throw new CliError(`No workspace ${options.workspace}`);
        }
        const interactive = process.stdin.isTTY && !options.json;
        if (interactive) printLine('Text as the lead; /quit to leave.');
        const lines = createInterface({ input: process.stdin, terminal: false });
        if (interactive) process.stdout.write('you> ');
        for await (const raw of lines) {
          const body = raw.trim();
          if (body === '/quit' || body === '/exit') break;
          if (body) {
            const exchange = await chatExchange(ctx, {
              workspaceId: options.workspace,
              from: options.from,
              body,
            });
            if (options.json) printLine(JSON.stringify(exchange));
            else {
              for (const reply of exchange.replies) {
                const held =
                  reply.status === 'sent' ? '' : ` [${reply.status}: ${reply.gateReason ?? 'held'}]`;
                printLine(`assistant> ${reply.body}${held}`);
              }
              for (const note of exchange.notes) printLine(`  (agent told: ${note.subject})`);
              printLine(
                `  [${exchange.stage}, score ${exchange.score}${exchange.assistantPaused ? ', assistant paused' : ''}]`,
              );
            }
          }
          if (interactive) process.stdout.write('you> ');
        }
      } finally {
        await runtime.close();
      }
    });
}
