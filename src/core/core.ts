import type { ApprovalState } from '../approvals/approval.ts';
import type { ConfirmInput, DecisionInput, IncomingRequest, UndoInput } from './request.ts';
import type { Result } from './result.ts';

/**
 * Something that happened to an approval, published to every replica (cards are updated from these);
 * `approval-reminder`: it is still pending and the reminder share of its TTL is left (src/approvals/reminders.ts).
 */
export interface CoreEvent {
  type: 'approval-updated' | 'approval-reminder';
  approval: ApprovalState;
  result?: Result;
}

/**
 * The one path every adapter calls: request → plan → policy → approval → queue → audit.
 * No adapter decides anything itself; it renders the Result.
 */
export interface Core {
  /** Plans and decides; reads answer at once, allowed writes run through the queue and are awaited. */
  handle(req: IncomingRequest): Promise<Result>;
  /** Approve, reject or cancel; when the last approval lands the action runs and is awaited. */
  decide(input: DecisionInput): Promise<Result>;
  /** The requester confirms (the normal path follows) or drops a write the Core was not sure it read right. */
  confirm(input: ConfirmInput): Promise<Result>;
  /** Plans the inverse of an executed write as a new request of the person asking (policy and approvals apply). */
  undo(input: UndoInput): Promise<Result>;
  /** Approval state for rendering (e.g. the playground or a card refresh). */
  getApproval(approvalId: string): Promise<ApprovalState | undefined>;
  /** Subscribe to approval updates from any replica; returns an unsubscribe function. */
  onEvent(listener: (e: CoreEvent) => void): () => void;
  close(): Promise<void>;
}
