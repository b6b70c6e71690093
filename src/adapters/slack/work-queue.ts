import { logger } from '../../observability/logger.ts';

/**
 * The work after an ack (planning, cluster calls, posting), at most `concurrency` at a time. Acks run on the same
 * event loop: without a bound, a burst of 100 events would put 100 requests' work ahead of the next ack.
 */
export class WorkQueue {
  readonly #concurrency: number;
  readonly #waiting: (() => Promise<void>)[] = [];
  #running = 0;

  constructor(concurrency: number) {
    this.#concurrency = concurrency;
  }

  /** Queues `job`; it runs when a slot is free. Failures are logged, never thrown back to Bolt. */
  push(job: () => Promise<void>): void {
    this.#waiting.push(job);
    this.#next();
  }

  #next(): void {
    while (this.#running < this.#concurrency && this.#waiting.length > 0) {
      const job = this.#waiting.shift() as () => Promise<void>;
      this.#running++;
      // setImmediate: start after pending I/O (the next request's ack) rather than in the ack's own tick.
      setImmediate(() => {
        // Through a promise: a job that throws before returning one (a listener's JSON.parse of a signed but
        // malformed button value) is a failure like any other, not an uncaught exception that ends the process.
        Promise.resolve()
          .then(job)
          .catch((err: unknown) => logger.error({ err: (err as Error).message }, 'slack work failed'))
          .finally(() => {
            this.#running--;
            this.#next();
          });
      });
    }
  }

  /** Jobs queued or running (for tests and shutdown). */
  get size(): number {
    return this.#running + this.#waiting.length;
  }
}
