import { randomUUID } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import type { ApprovalState } from '../approvals/approval.ts';
import type { ApprovalStore } from '../approvals/store.ts';
import type { AuditLog } from '../audit/log.ts';
import { getTool } from '../catalog/registry.ts';
import type { ToolContext, ToolDefinition } from '../catalog/tool.ts';
import { asCoxswainError, CoxswainError } from '../core/errors.ts';
import type { ClusterResolver, EventPublisher } from '../core/ports.ts';
import { recordExecution, requestLogger } from '../observability/record.ts';
import { contextOf, withSpan } from '../observability/tracing.ts';
import type { EffectLog } from './effects.ts';
import { type ExecutionJob, ExecutionJobSchema, type ExecutionOutcome, RUNNING_ELSEWHERE } from './job.ts';
import { DEFAULT_READ_BACK, landed, type ReadBackOptions, tookEffect } from './read-back.ts';

export interface ExecutorDeps {
  approvals: ApprovalStore;
  effects: EffectLog;
  audit: Pick<AuditLog, 'appendWithEffect'>;
  events: EventPublisher;
  clusterFor: ClusterResolver;
  /** Re-plans a request whose target drifted into a new approval; returns the new approval's id when one was created. */
  onDrift(approval: ApprovalState): Promise<string | undefined>;
  /** How a call whose answer never came is read back before it may be called failed (default 90 s, every 1 s). */
  readBack?: ReadBackOptions;
  /**
   * Stalls (its worker died holding it) after which a job is only read back and recorded, never called again
   * (default 2), so a job that kills its worker settles instead of crashing workers forever.
   */
  stallLimit?: number;
  /** How long the record of a call that went out waits for an unreachable Redis (default RECORD_PATIENCE_MS). */
  recordPatienceMs?: number;
}

/** Two minutes: past it, the job fails unrecorded and BullMQ's next attempt (or the stalled check) settles it. */
export const RECORD_PATIENCE_MS = 120_000;

/**
 * Another run of this job (a copy BullMQ handed out when the lock was lost) holds the claim of its call: this run
 * records nothing and stops; the other run's end is the record, which BullMQ's retry of this job finds.
 */
export class RunningElsewhere extends CoxswainError {
  constructor(job: ExecutionJob) {
    super(
      'conflict',
      'system',
      `${RUNNING_ELSEWHERE} ${job.tool} for request ${job.requestId}; its outcome is the one recorded.`,
      {
        transient: true,
      },
    );
  }
}

/** A command that failed because Redis could not be reached (not a script error, not a refusal). */
function redisUnreachable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return (
    err.name === 'MaxRetriesPerRequestError' ||
    /Connection is closed|Stream isn't writeable|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|enableOfflineQueue/i.test(err.message)
  );
}

/** The part of a BullMQ job the executor reads (tests and the bench may hand it a plain object). */
export interface JobLike {
  data: unknown;
  attemptsMade: number;
  opts: { attempts?: number };
  /** When BullMQ first added the job (ms); the effect's time when the job data carries none. */
  timestamp?: number;
  /** How often the job's worker stopped while holding it (BullMQ's stalled check). */
  stalledCounter?: number;
}

/**
 * Runs one action exactly once in effect:
 * 1. an action already recorded `executed` (effect marker or approval) is not run again;
 * 2. an approved action whose target changed since the approval (fingerprint) does not run: the approval fails
 *    with `drift` and the request is re-planned into a new approval;
 * 3. a marker `executing` left by a crashed attempt: if the target's fingerprint moved since the marker, the
 *    call had landed and is recorded, not repeated; otherwise the call never happened and runs now;
 * 4. the call runs with pinned arguments, so a repeat is the same action (scale to N twice is N).
 * Transient errors are thrown for BullMQ to retry with backoff; anything else is an UnrecoverableError.
 */
