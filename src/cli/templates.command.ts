import type { Command } from 'commander';
import {
  applyTemplateTo,
  createWorkspaceFromTemplate,
  deleteTemplate,
  listTemplates,
  previewTemplateFor,
  saveTemplate,
} from '../agency/templates.service.js';
import { fromBool } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { findUserByEmail } from '../workspaces/users.repository.js';
import { normaliseEmail } from '../workspaces/workspaces.schema.js';
import { printJson, printLine } from './output.js';
import { CliError, openRuntime } from './runtime.js';

const OPERATOR_HELP = 'email of the platform operator the change is audited under';

/** The operator a change is recorded under: the audit logs name a person, not "the command line". */
async function operatorId(ctx: AppContext, email: string): Promise<string> {
  const user = await findUserByEmail(ctx.db, normaliseEmail(email));
  if (!user || !fromBool(user.isOperator)) throw new CliError(`${email} is not a platform operator`);
  return user.id;
}

async function withRuntime(work: (ctx: AppContext) => Promise<void>): Promise<void> {
  const runtime = await openRuntime({ logTo: 'stderr', level: 'warn' });
  try {
    await work(runtime.ctx);
  } finally {
    await runtime.close();
  }
}

const sectionsLine = (sections: Record<string, { added: number; changed: number; removed: number }>) =>
  Object.entries(sections)
    .filter(([, c]) => c.added + c.changed + c.removed > 0)
    .map(([name, c]) => `${name} +${c.added} ~${c.changed} -${c.removed}`)
    .join(', ') || 'nothing to change';

export function registerTemplatesCommand(program: Command): void {
  const templates = program
    .command('templates')
    .description("workspace templates: save a workspace's setup, start or update workspaces from it");

  templates
    .command('list')
    .description('every version of every template')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withRuntime(async (ctx) => {
        const items = await listTemplates(ctx);
        if (options.json) return printJson({ items });
        for (const t of items) printLine(`${t.id}  ${t.name} v${t.version}  ${t.createdAt}`);
      }),
    );

  templates
    .command('save')
    .description("save a workspace's configuration as the next version of a template")
    .requiredOption('--workspace <id>', 'the workspace to save')
    .requiredOption('--name <name>', 'template name')
    .option('--description <text>', 'what the template is for')
    .requiredOption('--operator <email>', OPERATOR_HELP)
    .option('--json', 'print the template')
    .action(
      (options: {
        workspace: string;
        name: string;
        description?: string;
        operator: string;
        json?: boolean;
      }) =>
        withRuntime(async (ctx) => {
          const template = await saveTemplate(ctx, {
            operatorId: await operatorId(ctx, options.operator),
            body: {
              workspaceId: options.workspace,
              name: options.name,
              description: options.description ?? null,
            },
          });
          if (options.json) return printJson(template);
          printLine(`Saved ${template.name} v${template.version}: ${template.id}`);
        }),
    );

  templates
    .command('preview <templateId>')
    .description('what applying the template would change in each workspace; writes nothing')
    .requiredOption('--workspace <ids...>', 'one or more workspace ids')
    .option('--json', 'print the full per-item preview')
    .action((templateId: string, options: { workspace: string[]; json?: boolean }) =>
      withRuntime(async (ctx) => {
        const preview = await previewTemplateFor(ctx, { templateId, workspaceIds: options.workspace });
        if (options.json) return printJson(preview);
        for (const w of preview.workspaces) {
          const counts = Object.fromEntries(
            Object.entries(w.sections).map(([name, s]) => [
              name,
              { added: s.added.length, changed: s.changed.length, removed: s.removed.length },
            ]),
          );
          printLine(`${w.workspaceId} ${w.workspaceName}: ${sectionsLine(counts)}`);
        }
      }),
    );

  templates
    .command('apply <templateId>')
    .description('apply the template to each workspace, one transaction each, audited')
    .requiredOption('--workspace <ids...>', 'one or more workspace ids')
    .requiredOption('--operator <email>', OPERATOR_HELP)
    .option('--json', 'print JSON')
    .action((templateId: string, options: { workspace: string[]; operator: string; json?: boolean }) =>
      withRuntime(async (ctx) => {
        const result = await applyTemplateTo(ctx, {
          operatorId: await operatorId(ctx, options.operator),
          templateId,
          workspaceIds: options.workspace,
        });
        if (options.json) printJson(result);
        else {
          for (const w of result.workspaces) {
            printLine(
              `${w.workspaceId}: ${w.error ? `not applied (${w.error.message})` : sectionsLine(w.sections)}`,
            );
          }
        }
        if (result.workspaces.some((w) => !w.applied)) process.exitCode = 1;
      }),
    );

  templates
    .command('create-workspace <templateId>')
    .description("create a workspace with the template's configuration")
    .requiredOption('--name <name>', 'the business name leads will see')
    .option('--slug <slug>', 'short name used in URLs')
    .option('--timezone <zone>', 'IANA time zone')
    .option('--region <code>', 'ISO country code')
    .requiredOption('--operator <email>', OPERATOR_HELP)
    .option('--json', 'print {"workspaceId","template"}')
    .action(
      (
        templateId: string,
        options: {
          name: string;
          slug?: string;
          timezone?: string;
          region?: string;
          operator: string;
          json?: boolean;
        },
      ) =>
        withRuntime(async (ctx) => {
          const { workspace, template } = await createWorkspaceFromTemplate(ctx, {
            operatorId: await operatorId(ctx, options.operator),
            templateId,
            body: {
              name: options.name,
              ...(options.slug ? { slug: options.slug } : {}),
              ...(options.timezone ? { timezone: options.timezone } : {}),
              ...(options.region ? { defaultRegion: options.region } : {}),
            },
          });
          if (options.json) return printJson({ workspaceId: workspace.id, template });
          printLine(
            `Workspace ${workspace.name} created from ${template.name} v${template.version}: ${workspace.id}`,
          );
        }),
    );

  templates
    .command('delete <templateId>')
    .description('delete one version of a template; workspaces keep what it set')
    .requiredOption('--operator <email>', OPERATOR_HELP)
    .action((templateId: string, options: { operator: string }) =>
      withRuntime(async (ctx) => {
        await deleteTemplate(ctx, { operatorId: await operatorId(ctx, options.operator), templateId });
        printLine(`Deleted ${templateId}`);
      }),
    );
}
