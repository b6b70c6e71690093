import type { ApprovalState } from './approval.ts';

/**
 * The rules of a decision as a pure function of (state, who, what, now), so they are tested without Redis and
 * the store only has to make "read, decide, write" atomic (compare-and-set on `version`).
 */
export type DecisionAction = 'approve' | 'reject' | 'cancel';

export type RefusalCode =
  | 'not_found'
  | 'own_request'
  | 'not_eligible'
  | 'not_requester'
  | 'already_approved'
  | 'already_decided'
  | 'expired';

export type Transition =
  /** Counted; `remaining` more distinct approvals are needed. */
  | { kind: 'approved'; state: ApprovalState; remaining: number }
  /** The last approval needed landed: the action may run now. */
  | { kind: 'fully-approved'; state: ApprovalState }
  | { kind: 'rejected'; state: ApprovalState }
  | { kind: 'cancelled'; state: ApprovalState }
  /** Nothing changed (except, for `expired`, the status the clock already decided). */
  | { kind: 'refused'; code: RefusalCode; reason: string; state?: ApprovalState };

/** Whether a person may approve right now (the live policy decides; the approval's `eligible` list is the fallback). */
export type EligibilityCheck = (person: string, state: ApprovalState) => { ok: boolean; reason?: string };

const listEligibility: EligibilityCheck = (person, state) =>
  state.eligible.includes(person)
    ? { ok: true }
    : { ok: false, reason: `${person} is not one of the approvers for this request (${state.eligible.join(', ') || 'nobody'}).` };

/** Whether the approval's window has closed at `now`: at its expiry it has. */
export function windowPassed(state: ApprovalState, now: number): boolean {
  return Date.parse(state.expiresAt) <= now;
}

function isExpired(state: ApprovalState, now: number): boolean {
  return state.status === 'pending' && windowPassed(state, now);
}

/** The state with status `expired` (version bumped), or undefined when it has not expired. */
export function expire(state: ApprovalState, now: number): ApprovalState | undefined {
  if (!isExpired(state, now)) return undefined;
  return { ...state, status: 'expired', version: state.version + 1 };
}

function describeStatus(state: ApprovalState): string {
  switch (state.status) {
    case 'approved':
      return 'it was already approved and is running';
    case 'executed':
      return 'it was already approved and has run';
    case 'rejected':
      return `it was already rejected${state.rejectedBy ? ` by ${state.rejectedBy.person}` : ''}`;
    case 'cancelled':
      return 'the requester cancelled it';
    case 'failed':
      return `it already ended in a failure${state.error ? ` (${state.error})` : ''}`;
    case 'expired':
      return `it expired at ${state.expiresAt}`;
    default:
      return `it is ${state.status}`;
  }
}

export function applyDecision(
  state: ApprovalState,
  action: DecisionAction,
  person: string,
  now: number,
  eligible: EligibilityCheck = listEligibility,
): Transition {
  const at = new Date(now).toISOString();
  if (isExpired(state, now)) {
    return {
      kind: 'refused',
      code: 'expired',
      reason: `Approval ${state.id} expired at ${state.expiresAt}; ask again to get a new one.`,
      state: expire(state, now),
    };
  }
  if (state.status !== 'pending') {
    return { kind: 'refused', code: 'already_decided', reason: `Approval ${state.id} is closed: ${describeStatus(state)}.` };
  }
  const next = { ...state, version: state.version + 1 };
  if (action === 'cancel') {
    if (person !== state.requester) {
      return {
        kind: 'refused',
        code: 'not_requester',
        reason: `Only ${state.requester}, who asked, can cancel approval ${state.id}; approvers can reject it instead.`,
      };
    }
    return { kind: 'cancelled', state: { ...next, status: 'cancelled' } };
  }
  if (person === state.requester) {
    return {
      kind: 'refused',
      code: 'own_request',
      reason: `You cannot ${action} your own request; ask one of ${state.eligible.join(', ') || 'the approvers'} to decide.`,
    };
  }
  const check = eligible(person, state);
  if (!check.ok) {
    return { kind: 'refused', code: 'not_eligible', reason: check.reason ?? `${person} may not decide on approval ${state.id}.` };
  }
  if (action === 'reject') {
    return { kind: 'rejected', state: { ...next, status: 'rejected', rejectedBy: { person, at } } };
  }
  if (state.approvedBy.some((a) => a.person === person)) {
    const remaining = state.required.count - state.approvedBy.length;
    return {
      kind: 'refused',
      code: 'already_approved',
      reason: `${person} already approved ${state.id}; it needs ${remaining} more approval${remaining === 1 ? '' : 's'} from someone else.`,
    };
  }
  const approvedBy = [...state.approvedBy, { person, at }];
  const remaining = state.required.count - approvedBy.length;
  if (remaining <= 0) return { kind: 'fully-approved', state: { ...next, approvedBy, status: 'approved' } };
  return { kind: 'approved', state: { ...next, approvedBy }, remaining };
}
