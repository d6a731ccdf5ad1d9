import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { OutboundFrame } from '../voice/relay.protocol.js';
import { SANDBOX_CALLER, startSandboxCall } from '../voice/sandbox-call.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { printLine } from './output.js';
import { CliError, openRuntime } from './runtime.js';

interface CallOptions {
  workspace: string;
  from: string;
}

/**
 * `closing-cloud call --workspace ID`: a phone call with the assistant in the terminal, run by the same
 * relay session as a Twilio call. Each line typed is what the caller says; the assistant's words print as
 * they stream. `/press N` presses a key; `/quit` hangs up.
 */
export function registerCallCommand(program: Command): void {
  program
    .command('call')
    .description('call the assistant from the terminal (no Twilio): type what the caller says')
    .requiredOption('--workspace <id>', 'the workspace whose assistant answers')
    .option('--from <phone>', "the pretend caller's number", SANDBOX_CALLER)
    .action(async (options: CallOptions) => {
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        const { ctx } = runtime;
        if (!(await findWorkspace(ctx.db, options.workspace))) {
          throw new CliError(`No workspace ${options.workspace}`);
        }
        let turnDone: (() => void) | null = null;
        let ended = false;
        let line = '';
        const send = (frame: OutboundFrame) => {
          if (frame.type === 'text') {
            if (!line) process.stdout.write('assistant> ');
            process.stdout.write(frame.token);
            line += frame.token;
            if (frame.last) {
              process.stdout.write('\n');
              line = '';
              turnDone?.();
            }
          } else if (frame.type === 'end') {
            ended = true;
            printLine('(the assistant ended the call)');
            turnDone?.();
          }
        };
        const spoken = () =>
          new Promise<void>((resolve) => {
            turnDone = resolve;
          });
        const greeting = spoken();
        const call = await startSandboxCall(ctx, {
          workspaceId: options.workspace,
          caller: options.from,
          send,
          close: () => undefined,
        });
        await greeting;
        const lines = createInterface({ input: process.stdin, terminal: false });
        for await (const raw of lines) {
          const said = raw.trim();
          if (said === '/quit' || said === '/hangup') break;
          if (!said) continue;
          printLine(`caller> ${said}`);
          const answered = spoken();
          const press = /^\/press\s+([0-9*#])$/.exec(said);
          call.session.receive(
            JSON.stringify(
              press
                ? { type: 'dtmf', digit: press[1] }
                : { type: 'prompt', voicePrompt: said, lang: 'en-US', last: true },
            ),
          );
          await answered;
          if (ended) break;
        }
        await call.session.closed(1000);
        printLine(`(call ${call.callId} logged${call.leadId ? ` on lead ${call.leadId}` : ''})`);
      } finally {
        await runtime.close();
      }
    });
}
