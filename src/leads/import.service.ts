import { Transform } from 'node:stream';
import { CsvError, type Parser, parse } from 'csv-parse';
import type { AppContext } from '../http/context.js';
import { AppError, badRequest, isAppError, notFound, payloadTooLarge } from '../platform/errors.js';
import { type AuditEntry, audit } from '../workspaces/audit.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { type ColumnPlan, planColumns, rowToLead } from './import.mapping.js';
import type {
  ImportEvent,
  ImportMapping,
  ImportResult,
  ImportRowResult,
  ImportSummary,
} from './import.schema.js';
import { receiveLead } from './intake.service.js';

/** A progress line every this many rows. */
export const PROGRESS_EVERY = 100;
/** Rows listed in a JSON answer; the summary counts every row. */
export const MAX_LISTED_ROWS = 1000;
/** One record longer than this is not a lead but a broken file. */
const MAX_RECORD_BYTES = 256 * 1024;

export interface ImportLeadsProps {
  workspaceId: string;
  /** The CSV, as it arrives: read record by record, never held whole. */
  input: NodeJS.ReadableStream;
  mapping?: ImportMapping | undefined;
  /** Source for rows without a source column. */
  source?: string | undefined;
  /** Refuse more than this many bytes (HTTP uploads); the CLI reads files of any size. */
  maxBytes?: number | undefined;
  actor: AuditEntry['actor'];
  ip?: string | undefined;
}

/**
 * Imports a CSV of leads row by row through the same intake as every other source: each row is its
 * own transaction, so a bad row is a result, not a failure of the file. Rows without consent
 * evidence are stored and never texted. Yields each row's result, progress, and the summary last.
 */
export async function* importLeads(ctx: AppContext, props: ImportLeadsProps): AsyncGenerator<ImportEvent> {
  const workspace = await findWorkspace(ctx.db, props.workspaceId);
  if (!workspace) throw notFound('Workspace');
  const parser = openRecords(props.input, props.maxBytes);
  const summary: ImportSummary = { created: 0, merged: 0, rejected: 0, total: 0, firstResponsesQueued: 0 };
  const record = (outcome: 'completed' | 'failed' | 'stopped') =>
    audit(ctx.db, {
      workspaceId: props.workspaceId,
      actor: props.actor,
      action: 'leads.imported',
      details: { outcome, ...summary },
      ip: props.ip,
      at: ctx.clock.now(),
    });
  let audited = false;
  let plan: ColumnPlan | undefined;
  try {
    for await (const { record: cells, info } of parser as AsyncIterable<CsvRecord>) {
      if (!plan) {
        plan = planColumns(cells, props.mapping);
        continue;
      }
      const result = await importRow(ctx, {
        workspaceId: props.workspaceId,
        row: info.records,
        conversion: rowToLead(cells, plan, {
          defaultSource: props.source ?? 'import',
          timezone: workspace.timezone,
          now: ctx.clock.now(),
        }),
      });
      count(summary, result);
      yield result;
      if (summary.total % PROGRESS_EVERY === 0) yield { type: 'progress', ...summary };
    }
    if (!plan)
      throw badRequest('The file is empty: it needs a header row, then leads', undefined, 'empty_csv');
    // Recorded before the last line is handed over: a reader may stop once it has the summary.
    audited = true;
    await record('completed');
    yield { type: 'summary', ...summary };
  } catch (error) {
    audited = true;
    await record('failed');
    throw importFailure(error, summary);
  } finally {
    parser.destroy();
    // A reader that went away (a closed connection) leaves an import stopped half-way.
    if (!audited) await record('stopped');
  }
}

interface CsvRecord {
  record: string[];
  info: { records: number };
}

function count(summary: ImportSummary, result: ImportRowResult): void {
  summary.total += 1;
  summary[result.status] += 1;
  if (result.firstResponse === 'queued' || result.firstResponse === 'deferred')
    summary.firstResponsesQueued += 1;
}

/**
 * The records of the CSV, one at a time, with back-pressure to the source.
 * - The parser is not destroyed by its own error (`autoDestroy: false`): the records parsed before the
 *   bad line are still read, then the error. Destroying would drop them unimported.
 * - The source is piped, not put in a pipeline: a pipeline would destroy it on a parse error, and
 *   with it the HTTP connection that must still carry the 400.
 */
function openRecords(input: NodeJS.ReadableStream, maxBytes: number | undefined): Parser {
  const options = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_RECORD_BYTES,
    autoDestroy: false,
  };
  const parser = parse(options);
  const limiter = byteLimit(maxBytes);
  // Upstream failures reach the reader the same way: after the records already parsed.
  input.on('error', (error) => parser.emit('error', error));
  limiter.on('error', (error) => parser.emit('error', error));
  parser.on('close', () => {
    input.unpipe(limiter);
    // Whatever is left of the upload is read and dropped, so the connection can carry the answer.
    input.resume();
  });
  input.pipe(limiter).pipe(parser);
  return parser;
}

function importFailure(error: unknown, summary: ImportSummary): unknown {
  if (error instanceof CsvError) {
    const line = typeof error.lines === 'number' ? error.lines : undefined;
    // Only the first part of the parser's message: the rest quotes the offending value, personal data.
    return badRequest(
      `The CSV is malformed at line ${line ?? '?'}: ${error.message.split(':')[0]}. Rows before it were imported.`,
      { line, csvCode: error.code, imported: summary },
      'malformed_csv',
    );
  }
  if (isAppError(error) && error.code === 'payload_too_large') {
    return new AppError(413, error.code, `${error.message}. Rows before the limit were imported.`, {
      imported: summary,
    });
  }
  return error;
}

async function importRow(
  ctx: AppContext,
  props: { workspaceId: string; row: number; conversion: ReturnType<typeof rowToLead> },
): Promise<ImportRowResult> {
  const { lead, hasConsent, warnings } = props.conversion;
  const extra = warnings.length > 0 ? { warnings } : {};
  try {
    const received = await receiveLead(ctx, {
      ...lead,
      workspaceId: props.workspaceId,
      channel: 'import',
      attemptFirstResponse: hasConsent,
    });
    return {
      type: 'row',
      row: props.row,
      status: received.merged ? 'merged' : 'created',
      leadId: received.leadId,
      firstResponse: received.firstResponse.status,
      ...extra,
    };
  } catch (error) {
    // An expected refusal (no way to reach the person) is this row's result; anything else stops the file.
    if (!isAppError(error) || error.status !== 422) throw error;
    return {
      type: 'row',
      row: props.row,
      status: 'rejected',
      reason: `${error.code}: ${error.message}`,
      ...extra,
    };
  }
}

function byteLimit(maxBytes: number | undefined): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (maxBytes !== undefined && seen > maxBytes) {
        callback(payloadTooLarge(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`));
        return;
      }
      callback(null, chunk);
    },
  });
}

/** Drains an import into one JSON answer, listing the first rows and counting all of them. */
export async function collectImport(events: AsyncIterable<ImportEvent>): Promise<ImportResult> {
  const rows: ImportRowResult[] = [];
  let summary: ImportSummary | undefined;
  let total = 0;
  for await (const event of events) {
    if (event.type === 'row') {
      total += 1;
      if (rows.length < MAX_LISTED_ROWS) rows.push(event);
    } else if (event.type === 'summary') {
      const { type: _type, ...counts } = event;
      summary = counts;
    }
  }
  if (!summary) throw new Error('The import ended without a summary');
  return { summary, rows, truncated: total > rows.length };
}
