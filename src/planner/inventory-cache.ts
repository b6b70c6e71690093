import { CoxswainError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
import type { Inventory } from './plan.ts';

/**
 * The cluster inventory for planning, fetched at most once per TTL. Concurrent callers share one fetch; a failed
 * refresh keeps serving the last good inventory (and says so in the logs), because a slightly old list of names is
 * far better for planning than no answer at all. Only the very first fetch can fail a caller.
 */
export class InventoryCache {
  readonly #source: () => Promise<Inventory>;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #value: Inventory | undefined;
  #fetchedAt = Number.NEGATIVE_INFINITY;
  #inflight: Promise<Inventory> | undefined;

  constructor(source: () => Promise<Inventory>, opts: { ttlMs?: number; now?: () => number } = {}) {
    this.#source = source;
    this.#ttlMs = opts.ttlMs ?? 30_000;
    this.#now = opts.now ?? Date.now;
  }

  async get(): Promise<Inventory> {
    if (this.#value && this.#now() - this.#fetchedAt < this.#ttlMs) return this.#value;
    this.#inflight ??= this.#refresh().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /** The next get() fetches again (e.g. after a write changed replicas or created a Deployment). */
  invalidate(): void {
    this.#fetchedAt = Number.NEGATIVE_INFINITY;
  }

  async #refresh(): Promise<Inventory> {
    try {
      const inv = await this.#source();
      this.#value = inv;
      this.#fetchedAt = this.#now();
      return inv;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (this.#value) {
        logger.warn(
          { err: message, ageMs: this.#now() - this.#fetchedAt },
          'inventory refresh failed; planning with the last good inventory',
        );
        return this.#value;
      }
      throw new CoxswainError(
        'unavailable',
        'cluster',
        `Could not read the cluster inventory (${message}). Check that the cluster is reachable, then try again.`,
        {
          transient: true,
          cause: err,
        },
      );
    }
  }
}
