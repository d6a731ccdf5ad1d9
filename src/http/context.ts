import type { LanguageAssist } from '../conversations/engine.types.js';
import type { DatabaseHandle, Db, Dialect } from '../db/database.js';
import { createSmsProvider } from '../messaging/providers/create-provider.js';
import type { SmsProvider } from '../messaging/providers/provider.js';
import type { Clock } from '../platform/clock.js';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import type { CalendarRegistry } from '../scheduling/calendar.types.js';

/** What every route and job handler is given: the process's configuration and its shared resources. */
export interface AppContext {
  config: Config;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  logger: Logger;
  /** The SMS provider SMS_PROVIDER names: Twilio, or the sandbox where nothing leaves the machine. */
  sms: SmsProvider;
  /** Connected calendars per agent; absent means every provider in scheduling/calendar.providers.ts. */
  calendars?: CalendarRegistry;
  /** An optional language model helping the conversation engine; absent, the built-in engine works alone. */
  assist?: LanguageAssist;
}

export function contextFrom(props: {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  sms?: SmsProvider;
  calendars?: CalendarRegistry;
  assist?: LanguageAssist;
}): AppContext {
  return {
    config: props.config,
    db: props.database.db,
    dialect: props.database.dialect,
    clock: props.clock,
    logger: props.logger,
    // The sandbox's record of a send is the outbox row itself, so it has nothing more to store.
    sms: props.sms ?? createSmsProvider(props.config.sms, { onSend: async () => {}, clock: props.clock }),
    ...(props.calendars ? { calendars: props.calendars } : {}),
    ...(props.assist ? { assist: props.assist } : {}),
  };
}
