import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { eraseByIdentifier, exportByIdentifier } from '../privacy/person.service.js';
import { deleteWorkspace } from '../privacy/workspace-deletion.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { printJson, printLine } from './output.js';
import { CliError, openRuntime, type Runtime } from './runtime.js';

interface PersonOptions {
  workspace: string;
  phone?: string;
  email?: string;
  out?: string;
  json?: boolean;
}

function person(options: PersonOptions): { phone?: string; email?: string } {
  if (Boolean(options.phone) === Boolean(options.email))
    throw new CliError('Give exactly one of --phone or --email');
  return options.phone ? { phone: options.phone } : { email: options.email as string };
}

async function withWorkspace<T>(id: string, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
  try {
    if (!(await findWorkspace(runtime.ctx.db, id))) throw new CliError(`No workspace ${id}`);
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** `closing-cloud privacy export|erase`: a person's data rights, for the operator. */
export function registerPrivacyCommand(program: Command): void {
  const privacy = program.command('privacy').description("a person's data: export or erase it");
  privacy
    .command('export')
    .description('write everything held about a person in the workspace to a zip of JSON, CSV and ICS')
    .requiredOption('--workspace <id>', 'the workspace')
    .option('--phone <phone>', "the person's phone number")
    .option('--email <email>', "the person's email address")
    .option('--out <file>', 'where to write the zip (default: privacy-export-<contact id>.zip)')
    .option('--json', 'print {"contactId","out","bytes","files","counts"}')
    .action(async (options: PersonOptions) => {
      const who = person(options);
      await withWorkspace(options.workspace, async ({ ctx }) => {
        const result = await exportByIdentifier(ctx, { workspaceId: options.workspace, ...who });
        const out = path.resolve(options.out ?? `privacy-export-${result.contactId}.zip`);
        await writeFile(out, result.zip, { mode: 0o600 });
        const summary = {
          contactId: result.contactId,
          out,
          bytes: result.zip.byteLength,
          files: result.files,
          counts: result.counts,
        };
        if (options.json) printJson(summary);
        else printLine(`Export of contact ${result.contactId} written to ${out} (${summary.bytes} bytes).`);
      });
    });

  privacy
    .command('erase')
    .description("erase a person's personal data from the workspace; their phone and email stay suppressed")
    .requiredOption('--workspace <id>', 'the workspace')
    .option('--phone <phone>', "the person's phone number")
    .option('--email <email>', "the person's email address")
    .option('--json', 'print {"found","requestId","contactId","counts","calendar"}')
    .action(async (options: PersonOptions) => {
      const who = person(options);
      await withWorkspace(options.workspace, async ({ ctx }) => {
        const result = await eraseByIdentifier(ctx, { workspaceId: options.workspace, ...who });
        const summary = {
          found: result.found,
          requestId: result.requestId,
          contactId: result.report?.contactId ?? null,
          counts: result.report?.counts ?? {},
          calendar: result.report?.calendar ?? { deleted: 0, failed: 0 },
        };
        if (options.json) printJson(summary);
        else if (!result.found) printLine('No one on file matches; the number or address is now suppressed.');
        else printLine(`Contact ${summary.contactId} erased (request ${summary.requestId}).`);
      });
    });
}

/** `closing-cloud workspaces delete`: export the whole workspace, then erase everything of it. */
export function registerWorkspaceDeleteCommand(workspaces: Command): void {
  workspaces
    .command('delete')
    .description('export a workspace to a zip, then delete it and everything in it')
    .requiredOption('--workspace <id>', 'the workspace to delete')
    .requiredOption('--export <file>', 'where to write the export first (must not exist)')
    .option('--json', 'print {"workspaceId","export","counts","calendar"}')
    .action(async (options: { workspace: string; export: string; json?: boolean }) => {
      const file = path.resolve(options.export);
      const exists = await access(file).then(
        () => true,
        () => false,
      );
      if (exists) throw new CliError(`${file} already exists; choose a new file for the export`);
      await withWorkspace(options.workspace, async ({ ctx }) => {
        const result = await deleteWorkspace(ctx, { workspaceId: options.workspace, exportFile: file });
        if (options.json) printJson({ workspaceId: options.workspace, export: file, ...result });
        else printLine(`Workspace ${options.workspace} exported to ${file} and deleted.`);
      });
    });
}
