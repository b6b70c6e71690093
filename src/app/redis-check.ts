import { Redis } from 'ioredis';
import { CoxswainError } from '../core/errors.ts';

const CONNECT_TIMEOUT_MS = 5000;

/** host:port of a REDIS_URL, never its user or password. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'the address in REDIS_URL';
  }
}

/** One sentence naming REDIS_URL and the fix, for what Redis (or the network) said. */
function explain(url: string, err: Error): string {
  const at = where(url);
  const message = err.message ?? '';
  if (/NOAUTH/i.test(message)) {
    return `Redis at ${at} requires a password, and REDIS_URL has none. Put it in REDIS_URL: redis://:PASSWORD@${at} (or redis://USER:PASSWORD@${at} with an ACL user).`;
  }
  if (/WRONGPASS|invalid (username-)?password|invalid password/i.test(message)) {
    return `Redis at ${at} refused the user or password in REDIS_URL. Fix them in REDIS_URL (redis://USER:PASSWORD@${at}).`;
  }
  if (/without any password configured|no password is set/i.test(message)) {
    return `REDIS_URL has a password, but Redis at ${at} has none configured. Remove it from REDIS_URL, or set requirepass on the server.`;
  }
  if (/NOPERM|no permissions/i.test(message)) {
    return `The Redis user in REDIS_URL may not run the commands coxswain needs at ${at}. Give it +@all on its keys, or use another user in REDIS_URL.`;
  }
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `The host in REDIS_URL (${at}) does not resolve. Check the name in REDIS_URL.`;
  }
  if (code === 'ECONNREFUSED') {
    return `Nothing accepts connections at ${at} (REDIS_URL). Start Redis there, or point REDIS_URL at one that runs.`;
  }
  if (code === 'ETIMEDOUT' || /timed? ?out/i.test(message)) {
    return `Redis at ${at} (REDIS_URL) did not answer within ${CONNECT_TIMEOUT_MS / 1000} s. Check that it runs and that this machine can reach it (firewall, network policy).`;
  }
  return `Redis at ${at} (REDIS_URL) could not be used: ${message.replace(/\s+/g, ' ').slice(0, 200)}. Check REDIS_URL and the server.`;
}

/**
 * Connects once, authenticates and PINGs, before anything else uses REDIS_URL: the long-lived connections
 * retry for ever (which is right once running) and a missing password surfaced as an unhandled NOAUTH stack
 * from a background connection. Here it is a start-up error naming REDIS_URL and the fix.
 */
export async function checkRedis(url: string): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError: Error | undefined;
  probe.on('error', (err: Error) => {
    lastError = err;
  });
  try {
    await probe.connect();
    await probe.ping();
    // A refused SELECT (a database number the server does not have, or cluster mode) is only an error event: the
    // connection stays on database 0, and the long-lived ones would print it as an unhandled stack on every connect.
    if (lastError) throw lastError;
  } catch (err) {
    throw new CoxswainError('config', 'system', explain(url, lastError ?? (err as Error)), { cause: err });
  } finally {
    probe.disconnect();
  }
}
