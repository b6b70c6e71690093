import type { ApprovalState } from '../approvals/approval.ts';
import type { RefusalCode, Transition } from '../approvals/transitions.ts';
import { canApprove, findPerson } from '../policy/people.ts';
import { pendingResult, runQueued } from './engine-call.ts';
import type { EngineDeps } from './engine-deps.ts';
import { describeActor, identityOf, unknownPersonReason } from './engine-people.ts';
import type { DecisionInput } from './request.ts';
import type { Result } from './result.ts';

/**
 * A person's approve, reject or cancel on an approval: decided atomically by the store (the live policy says who
 * may approve), audited and published; the approval that this decision completes runs through the queue.
 */
export async function decideApproval(deps: EngineDeps, input: DecisionInput): Promise<Result> {
  const policy = deps.policy();
  const person = findPerson(policy, input.actor);
  const existing = await deps.approvals.get(input.approvalId);
  const requestId = existing?.requestId ?? input.approvalId;
  if (!person) {
    const reason = unknownPersonReason(policy, input.actor);
    if (existing) await auditRefusal(deps, existing, describeActor(input.actor), input.decision, 'unknown_person', reason);
    return { requestId, approvalId: input.approvalId, outcome: 'refused', reason };
  }
  const eligible = (p: string, state: ApprovalState) => canApprove(deps.policy(), p, state.required.from, state.requester);
  const t = await deps.approvals.decide(input.approvalId, input.decision, person.id, eligible);
  // A process stopped between the store's decision and the queue leaves an approval `approved` with no job: an
  // approver who approved it clicking again within its window queues it. A double click while the job exists is a
  // refusal like any other (one decision), and a click after the window asks for a new request.
  if (
    t.kind === 'refused' &&
    t.code === 'already_decided' &&
    input.decision === 'approve' &&
    existing?.status === 'approved' &&
    existing.approvedBy.some((a) => a.person === person.id) &&
    !(await deps.queue.has(existing.id))
  ) {
    if (deps.approvals.windowClosed(existing)) {
      return {
        requestId,
        approvalId: existing.id,
        outcome: 'refused',
        reason: `Approval ${existing.id} was approved but its action never started, and its window closed at ${existing.expiresAt}; nothing ran. Ask for it again.`,
      };
    }
    return afterTransition(deps, { kind: 'fully-approved', state: existing }, person.id, true);
  }
  if (t.kind === 'refused') {
    if (existing && IDENTITY_REFUSALS.has(t.code)) {
      await auditRefusal(deps, existing, person.id, input.decision, t.code, t.reason);
    }
    return {
      requestId,
      approvalId: input.approvalId,
      outcome: 'refused',
      reason: t.reason,
      ...(existing ? { tool: existing.tool, args: existing.args } : {}),
    };
  }
  return afterTransition(deps, t, person.id);
}

/** Refusals of who is deciding (not of the approval's state): an attempt to act for others leaves a record. */
const IDENTITY_REFUSALS = new Set<RefusalCode>(['own_request', 'not_eligible', 'not_requester']);

async function auditRefusal(
  deps: EngineDeps,
  state: ApprovalState,
  actor: string,
  decision: DecisionInput['decision'],
  code: string,
  reason: string,
): Promise<void> {
  await deps.audit.append(approvalEntry(state, 'denied', actor, { refused: decision, code, reason }));
}

/** An audit entry about an approval: its request, its call and its target. */
function approvalEntry(
  state: ApprovalState,
  type: 'denied' | 'cancelled' | 'rejected' | 'approved',
  actor: string,
  detail: Record<string, unknown>,
) {
  return {
    type,
    requestId: state.requestId,
    approvalId: state.id,
    actor,
    tool: state.tool,
    args: state.args,
    cluster: state.cluster,
    namespace: state.namespace,
    detail,
  };
}

async function afterTransition(
  deps: EngineDeps,
  t: Exclude<Transition, { kind: 'refused' }>,
  actor: string,
  resumed = false,
): Promise<Result> {
  const state = t.state;
  const type = t.kind === 'cancelled' ? 'cancelled' : t.kind === 'rejected' ? 'rejected' : 'approved';
  await deps.audit.append(
    approvalEntry(state, type, actor, {
      ...(t.kind === 'approved' ? { remaining: t.remaining } : { status: state.status }),
      // Its first record may have been written before the stop, or not: this one says why it is here.
      ...(resumed ? { resumed: true } : {}),
    }),
  );
  await deps.events.publish({ type: 'approval-updated', approval: state });
  if (t.kind === 'approved') {
    return {
      ...pendingResult(state),
      outcome: 'approved',
      reason: `${actor} approved ${state.id}; it needs ${t.remaining} more approval${t.remaining === 1 ? '' : 's'}.`,
    };
  }
  if (t.kind !== 'fully-approved') {
    const who = t.kind === 'rejected' ? `${actor} rejected` : `${actor} cancelled`;
    // There is no `rejected` outcome: for the request it is denied, by a person rather than by the policy.
    return { ...pendingResult(state), outcome: 'denied', reason: `${who} ${state.id}; nothing ran.` };
  }
  const requester = findPerson(deps.policy(), { personId: state.requester });
  // The job id is the approval id: a second enqueue of this approval (a retried click) is a no-op.
  return runQueued(
    deps,
    { ...pendingResult(state), outcome: 'failed', approvalsNeeded: 0, approvers: [] },
    {
      id: state.id,
      requestId: state.requestId,
      approvalId: state.id,
      tool: state.tool,
      args: state.args,
      cluster: typeof state.args.cluster === 'string' ? state.args.cluster : undefined,
      namespace: state.namespace,
      requester: state.requester,
      identity: requester ? identityOf(requester) : undefined,
      approvedBy: state.approvedBy.map((a) => a.person),
      text: state.text,
      fingerprint: state.preview.fingerprint,
    },
  );
}
