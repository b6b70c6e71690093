import { type ConnectionOptions, Worker } from 'bullmq';
import type { ApprovalStore } from '../approvals/store.ts';
import { logger } from '../observability/logger.ts';
import type { JobLike } from './executor.ts';
import type { ExecutionOutcome } from './job.ts';
import { QUEUE_NAME } from './queue.ts';

export interface ExecutionWorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  name?: string;
  /** Jobs run at once by this process (WORKER_CONCURRENCY, default 4). */
  concurrency?: number;
  /**
   * How long a job's lock lives without renewal (default 30 s). A worker that dies (SIGKILL) stops renewing;
   * after this the stalled check moves its job back to waiting and another worker picks it up.
   */
  lockDurationMs?: number;
  /** How often this worker looks for stalled jobs (default 30 s, BullMQ's). */
  stalledIntervalMs?: number;
  /** The periodic expiry sweep of pending approvals (default every 15 s; 0 = off). */
  sweep?: { approvals: ApprovalStore; intervalMs?: number };
}

export interface ExecutionWorker {
  worker: Worker;
  /** Stops taking jobs and waits for the active ones to finish (graceful shutdown). */
  close(): Promise<void>;
}

export function startExecutionWorker(
  processor: (job: JobLike) => Promise<ExecutionOutcome>,
  opts: ExecutionWorkerOptions,
): ExecutionWorker {
  const worker = new Worker(opts.name ?? QUEUE_NAME, processor, {
    connection: opts.connection,
    prefix: opts.prefix,
    concurrency: opts.concurrency ?? 4,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: opts.stalledIntervalMs ?? 30_000,
    // BullMQ would fail a job that stalls too often inside Redis, without the executor: no audit entry for a
    // write that may have landed. The executor counts stalls itself (job.stalledCounter) and settles the job.
    maxStalledCount: Number.MAX_SAFE_INTEGER,
  });
  worker.on('failed', (job, err) =>
    logger.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'action failed'),
  );
  worker.on('stalled', (jobId) => logger.warn({ jobId }, 'action stalled (its worker stopped); it will run again'));
  worker.on('error', (err) => logger.error({ err: err.message }, 'worker error'));

  const sweepEvery = opts.sweep?.intervalMs ?? 15_000;
  const sweeper =
    opts.sweep && sweepEvery > 0
      ? setInterval(() => {
          opts.sweep?.approvals
            .sweepExpired()
            .catch((err: Error) => logger.warn({ err: err.message }, 'approval expiry sweep failed'));
        }, sweepEvery)
      : undefined;
  sweeper?.unref();

  return {
    worker,
    close: async () => {
      clearInterval(sweeper);
      await worker.close();
    },
  };
}
