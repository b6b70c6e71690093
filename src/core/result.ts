import { z } from 'zod';
import { PreviewSchema } from '../catalog/tool.ts';
import { CostImpactSchema, NoticeSchema } from './notices.ts';

/**
 * The one result every adapter renders. `approved`: counted, more approvals needed; `refused`: this person
 * may not decide, or it was already decided or expired; `confirm`: the reading of a write is not sure, so
 * nothing ran and only the requester can confirm it (confirmationId) or drop it; `running`: a write was sent but
 * the API server has not confirmed it yet, and its outcome is recorded (and its card updated) when known.
 */
export const OutcomeSchema = z.enum([
  'executed',
  'pending',
  'denied',
  'refused',
  'approved',
  'clarify',
  'confirm',
  'unsupported',
  'help',
  'answer',
  'failed',
  'running',
]);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const PolicyDecisionSchema = z.object({
  effect: z.enum(['allow', 'deny', 'approval']),
  /** The rule that made the decision, e.g. "rules[2] (writes in production need an approver)" or "default deny". */
  rule: z.string(),
  reason: z.string(),
  approval: z
    .object({
      from: z.array(z.string()),
      count: z.number().int().min(1),
      ttlSeconds: z.number().int().min(1),
      /** The rule's notification settings (Slack user groups or handles, DMs) and reminder share. */
      notify: z.object({ slack: z.array(z.string()), dm: z.boolean() }).optional(),
      remind: z.number().min(0).max(1).optional(),
    })
    .optional(),
});
export type PolicyDecision = z.infer<typeof PolicyDecisionSchema>;

export const ResultSchema = z.object({
  requestId: z.string(),
  outcome: OutcomeSchema,
  approvalId: z.string().optional(),
  /** Words for a person: the question, the refusal, the denial with its rule, the failure with the next step. */
  reason: z.string().optional(),
  /** Why the model did not plan this (the offline planner did), as one sentence for the person. */
  note: z.string().optional(),
  /** Tool result data (answers and executions). */
  result: z.unknown().optional(),
  tool: z.string().optional(),
  args: z.record(z.string(), z.unknown()).optional(),
  risk: z.enum(['read', 'write', 'destructive']).optional(),
  decision: PolicyDecisionSchema.optional(),
  preview: PreviewSchema.optional(),
  /** Who may still approve, and how many more approvals are needed. */
  approvers: z.array(z.string()).optional(),
  approvalsNeeded: z.number().int().optional(),
  approvedBy: z.array(z.string()).optional(),
  expiresAt: z.string().optional(),
  candidates: z.array(z.string()).optional(),
  /** `refused` because coxswain is busy (admission.ts): nothing was done; ask again after this many seconds. */
  retryAfterSeconds: z.number().int().min(1).optional(),
  /** What follows a write beyond its diff (a GitOps app that reverts it, …), and what it costs per month. */
  notices: z.array(NoticeSchema).optional(),
  costImpact: CostImpactSchema.optional(),
  /** `confirm`: what the requester confirms or drops (`coxswain confirm ID`). */
  confirmationId: z.string().optional(),
  /** `clarify`: the question a reply answers (`coxswain ask --reply-to ID`); only the requester may answer. */
  clarifyId: z.string().optional(),
  /** An executed write: the id `coxswain undo ID` takes, and the undo in words (or why there is none). */
  undoId: z.string().optional(),
  undo: z.string().optional(),
});
export type Result = z.infer<typeof ResultSchema>;
