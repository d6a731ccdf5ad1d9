import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('closing-cloud leads import', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-cli-import-'));
  const env = { DATA_DIR: path.join(dir, 'data') };
  let workspaceId: string;
  beforeAll(async () => {
    const created = await runCli(['workspaces', 'create', '--name', 'Lakeside Homes', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    workspaceId = JSON.parse(created.stdout).workspaceId;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, text: string) => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    return target;
  };

  it('streams a file through the import, with progress on stderr and the result on stdout', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `Lead ${i},+1737555${String(2000 + i)}`);
    const csv = file(
      'leads.csv',
      [
        'Who,Cell #,sms_consent,consent_text,consent_at',
        'Ana Alvarez,512 555 0161,yes,I agree to texts from Lakeside Homes,2026-01-10T15:30:00Z',
        'No Contact,,,,',
        ...rows,
        'Ana again,+15125550161,,,',
      ].join('\n'),
    );
    const mapping = JSON.stringify({ Who: 'name', 'Cell #': 'phone' });
    const run = await runCli(
      [
        'leads',
        'import',
        csv,
        '--workspace',
        workspaceId,
        '--mapping',
        mapping,
        '--source',
        'old-crm',
        '--json',
      ],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.summary).toEqual({
      created: 121,
      merged: 1,
      rejected: 1,
      total: 123,
      firstResponsesQueued: 1,
    });
    expect(result.rows[0]).toMatchObject({ row: 2, status: 'created', firstResponse: 'queued' });
    expect(result.rows.at(-1)).toMatchObject({ row: 124, status: 'merged', leadId: result.rows[0].leadId });
    expect(run.stderr).toContain('row 3: rejected (lead_unreachable');
    expect(run.stderr).toContain('100 rows: 99 created, 0 merged, 1 rejected');
    expect(run.stderr).not.toContain('Ana');

    const plain = await runCli(
      ['leads', 'import', csv, '--workspace', workspaceId, '--mapping', mapping],
      env,
    );
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('123 rows: 0 created, 122 merged, 1 rejected.');
  });

  it('exits 1 with a message for a malformed file, an unknown workspace or a bad mapping', async () => {
    const broken = file('broken.csv', 'name,phone\nHal,512 555 0191\n"Ida,512 555 0192\n');
    const malformed = await runCli(['leads', 'import', broken, '--workspace', workspaceId], env);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/closing-cloud: The CSV is malformed at line 3/);
    const unknown = await runCli(['leads', 'import', broken, '--workspace', 'nope'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No workspace nope');
    const badMapping = await runCli(
      ['leads', 'import', broken, '--workspace', workspaceId, '--mapping', '{'],
      env,
    );
    expect(badMapping.code).toBe(1);
    expect(badMapping.stderr).toContain('The mapping is not valid JSON');
    const missing = await runCli(
      ['leads', 'import', path.join(dir, 'nope.csv'), '--workspace', workspaceId],
      env,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read');
  });
});
