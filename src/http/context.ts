import type { DatabaseHandle, Db, Dialect } from '../db/database.js';
import type { Clock } from '../platform/clock.js';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';

/** What every route and job handler is given: the process's configuration and its shared resources. */
export interface AppContext {
  config: Config;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  logger: Logger;
}

export function contextFrom(props: {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
}): AppContext {
  return {
    config: props.config,
    db: props.database.db,
    dialect: props.database.dialect,
    clock: props.clock,
    logger: props.logger,
  };
}
