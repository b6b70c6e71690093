import { type ConnectionOptions, Queue, QueueEvents } from 'bullmq';
import { CoxswainError } from '../core/errors.ts';
import type { EffectLog } from './effects.ts';
import { type ExecutionJobInput, type ExecutionOutcome, ExecutionOutcomeSchema, RUNNING_ELSEWHERE } from './job.ts';

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
  /** The effect markers, read for the end another copy of a job recorded (a job failed with RunningElsewhere). */
  effects?: EffectLog;
}

/**
 * Adds actions and waits for their outcome. The job id is the approval or request id: adding it again is a
 * no-op in BullMQ, and waiting on it returns the first run's outcome.
 */
export class ExecutionQueue {
  readonly queue: Queue;
  readonly #events: QueueEvents;
  readonly #ready: Promise<unknown>;
  readonly #effects: EffectLog | undefined;

  constructor(opts: ExecutionQueueOptions) {
    const name = opts.name ?? QUEUE_NAME;
    this.#effects = opts.effects;
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
   * sentence. A wait longer than `timeoutMs` ends in one of two truths: a job a worker has picked up (its call may
   * be out, the API server has not confirmed it) is `running`, and its outcome is recorded when known; a job no
   * worker took says so (is a worker running?).
   */
  async run(data: ExecutionJobInput, timeoutMs = 120_000): Promise<ExecutionOutcome> {
    await this.#ready;
    const stamped = { ...data, plannedAt: data.plannedAt ?? new Date().toISOString() };
    const job = await this.queue.add(data.tool, stamped, { jobId: data.id });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const finished = job
        .waitUntilFinished(this.#events)
        .catch((err: unknown) => this.#failed(data.id, err instanceof Error ? err.message : String(err), err));
      const first = await Promise.race([finished, timeout]);
      if (first !== 'timeout') return ExecutionOutcomeSchema.parse(first);
      return await this.#stillGoing(data.id, timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Whether a job with this id is in the queue (waiting, running, or kept after it finished). */
  async has(id: string): Promise<boolean> {
    await this.#ready;
    return (await this.queue.getJob(id)) !== undefined;
  }

  /**
   * A failed job's answer. The worker's failedReason is already a sentence for a person (see executor.ts), except
   * when another copy of the job held its call (RunningElsewhere): then the end that copy recorded in the effect
   * marker is the answer, or `running` while it has none (asked again later, the recorded end).
   */
  async #failed(id: string, reason: string, cause?: unknown): Promise<ExecutionOutcome> {
    if (!reason.startsWith(RUNNING_ELSEWHERE)) throw new CoxswainError('internal', 'cluster', reason, { cause });
    const marker = await this.#effects?.get(id);
    if (marker?.status === 'executed' && marker.outcome) return marker.outcome;
    if (marker?.status === 'failed') throw new CoxswainError('internal', 'cluster', marker.error ?? reason, { cause });
    return { status: 'running', reason };
  }

  async #stillGoing(id: string, waitedMs: number): Promise<ExecutionOutcome> {
    const job = await this.queue.getJob(id);
    const state = job ? await job.getState() : 'unknown';
    if (job && (state === 'active' || job.attemptsMade > 0)) {
      return {
        status: 'running',
        reason: `Sent: a worker is running the action ${id}, but the API server has not confirmed it after ${Math.round(waitedMs / 1000)}s. coxswain keeps checking by reading the target back; the outcome goes to the audit log and the approval's card when it is known (asking again would be a second action).`,
      };
    }
    // It finished as the wait ended.
    if (job && state === 'completed') return ExecutionOutcomeSchema.parse(job.returnvalue);
    if (job && state === 'failed') return this.#failed(id, job.failedReason);
    // Still queued: it runs when a worker takes it (workers busy with a burst, or restarting), so it is not failed.
    if (job) {
      return {
        status: 'running',
        reason: `Queued: no worker has taken the action ${id} in ${Math.round(waitedMs / 1000)}s (all busy, or none running: start one with \`coxswain worker\` or \`coxswain serve\`). It runs when a worker takes it; the outcome goes to the audit log and the approval's card (asking again would be a second action).`,
      };
    }
    throw new CoxswainError(
      'unavailable',
      'system',
      `The action ${id} is queued but no worker finished it in ${Math.round(waitedMs / 1000)}s; start one with \`coxswain worker\` (or \`coxswain serve\`).`,
      { transient: true },
    );
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), this.#events.close()]);
  }
}
