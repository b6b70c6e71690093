import { type ConnectionOptions, Queue, QueueEvents } from 'bullmq';
import { CoxswainError } from '../core/errors.ts';
import { type ExecutionJobInput, type ExecutionOutcome, ExecutionOutcomeSchema } from './job.ts';

/** The one BullMQ queue of actions; its keys live under `REDIS_PREFIX` (BullMQ's own `prefix`). */
export const QUEUE_NAME = 'actions';

export interface ExecutionQueueOptions {
  connection: ConnectionOptions;
  prefix: string;
  /** Defaults to `actions`; tests and the bench use their own. */
  name?: string;
  /** Attempts per job on transient errors (default 4), with exponential backoff from `backoffMs` (default 500). */
  attempts?: number;
  backoffMs?: number;
}

/**
 * Adds actions and waits for their outcome. The job id is the approval or request id: adding it again is a
 * no-op in BullMQ, and waiting on it returns the first run's outcome.
 */
export class ExecutionQueue {
  readonly queue: Queue;
  readonly #events: QueueEvents;
  readonly #ready: Promise<unknown>;

  constructor(opts: ExecutionQueueOptions) {
    const name = opts.name ?? QUEUE_NAME;
    this.queue = new Queue(name, {
      connection: opts.connection,
      prefix: opts.prefix,
      defaultJobOptions: {
        attempts: opts.attempts ?? 4,
        backoff: { type: 'exponential', delay: opts.backoffMs ?? 500 },
        // Kept a day so a repeated enqueue (a retried click) finds the finished job and its outcome.
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
    this.#events = new QueueEvents(name, { connection: opts.connection, prefix: opts.prefix });
    this.#ready = this.#events.waitUntilReady();
  }

  /**
   * Enqueues (or finds) the job and waits for it. A failure is thrown as a CoxswainError with the worker's
   * sentence; a wait longer than `timeoutMs` says the action is still queued (is a worker running?).
   */
  async run(data: ExecutionJobInput, timeoutMs = 120_000): Promise<ExecutionOutcome> {
    await this.#ready;
    const stamped = { ...data, plannedAt: data.plannedAt ?? new Date().toISOString() };
    const job = await this.queue.add(data.tool, stamped, { jobId: data.id });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new CoxswainError(
              'unavailable',
              'system',
              `The action ${data.id} is queued but no worker finished it in ${Math.round(timeoutMs / 1000)}s; start one with \`coxswain worker\` (or \`coxswain serve\`).`,
              { transient: true },
            ),
          ),
        timeoutMs,
      );
    });
    try {
      const finished = job.waitUntilFinished(this.#events).catch((err: unknown) => {
        // The worker's failedReason is already a sentence for a person (see executor.ts).
        throw new CoxswainError('internal', 'cluster', err instanceof Error ? err.message : String(err), { cause: err });
      });
      return ExecutionOutcomeSchema.parse(await Promise.race([finished, timeout]));
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), this.#events.close()]);
  }
}
