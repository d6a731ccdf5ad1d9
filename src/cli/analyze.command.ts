import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { AnalyzeInputError, analyze } from '../conversations/understanding/analyze.js';
import {
  type AnalyzeOptions,
  CONFIDENT,
  FACT_FIELDS,
  type FactField,
  type Understanding,
} from '../conversations/understanding/understanding.schema.js';
import { printJson, printLine } from './output.js';
import { CliError } from './runtime.js';

const DEFAULT_ZONE = 'America/New_York';

interface AnalyzeCommandOptions {
  now?: string;
  tz: string;
  jsonl?: boolean;
  json?: boolean;
}

/** How the message stands on consent: revoke (sure), uncertain (a person decides) or keep. */
export interface OptOutDecision {
  decision: 'revoke' | 'uncertain' | 'keep';
  channel: 'sms' | 'voice' | 'all' | null;
  /** 1 for a keyword or a rule's revocation; the model's score for an uncertain one; null for keep. */
  score: number | null;
}

export function optOutDecision(u: Understanding): OptOutDecision {
  if (u.optOut) return { decision: 'revoke', channel: u.optOut.channel, score: 1 };
  if (u.possibleOptOut)
    return { decision: 'uncertain', channel: u.possibleOptOut.channel, score: u.possibleOptOut.score };
  return { decision: 'keep', channel: null, score: null };
}

type Analysis = Understanding & { optOutDecision: OptOutDecision };

function understand(text: string, options: AnalyzeOptions): Analysis {
  try {
    const u = analyze(text, options);
    return { ...u, optOutDecision: optOutDecision(u) };
  } catch (error) {
    if (error instanceof AnalyzeInputError) throw new CliError(error.message);
    throw error;
  }
}

const money = (n: number) => `$${n.toLocaleString('en-US')}`;

/** Each fact as the team would say it, or null when it was not read. */
function factText(u: Understanding, field: FactField): string | null {
  switch (field) {
    case 'timelineMonths':
      return u.timelineMonths === null ? null : `${u.timelineMonths} months`;
    case 'budget': {
      if (u.budgetMin === null && u.budgetMax === null) return null;
      const range =
        u.budgetMin !== null && u.budgetMax !== null
          ? `${money(u.budgetMin)}–${money(u.budgetMax)}`
          : u.budgetMin !== null
            ? `at least ${money(u.budgetMin)}`
            : `up to ${money(u.budgetMax ?? 0)}`;
      return u.intent === 'rent' ? `${range} a month` : range;
    }
    case 'areas':
      return u.areas.length === 0 ? null : u.areas.join('; ');
    case 'requestedTime':
      return u.requestedTime ? `${u.requestedTime.start} – ${u.requestedTime.end}` : null;
    case 'preApproved':
      return u.preApproved === null ? null : u.preApproved ? 'yes' : 'not yet';
    default: {
      const value = u[field];
      return value === null ? null : String(value);
    }
  }
}

/** The reading for people: consent first, then each fact with its confidence ("ask" below CONFIDENT). */
function printText(a: Analysis): void {
  const d = a.optOutDecision;
  const score = d.score === null ? '' : ` score ${d.score.toFixed(2)}`;
  const channel = d.channel ? ` (${d.channel})` : '';
  const reason = a.optOut ? ` ${a.optOut.reason}` : '';
  printLine(`${'opt-out'.padEnd(16)}${d.decision}${channel}${score}${reason}`);
  if (a.possibleOptOut) printLine(`${'  trigger'.padEnd(16)}${JSON.stringify(a.possibleOptOut.trigger)}`);
  if (a.keyword) printLine(`${'keyword'.padEnd(16)}${a.keyword}`);
  printLine(`${'language'.padEnd(16)}${a.language}`);
  for (const field of FACT_FIELDS) {
    const text = factText(a, field);
    if (text === null) continue;
    const c = a.confidence[field] ?? 1;
    const note = c < CONFIDENT ? '  ask back' : '';
    printLine(`${field.padEnd(16)}${text.padEnd(34)} confidence ${c.toFixed(2)}${note}`);
  }
  if (a.wantsHuman) printLine(`${'wantsHuman'.padEnd(16)}yes`);
  if (a.question) printLine(`${'question'.padEnd(16)}${a.question}`);
}

/** One `{"text","now","tz"}` line in, one result (or `{"error"}`) out. */
function analyzeLine(line: string, defaults: AnalyzeCommandOptions): unknown {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { error: 'not a JSON object' };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { error: 'not a JSON object' };
  const { text, now, tz } = input as Record<string, unknown>;
  if (typeof text !== 'string') return { error: '"text" must be a string' };
  if (now !== undefined && typeof now !== 'string') return { error: '"now" must be an ISO-8601 string' };
  if (tz !== undefined && typeof tz !== 'string') return { error: '"tz" must be an IANA zone name' };
  try {
    const u = analyze(text, { now: now ?? defaults.now ?? new Date(), tz: tz ?? defaults.tz });
    return { ...u, optOutDecision: optOutDecision(u) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function analyzeStream(options: AnalyzeCommandOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(analyzeLine(line, options))}\n`);
  }
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('print what the conversation engine understands in a message (no database needed)')
    .argument('[text]', 'the message, as the lead wrote it')
    .option('--now <iso>', 'when the message arrived, ISO-8601 (default: now)')
    .option('--tz <zone>', "the lead's IANA time zone", DEFAULT_ZONE)
    .option('--json', 'print the whole reading as JSON, with "optOutDecision" and "confidence"')
    .option('--jsonl', 'read {"text","now","tz"} lines on standard input and write one JSON result per line')
    .action(async (text: string | undefined, options: AnalyzeCommandOptions) => {
      if (options.jsonl) {
        if (text !== undefined) throw new CliError('give either TEXT or --jsonl, not both');
        await analyzeStream(options);
        return;
      }
      if (text === undefined)
        throw new CliError('give the message TEXT, or --jsonl to read lines on standard input');
      const analysis = understand(text, { now: options.now ?? new Date(), tz: options.tz });
      if (options.json) printJson(analysis);
      else printText(analysis);
    });
}
