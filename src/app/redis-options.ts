import type { RedisOptions } from 'ioredis';

/** How often ioredis reconnects before a pending command fails instead of waiting on. */
const RECONNECTS_PER_COMMAND = 10;
const CONNECT_TIMEOUT_MS = 5000;
const MAX_RECONNECT_DELAY_MS = 1000;

/**
 * The app's own Redis client (approvals, questions, audit, Slack state; BullMQ keeps its own connections). ioredis
 * sends a command again after a reconnect; bounded reconnects bound how late that resend can be, so it always
 * lands while RedisScript still keeps the first run's answer (src/core/redis-script.ts). Past the bound a command
 * fails, and the person is told Redis is unavailable, instead of it running minutes later.
 */
export const APP_REDIS_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: RECONNECTS_PER_COMMAND,
  connectTimeout: CONNECT_TIMEOUT_MS,
  retryStrategy: (times) => Math.min(times * 100, MAX_RECONNECT_DELAY_MS),
  enableAutoPipelining: true,
};

/** The latest a pending command can be sent again after the connection dropped. */
export const LATEST_RESEND_MS = RECONNECTS_PER_COMMAND * (CONNECT_TIMEOUT_MS + MAX_RECONNECT_DELAY_MS);
