import pino from 'pino';
import { createLanguageAssist } from '../conversations/ai/assist.js';
import type { LanguageAssist } from '../conversations/engine.types.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { type AppContext, contextFrom } from '../http/context.js';
import { systemClock } from '../platform/clock.js';
import { type Config, ConfigError, loadConfig } from '../platform/config.js';
import { createLogger, type Logger } from '../platform/logger.js';

export interface Runtime {
  ctx: AppContext;
  close(): Promise<void>;
}

export class CliError extends Error {}

export function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Opens the configured database (migrating it unless told not to) with a logger. Servers log to stdout;
 * one-shot commands log to stderr so their stdout stays clean for `--json`.
 */
export async function openRuntime(options: {
  logTo: 'stdout' | 'stderr';
  migrate?: boolean;
  level?: string;
}): Promise<Runtime> {
  const config = readConfig();
  const logger = createLogger({
    level: options.level ?? config.logLevel,
    destination: pino.destination({
      dest: options.logTo === 'stdout' ? 1 : 2,
      sync: options.logTo === 'stderr',
    }),
  });
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (options.migrate !== false) {
    const outcome = await migrateToLatest(database.db);
    if (outcome.error) {
      await database.destroy();
      const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      throw new CliError(`Migrations failed: ${reason}`);
    }
    if (outcome.applied.length > 0)
      logger.info({ category: 'db', applied: outcome.applied }, 'migrations applied');
  }
  const assist = languageAssist(config, logger);
  const ctx = contextFrom({ config, database, clock: systemClock, logger, ...(assist ? { assist } : {}) });
  return { ctx, close: () => database.destroy() };
}

/** The optional LLM behind LLM_PROVIDER; without one the built-in engine works alone. */
function languageAssist(config: Config, logger: Logger): LanguageAssist | null {
  try {
    return createLanguageAssist(config.llm, { logger });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
