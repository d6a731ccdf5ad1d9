import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ImportEvent } from '../leads/import.schema.js';
import { parseImportMapping } from '../leads/import.schema.js';
import { collectImport, importLeads } from '../leads/import.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { printJson, printLine } from './output.js';
import { CliError, openRuntime } from './runtime.js';

interface ImportOptions {
  workspace: string;
  mapping?: string;
  source?: string;
  json?: boolean;
}

/** Progress and refused rows on stderr while the file streams, so stdout holds only the result. */
async function* reporting(events: AsyncIterable<ImportEvent>): AsyncGenerator<ImportEvent> {
  for await (const event of events) {
    if (event.type === 'row' && event.status === 'rejected') {
      process.stderr.write(`row ${event.row}: rejected (${event.reason ?? 'unknown reason'})\n`);
    } else if (event.type === 'progress') {
      process.stderr.write(
        `${event.total} rows: ${event.created} created, ${event.merged} merged, ${event.rejected} rejected\n`,
      );
    }
    yield event;
  }
}

export function registerLeadsCommand(program: Command): void {
  const leads = program.command('leads').description('work with leads');
  leads
    .command('import')
    .description('import leads from a CSV file; only rows with consent evidence are texted')
    .argument('<file>', 'the CSV file, with a header row')
    .requiredOption('--workspace <id>', 'the workspace to import into')
    .option('--mapping <json>', 'JSON {"CSV column": "field"} overriding the automatic column mapping')
    .option('--source <source>', 'lead source for rows without a source column', 'import')
    .option('--json', 'print {"summary","rows","truncated"} as JSON')
    .action(async (file: string, options: ImportOptions) => {
      const mapping = parseImportMapping(options.mapping);
      await access(file).catch(() => {
        throw new CliError(`Cannot read ${file}`);
      });
      const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
      try {
        const workspace = await findWorkspace(runtime.ctx.db, options.workspace);
        if (!workspace) throw new CliError(`No workspace ${options.workspace}`);
        if (workspace.status !== 'active') throw new CliError(`Workspace ${workspace.slug} is suspended`);
        const result = await collectImport(
          reporting(
            importLeads(runtime.ctx, {
              workspaceId: workspace.id,
              input: createReadStream(file),
              mapping,
              source: options.source,
              actor: { type: 'system', id: null },
            }),
          ),
        );
        if (options.json) {
          printJson(result);
          return;
        }
        const { created, merged, rejected, total, firstResponsesQueued } = result.summary;
        printLine(`${total} rows: ${created} created, ${merged} merged, ${rejected} rejected.`);
        if (firstResponsesQueued > 0) {
          printLine(
            `${firstResponsesQueued} leads with consent evidence will get a first text once the service runs ` +
              '(closing-cloud start or worker).',
          );
        }
      } finally {
        await runtime.close();
      }
    });
}
