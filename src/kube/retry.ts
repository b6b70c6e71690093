import { logger } from '../observability/logger.ts';
import { isRetryable, retryAfterMs } from './errors.ts';

export interface RetryOptions {
  /** Total tries, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, baseDelayMs: 200, maxDelayMs: 5000 };

/**
 * Runs `fn` again on 429, 5xx, timeouts and dropped connections, with exponential backoff and jitter, or after
 * the server's Retry-After (capped). Every other error is final at once.
 */
export async function withRetry<T>(label: string, fn: () => Promise<T>, opts: RetryOptions = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= opts.attempts || !isRetryable(err)) throw err;
      const backoff = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      const delay = Math.min(opts.maxDelayMs, retryAfterMs(err) ?? backoff);
      logger.debug({ label, attempt, delay }, 'retrying Kubernetes call');
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
