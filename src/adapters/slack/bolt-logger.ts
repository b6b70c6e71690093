import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { logger } from '../../observability/logger.ts';

/** Bolt's logs through the project's pino logger (same format, same redaction). */
export function boltLogger(): BoltLogger {
  const log = logger.child({ component: 'slack' });
  const fmt = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    // Bolt logs whole payloads at debug: format them only when debug is on (it runs on the ack path).
    debug: (...m: unknown[]) => {
      if (log.isLevelEnabled('debug')) log.debug(fmt(m));
    },
    info: (...m: unknown[]) => log.info(fmt(m)),
    warn: (...m: unknown[]) => log.warn(fmt(m)),
    error: (...m: unknown[]) => log.error(fmt(m)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
