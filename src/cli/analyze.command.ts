import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { AnalyzeInputError, analyze } from '../conversations/understanding/analyze.js';
import type { AnalyzeOptions, Understanding } from '../conversations/understanding/understanding.schema.js';
import { printJson } from './output.js';
import { CliError } from './runtime.js';

const DEFAULT_ZONE = 'America/New_York';

interface AnalyzeCommandOptions {
  now?: string;
  tz: string;
  jsonl?: boolean;
}

function understand(text: string, options: AnalyzeOptions): Understanding {
  try {
    return analyze(text, options);
  } catch (error) {
    if (error instanceof AnalyzeInputError) throw new CliError(error.message);
    throw error;
  }
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
    return analyze(text, { now: now ?? defaults.now ?? new Date(), tz: tz ?? defaults.tz });
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
    .option('--jsonl', 'read {"text","now","tz"} lines on standard input and write one JSON result per line')
    .action(async (text: string | undefined, options: AnalyzeCommandOptions) => {
      if (options.jsonl) {
        if (text !== undefined) throw new CliError('give either TEXT or --jsonl, not both');
        await analyzeStream(options);
        return;
      }
      if (text === undefined)
        throw new CliError('give the message TEXT, or --jsonl to read lines on standard input');
      printJson(understand(text, { now: options.now ?? new Date(), tz: options.tz }));
    });
}
