import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/service-process.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-cli-templates-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('closing-cloud templates', () => {
  it('saves a workspace as a template, previews and applies it, and starts a workspace from it', {
    timeout: 480_000,
  }, async () => {
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    const run = async (args: string[]) => {
      const result = await runCli(args, env, 60_000);
      expect(result.code, result.stderr).toBe(0);
      return result.stdout;
    };
    const workspace = async (name: string) =>
      JSON.parse(await run(['workspaces', 'create', '--name', name, '--json'])).workspaceId as string;
    const source = await workspace('Source Homes');
    const target = await workspace('Target Homes');
    const operator = 'ops@templates.example';
    await run([
      'users',
      'create',
      '--operator',
      '--email',
      operator,
      '--name',
      'Ops',
      '--password',
      'ops-cli-password',
    ]);

    const refused = await runCli(
      ['templates', 'save', '--workspace', source, '--name', 'Base', '--operator', 'nobody@x.example'],
      env,
      60_000,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not a platform operator');

    const saved = JSON.parse(
      await run([
        'templates',
        'save',
        '--workspace',
        source,
        '--name',
        'Base',
        '--operator',
        operator,
        '--json',
      ]),
    );
    expect(saved).toMatchObject({ name: 'Base', version: 1 });
    const preview = JSON.parse(
      await run(['templates', 'preview', saved.id, '--workspace', target, '--json']),
    );
    expect(preview.workspaces).toEqual([expect.objectContaining({ workspaceId: target, lastApplied: null })]);
    const applied = JSON.parse(
      await run(['templates', 'apply', saved.id, '--workspace', target, '--operator', operator, '--json']),
    );
    expect(applied.workspaces).toEqual([expect.objectContaining({ workspaceId: target, applied: true })]);
    const created = JSON.parse(
      await run([
        'templates',
        'create-workspace',
        saved.id,
        '--name',
        'Third Homes',
        '--operator',
        operator,
        '--json',
      ]),
    );
    expect(created.template).toMatchObject({ id: saved.id });
    expect(await run(['templates', 'list'])).toContain('Base v1');
  });
});
