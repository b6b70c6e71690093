import { z } from 'zod';

/**
 * One execution on the queue. The job id is the approval id (approved writes) or the request id (allowed
 * writes), so a second enqueue of the same action is a no-op.
 */
export const ExecutionJobSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  approvalId: z.string().optional(),
  tool: z.string(),
  /** Pinned arguments (everything resolved against the live object), so a re-run repeats the same action. */
  args: z.record(z.string(), z.unknown()),
  cluster: z.string().optional(),
  namespace: z.string().optional(),
  /** Policy person id of the requester. */
  requester: z.string(),
  identity: z.object({ user: z.string(), groups: z.array(z.string()).optional() }).optional(),
  approvedBy: z.array(z.string()).default([]),
  text: z.string().optional(),
  /** The fingerprint the approval bound; the worker refuses to run when the target no longer matches it. */
  fingerprint: z.string().optional(),
  /**
   * When the action was first queued (ExecutionQueue.run stamps it; BullMQ keeps the first add's data for a job
   * id). Every attempt's effect carries it, e.g. as restartedAt, so a re-run repeats the same effect.
   */
  plannedAt: z.iso.datetime({ offset: true }).optional(),
  /** The W3C traceparent of the request that queued the job (tracing on), so its execute span joins that trace. */
  traceparent: z.string().optional(),
});
export type ExecutionJob = z.infer<typeof ExecutionJobSchema>;
export type ExecutionJobInput = z.input<typeof ExecutionJobSchema>;

/** What a finished job returns. Failures are thrown (BullMQ's failed state) with a sentence a person can act on. */
export const ExecutionOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('executed'),
    summary: z.string(),
    data: z.unknown().optional(),
    /** True when an earlier attempt had already taken effect (a worker crashed mid-call); nothing ran twice. */
    recovered: z.boolean().optional(),
  }),
  /**
   * Only from a wait that ended first (ExecutionQueue.run): the action was picked up and its call sent, but its
   * outcome is not known yet; the worker keeps at it and records it (the approval's card follows).
   */
  z.object({ status: z.literal('running'), reason: z.string() }),
  z.object({
    status: z.literal('drift'),
    reason: z.string(),
    /** The new approval the request was re-planned into, when it still needs one. */
    newApprovalId: z.string().optional(),
  }),
]);
export type ExecutionOutcome = z.infer<typeof ExecutionOutcomeSchema>;

/** How a failure starts when another copy of the job holds its call (executor's RunningElsewhere): it is still running. */
export const RUNNING_ELSEWHERE = 'Another worker is running';
