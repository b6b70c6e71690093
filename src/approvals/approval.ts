import { z } from 'zod';
import { PreviewSchema } from '../catalog/tool.ts';
import { CostImpactSchema, NoticeSchema } from '../core/notices.ts';
import { ChannelSchema } from '../core/request.ts';
import { PolicyDecisionSchema } from '../core/result.ts';

/**
 * An approval is versioned, serialisable state: the exact tool call it binds, the fingerprint of the target
 * when it was asked, who must approve and who did. Every decision bumps `version`.
 */
export const ApprovalStatusSchema = z.enum(['pending', 'approved', 'rejected', 'expired', 'cancelled', 'executed', 'failed']);
export type ApprovalStatus = z.infer<typeof ApprovalStatusSchema>;

/** Whom an approval notifies and when it reminds them (src/approvals/notify.ts); adapters render it. */
export const ApprovalNotifySchema = z.object({
  /** Eligible approvers' Slack user ids (person id → Slack user id), for mentions and DMs. */
  people: z.record(z.string(), z.string()),
  /** The requester's Slack user id, told in the thread when the approval expires. */
  requester: z.string().optional(),
  /** Slack user group ids (S…) and handles (@…) to mention beside the people. */
  slack: z.array(z.string()),
  dm: z.boolean(),
  /** Share of the TTL left when the reminder goes (0 = none), and when that is. */
  remind: z.number().min(0).max(1),
  remindAt: z.string().optional(),
});
export type ApprovalNotify = z.infer<typeof ApprovalNotifySchema>;

export const ApprovalStateSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  requestId: z.string(),
  version: z.number().int().min(1),
  status: ApprovalStatusSchema,
  /** Policy person id of the requester (never counts as an approver). */
  requester: z.string(),
  /** The adapter the request came from (a re-plan after drift goes back through it). */
  channel: ChannelSchema.optional(),
  text: z.string().optional(),
  tool: z.string(),
  args: z.record(z.string(), z.unknown()),
  cluster: z.string(),
  namespace: z.string().optional(),
  risk: z.enum(['read', 'write', 'destructive']),
  preview: PreviewSchema,
  decision: PolicyDecisionSchema,
  /** Roles that may approve and how many distinct approvers are needed. */
  required: z.object({ from: z.array(z.string()), count: z.number().int().min(1) }),
  /** Person ids eligible to approve (requester excluded). */
  eligible: z.array(z.string()),
  approvedBy: z.array(z.object({ person: z.string(), at: z.string() })),
  rejectedBy: z.object({ person: z.string(), at: z.string() }).optional(),
  createdAt: z.string(),
  expiresAt: z.string(),
  result: z.unknown().optional(),
  error: z.string().optional(),
  /** Adapter references (e.g. Slack channel and card ts) so any replica can update the card. */
  replyTo: z.record(z.string(), z.string()).optional(),
  /** Shown on the card: a GitOps app that manages the target, and the monthly cost of the change. */
  notices: z.array(NoticeSchema).optional(),
  costImpact: CostImpactSchema.optional(),
  notify: ApprovalNotifySchema.optional(),
});
export type ApprovalState = z.infer<typeof ApprovalStateSchema>;