export function createExecutor(deps: ExecutorDeps): (job: JobLike) => Promise<ExecutionOutcome> {
  const { approvals, effects, audit, events } = deps;

  /**
   * The end of a job: its audit entry and its final effect marker in one script (a marker that says `executed`
   * always has its entry, and a second attempt reaching this point appends nothing), then the approval's own record
   * with the end the marker holds, then the card update from the state the approval was just finished with. A
   * `failed` end over a call another run has claimed is not written (that run's call may land): this run stops
   * with RunningElsewhere and leaves the end to it. Answers the end recorded: this run's, or the `executed`
   * outcome another run recorded first (undefined when that end is a failure).
   */
  const record = async (
    job: ExecutionJob,
    owner: string,
    end: { outcome: ExecutionOutcome } | { error: string },
    approvalEnd: { result?: unknown; error?: string },
    detail: Record<string, unknown>,
  ): Promise<ExecutionOutcome | undefined> => {
    const type = 'outcome' in end ? 'executed' : 'failed';
    const entry = await durably(job, () =>
      audit.appendWithEffect(
        {
          type,
          requestId: job.requestId,
          approvalId: job.approvalId,
          actor: job.requester,
          tool: job.tool,
          args: job.args,
          cluster: job.cluster,
          namespace: job.namespace,
          detail,
        },
        effects.final(job.id, end, owner),
      ),
    );
    let recorded: ExecutionOutcome | undefined = 'outcome' in end ? end.outcome : undefined;
    let finish = { type, end: approvalEnd } as { type: 'executed' | 'failed'; end: typeof approvalEnd } | undefined;
    if (!entry) {
      const marker = await durably(job, () => effects.get(job.id));
      if (marker?.status === 'executing') throw new RunningElsewhere(job);
      recorded = marker?.status === 'executed' ? marker.outcome : undefined;
      // The end already recorded decides the approval's: an executed action, or a failure (a drift is finished).
      finish =
        marker?.status === 'failed'
          ? { type: 'failed', end: { error: marker.error } }
          : recorded?.status === 'executed'
            ? { type: 'executed', end: { result: recorded } }
            : undefined;
    }
    const approval =
      job.approvalId && finish
        ? await durably(job, () => approvals.finish(job.approvalId as string, finish.type, finish.end))
        : undefined;
    if (approval) await events.publish({ type: 'approval-updated', approval });
    return recorded;
  };

  /**
   * The record of a call that went out must land: a Redis outage longer than the client's patience (its commands
   * fail after about ten reconnects) is waited out here, up to RECORD_PATIENCE_MS, instead of leaving a change
   * unrecorded or recorded as a failure.
   */
  const durably = async <T>(job: ExecutionJob, fn: () => Promise<T>): Promise<T> => {
    const until = Date.now() + (deps.recordPatienceMs ?? RECORD_PATIENCE_MS);
    for (let wait = 250; ; wait = Math.min(wait * 2, 5000)) {
      try {
        return await fn();
      } catch (err) {
        if (!redisUnreachable(err) || Date.now() + wait > until) throw err;
        requestLogger(job.requestId, { jobId: job.id }).warn(
          { err: String(err) },
          'Redis unreachable while recording; trying again',
        );
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  };

  const recordExecuted = async (job: ExecutionJob, owner: string, outcome: ExecutionOutcome & { status: 'executed' }) =>
    (await record(
      job,
      owner,
      { outcome },
      { result: { summary: outcome.summary, data: outcome.data } },
      { summary: outcome.summary, approvedBy: job.approvedBy, ...(outcome.recovered ? { recovered: true } : {}) },
    )) ?? outcome;

  /** Records the failure; answers the outcome another run recorded first when the action did happen. */
  const recordFailed = (job: ExecutionJob, owner: string, error: CoxswainError) =>
    record(job, owner, { error: error.message }, { error: error.message }, { code: error.code, reason: error.message });

  const replanDrift = async (job: ExecutionJob, approval: ApprovalState, reason: string): Promise<ExecutionOutcome> => {
    const newApprovalId = await durably(job, () => deps.onDrift(approval));
    const outcome: ExecutionOutcome = { status: 'drift', reason, newApprovalId };
    await durably(job, () => effects.drifted(job.id, outcome));
    return outcome;
  };

  /**
   * A `failed` marker read: a drift whose re-plan never happened (the worker died or the connection dropped before
   * it) is re-planned now, under the approval's own id (a second re-plan is the same request); any other failure is
   * the end.
   */
  const endFailed = async (job: ExecutionJob, error: string | undefined, approval?: ApprovalState): Promise<ExecutionOutcome> => {
    if (error?.startsWith('drift:') && job.approvalId) {
      const state = approval ?? (await approvals.get(job.approvalId));
      if (state) return replanDrift(job, state, error);
    }
    return failedElsewhere(job, error);
  };

  const drift = async (
    job: ExecutionJob,
    owner: string,
    approval: ApprovalState,
    afterCall = false,
  ): Promise<ExecutionOutcome> => {
    const target = `${job.namespace ? `${job.namespace}/` : ''}${String(job.args.name ?? job.args.target ?? job.tool)}`;
    // After an earlier attempt's call went out unanswered, its landing and a person's change look the same from here.
    const reason = afterCall
      ? `drift: ${target} changed after approval ${approval.id} was asked, and is not as asked; an earlier attempt's call went out unanswered and may have landed before that change. Nothing was sent again; the request was planned again for a new approval.`
      : `drift: ${target} changed after approval ${approval.id} was asked, so nothing ran; the request was planned again for a new approval.`;
    // The move seen may be another copy's own call (its claim came after this run read the marker): its end stands.
    const done = await recordFailed(job, owner, new CoxswainError('drift', 'cluster', reason));
    if (done) return done;
    // Another run's failure recorded first (a 403): its end stands, nothing is re-planned over it.
    const now = await effects.get(job.id);
    if (now?.status === 'failed' && !now.error?.startsWith('drift:')) return failedElsewhere(job, now.error);
    return replanDrift(job, approval, now?.error ?? reason);
  };

  /** The approval behind a job, when it may run; a closed approval ends the job without running anything. */
  const approvalToRun = (
    job: ExecutionJob,
    approval: ApprovalState | undefined,
  ): { approval?: ApprovalState; done?: ExecutionOutcome } => {
    if (!job.approvalId) return {};
    if (!approval)
      throw new CoxswainError('not_found', 'system', `Approval ${job.approvalId} is gone, so nothing ran; ask again.`);
    if (approval.status === 'executed') {
      const r = approval.result as { summary?: string; data?: unknown } | undefined;
      return { done: { status: 'executed', summary: r?.summary ?? 'already executed', data: r?.data } };
    }
    if (approval.status !== 'approved') {
      throw new CoxswainError('invalid_state', 'request', `Approval ${approval.id} is ${approval.status}, so nothing ran.`);
    }
    return { approval };
  };

  const toolContext = (job: ExecutionJob): ToolContext => ({
    kube: deps.clusterFor(job.cluster, job.identity),
    requestText: job.text,
    requestedBy: job.requester,
    approvedBy: job.approvedBy,
  });

  /**
   * The last attempt failed on a timeout or a dropped connection after its call went out (the marker says
   * `executing`): the call may have landed, so it is read back before anything is recorded. Landed: recorded
   * executed. Unchanged until the read-back window closes: it never happened, and that is the failure recorded.
   */
  const settleUnanswered = async (
    job: ExecutionJob,
    owner: string,
    error: CoxswainError,
  ): Promise<{ outcome: ExecutionOutcome } | { failed: CoxswainError }> => {
    const marker = await effects.get(job.id);
    if (marker?.status !== 'executing' || marker.fingerprint === undefined) return { failed: error };
    const opts = deps.readBack ?? DEFAULT_READ_BACK;
    if (await landed(getTool(job.tool), job.args, toolContext(job), marker.fingerprint, opts)) {
      const outcome = await recordExecuted(job, owner, {
        status: 'executed',
        summary: `${job.tool} took effect: the API server did not answer (${error.message}), and reading the target back shows the change; nothing ran twice.`,
        recovered: true,
      });
      return { outcome };
    }
    return {
      failed: new CoxswainError(
        'unavailable',
        'cluster',
        `${job.tool} was sent but the API server never answered (${error.message}), and reading the target back for ${Math.round(opts.withinMs / 1000)}s shows no change: it did not happen. Ask again when the cluster answers.`,
      ),
    };
  };

  /** The marker already says how the action ended: finish the approval's own record (a crash may have come between them), run nothing. */
  const finishedElsewhere = async (job: ExecutionJob, outcome: ExecutionOutcome): Promise<ExecutionOutcome> => {
    if (outcome.status === 'executed' && job.approvalId) await approvals.finish(job.approvalId, 'executed', { result: outcome });
    return outcome;
  };

  /** The marker says the action failed: finish the approval's own record the same way (a crash may have come between them). */
  const failedElsewhere = async (job: ExecutionJob, error: string | undefined): Promise<never> => {
    const message = error ?? `${job.tool} failed.`;
    if (job.approvalId) await approvals.finish(job.approvalId, 'failed', { error: message });
    throw new UnrecoverableError(message);
  };

  /**
   * A job whose worker died `stalls` times: its marker says what happened, and an `executing` marker is read back
   * like an unanswered call. Nothing is called; the job ends with exactly one record.
   */
  const settleStalled = (job: ExecutionJob, owner: string, stalls: number): Promise<ExecutionOutcome> =>
    settleClaim(
      job,
      owner,
      `the worker running ${job.tool} stopped ${stalls} times (crashed or was killed while holding it), so it is not run again`,
    );

  /**
   * Ends a job this run does not call again: from its marker, or by taking over the claim it finds (only that claim:
   * a run that claimed since ends it) and reading the target back. `stopped` says why, for the person.
   */
  const settleClaim = async (job: ExecutionJob, owner: string, stopped: string): Promise<ExecutionOutcome> => {
    const marker = await effects.get(job.id);
    if (marker?.status === 'executed' && marker.outcome) return finishedElsewhere(job, marker.outcome);
    if (marker?.status === 'failed') return endFailed(job, marker.error);
    // The claim of the worker that died is this run's to end; a live copy that claimed since ends it instead.
    if (marker?.status === 'executing' && !(await effects.takeOver(job.id, marker.owner, owner))) throw new RunningElsewhere(job);
    const opts = deps.readBack ?? DEFAULT_READ_BACK;
    if (marker?.status === 'executing' && marker.fingerprint !== undefined) {
      if (await landed(getTool(job.tool), job.args, toolContext(job), marker.fingerprint, opts)) {
        return recordExecuted(job, owner, {
          status: 'executed',
          summary: `${job.tool} took effect: ${stopped}, and reading the target back shows the change; nothing ran twice.`,
          recovered: true,
        });
      }
    }
    const sent = marker?.status === 'executing';
    // A target moved, but not as asked: a person's change after this call landed, or instead of it; which one, the
    // target does not tell.
    const moved =
      sent &&
      marker.fingerprint !== undefined &&
      (await getTool(job.tool)
        .preview(job.args, toolContext(job))
        .then(
          (p) => p.fingerprint !== marker.fingerprint,
          () => false,
        ));
    const error = new CoxswainError(
      'internal',
      'system',
      moved
        ? `${job.tool} may or may not have happened: ${stopped}, and the target has changed since but is not as asked (someone changed it after this call landed, or instead of it). Nothing was sent again. Check the target, then ask again if it is still needed.`
        : `${job.tool} did not happen: ${stopped}${sent ? `, and reading the target back for ${Math.round(opts.withinMs / 1000)}s shows no change` : ' and its call never went out'}. Check the worker's logs (memory, crashes), then ask again.`,
    );
    const done = await recordFailed(job, owner, error);
    if (done) return done;
    throw new UnrecoverableError(error.message);
  };

  const run = async (job: ExecutionJob, owner: string, attempt: number, queuedAt: string): Promise<ExecutionOutcome> => {
    const tool = getTool(job.tool);
    const ctx = toolContext(job);
    // The preview reads without the effect (it shows what would change now); the call itself carries it.
    const effectCtx: ToolContext = {
      ...ctx,
      effect: { key: job.id, at: job.plannedAt ?? queuedAt, seen: job.fingerprint },
    };
    // The marker and approval reads (one round trip) and the preview (a read-only dry run) go out together, so
    // the reads cost no time on the job's path; what they decide is applied below, before anything is written.
    // A preview error waits for that decision: an executed marker or a closed approval makes it irrelevant.
    const [marker, approvalState, previewed] = await Promise.all([
      effects.get(job.id),
      job.approvalId ? approvals.get(job.approvalId) : undefined,
      tool.preview(job.args, ctx).then(
        (preview) => ({ preview, error: undefined }),
        (error: unknown) => ({ preview: undefined, error }),
      ),
    ]);
    if (marker?.status === 'executed' && marker.outcome) return finishedElsewhere(job, marker.outcome);
    if (marker?.status === 'failed') return endFailed(job, marker.error, approvalState);
    // An earlier attempt of this job has ended (BullMQ starts the next one only then): its claim is this run's to end.
    if (marker?.status === 'executing' && marker.attempt < attempt) await effects.takeOver(job.id, marker.owner, owner);
    const { approval, done } = approvalToRun(job, approvalState);
    // The approval finished before its audit entry and marker landed (a crash between them): record them now.
    if (done?.status === 'executed') return recordExecuted(job, owner, done);

    const crashed = marker?.status === 'executing' && marker.fingerprint !== undefined;
    // After a crash mid-call, a target that cannot be previewed any more (the created object exists, the deleted
    // pod is gone, the simulation is stopped) has moved like a changed fingerprint: the call landed.
    if (previewed.error !== undefined && !(crashed && tookEffect(tool.name, previewed.error))) throw previewed.error;
    const preview = previewed.preview;
    // (`preview` is only missing after such a crash.)
    // An idempotent call counts as landed only when the target is as asked: its fingerprint may have moved by
    // someone else's hand while the call never went out, and sending it again is the same action.
    const asAsked = !tool.idempotent || preview?.changes.length === 0;
    if (!preview || (crashed && preview.fingerprint !== marker?.fingerprint && asAsked)) {
      // The claim read is the one whose call landed: take it over first. Ended since (refused, recorded `failed`; the
      // person then made the change by hand) or claimed by another: its end is the answer, not this run's recovery.
      if (!(await effects.takeOver(job.id, marker?.owner, owner))) {
        const now = await effects.get(job.id);
        if (now?.status === 'executed' && now.outcome) return finishedElsewhere(job, now.outcome);
        if (now?.status === 'failed') return failedElsewhere(job, now.error);
        throw new RunningElsewhere(job);
      }
      requestLogger(job.requestId, { jobId: job.id }).warn(
        { attempt: marker?.attempt },
        'an earlier attempt took effect before its answer came back; recording it',
      );
      return recordExecuted(job, owner, {
        status: 'executed',
        summary: `${tool.name} had already taken effect (its answer was lost: a worker stopped or the API server answered late); nothing ran twice.`,
        recovered: true,
      });
    }
    // Also after an earlier attempt's claim whose call did not land (above): a target moved since the approval by
    // someone else's hand is drift, not something to write over.
    if (approval && job.fingerprint && preview.fingerprint !== job.fingerprint && preview.fingerprint !== marker?.fingerprint) {
      return drift(job, owner, approval, crashed);
    }
    if (!(await effects.executing(job.id, attempt, preview.fingerprint, owner))) {
      // Another copy of this job ended it between our read of the marker and now: its end is the record.
      const ended = await effects.get(job.id);
      if (ended?.status === 'executed' && ended.outcome) return finishedElsewhere(job, ended.outcome);
      throw new UnrecoverableError(ended?.error ?? `${tool.name} failed.`);
    }
    const result = await tool.execute(job.args, effectCtx).catch(async (err: unknown) => {
      // The client resends a write whose answer was lost (a 500 or a dropped connection after it landed), and the
      // resend can be refused where the first call succeeded (the pod it deleted is gone: 404). Read back once:
      // a target that moved or is gone means this call landed; anything else is the call's own failure.
      const e = asCoxswainError(err);
      if (e.transient || !(await movedOrGone(tool, job.args, ctx, preview.fingerprint))) throw err;
      return { refused: e };
    });
    if ('refused' in result) {
      return recordExecuted(job, owner, {
        status: 'executed',
        summary: `${tool.name} took effect: the call was refused (${result.refused.message}), but reading the target back shows the change (the answer to an earlier send was lost, or someone made the same change first); nothing ran twice.`,
        recovered: true,
      });
    }
    return recordExecuted(job, owner, { status: 'executed', summary: result.summary, data: result.data });
  };

  /**
   * The end another run records, read for up to the read-back window: its outcome, or its failure thrown; undefined
   * while it is still out (the job then fails with RunningElsewhere, which the waiting person reads as `running`).
   */
  const endOf = async (job: ExecutionJob): Promise<ExecutionOutcome | undefined> => {
    const opts = deps.readBack ?? DEFAULT_READ_BACK;
    const deadline = Date.now() + opts.withinMs;
    for (;;) {
      const marker = await effects.get(job.id);
      if (marker?.status === 'executed' && marker.outcome) return finishedElsewhere(job, marker.outcome);
      if (marker?.status === 'failed') return failedElsewhere(job, marker.error);
      if (Date.now() >= deadline) return undefined;
      await new Promise((r) => setTimeout(r, opts.everyMs));
    }
  };

  /**
   * The last attempt met another run's claim: it waits the read-back window for that run's end. It never takes a
   * claim over here: that run may still be live with its call out, and ending it `failed` could precede its
   * `executed` (red team round 4). Past the window the job fails with RunningElsewhere, read as `running`.
   */
  const lastWord = async (job: ExecutionJob): Promise<ExecutionOutcome> => {
    const end = await endOf(job);
    if (end === undefined) throw new RunningElsewhere(job);
    return end;
  };

  /** One read back: the fingerprint moved from `before`, or the target is not found any more. */
  const movedOrGone = (tool: ToolDefinition, args: Record<string, unknown>, ctx: ToolContext, before: string) =>
    tool.preview(args, ctx).then(
      (p) => p.fingerprint !== before,
      (err: unknown) => asCoxswainError(err).code === 'not_found',
    );

  return async (raw: JobLike) => {
    const job = ExecutionJobSchema.parse(raw.data);
    const attempt = raw.attemptsMade + 1;
    const started = performance.now();
    const stalls = raw.stalledCounter ?? 0;
    // This run of the job: the claim it writes, and so the only one that may end that claim as a failure.
    const owner = randomUUID();
    if (stalls >= (deps.stallLimit ?? 2)) {
      // A live run holds the claim the stalled path read: wait for its end on every attempt. A retry would read that
      // live claim as the one to settle and take it over (red team round 6); past the window the job ends without one.
      const outcome = await settleStalled(job, owner, stalls)
        .catch((err: unknown) =>
          err instanceof RunningElsewhere
            ? lastWord(job).catch((e: unknown) =>
                Promise.reject(e instanceof RunningElsewhere ? new UnrecoverableError(e.message) : e),
              )
            : Promise.reject(err),
        )
        .catch((err: unknown) => {
          recordExecution(job.tool, 'failed', started);
          throw err;
        });
      recordExecution(job.tool, outcome.status, started);
      return outcome;
    }
    try {
      const outcome = await withSpan(
        'coxswain.execute',
        { requestId: job.requestId, tool: job.tool, attempt },
        () => run(job, owner, attempt, new Date(raw.timestamp ?? Date.now()).toISOString()),
        contextOf(job.traceparent),
      );
      recordExecution(job.tool, outcome.status, started);
      return outcome;
    } catch (err) {
      // Another run holds the call: its end is the record. BullMQ's retry finds it; the last attempt waits for it.
      if (err instanceof RunningElsewhere) {
        if (attempt < (raw.opts.attempts ?? 1)) throw err;
        const end = await lastWord(job);
        recordExecution(job.tool, end.status, started);
        return end;
      }
      const e = redisUnreachable(err)
        ? new CoxswainError('unavailable', 'system', `coxswain could not reach Redis while running ${job.tool}.`, {
            transient: true,
            cause: err,
          })
        : asCoxswainError(err);
      const last = !e.transient || attempt >= (raw.opts.attempts ?? 1);
      if (!last) {
        requestLogger(job.requestId, { jobId: job.id }).warn(
          { attempt, code: e.code },
          'transient failure; BullMQ retries with backoff',
        );
        throw e;
      }
      // Ending it here may meet another run's claim (RunningElsewhere): the last attempt still ends the job.
      const elsewhere = (inner: unknown) => (inner instanceof RunningElsewhere ? lastWord(job) : Promise.reject(inner));
      const settled = e.transient ? await settleUnanswered(job, owner, e).catch(elsewhere) : { failed: e };
      if ('status' in settled) {
        recordExecution(job.tool, settled.status, started);
        return settled;
      }
      const recorded = 'outcome' in settled ? settled.outcome : await recordFailed(job, owner, settled.failed).catch(elsewhere);
      // The end already recorded is this job's drift, whose re-plan this attempt lost: re-plan it now.
      const marker = recorded ? undefined : await effects.get(job.id);
      const outcome =
        recorded ??
        (marker?.status === 'failed' && marker.error?.startsWith('drift:') ? await endFailed(job, marker.error) : undefined);
      if (outcome) {
        recordExecution(job.tool, outcome.status, started);
        return outcome;
      }
      recordExecution(job.tool, 'failed', started);
      throw new UnrecoverableError('failed' in settled ? settled.failed.message : `${job.tool} failed.`);
    }
  };
}
