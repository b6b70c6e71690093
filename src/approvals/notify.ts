import type { PolicyDecision } from '../core/result.ts';
import type { Policy } from '../policy/schema.ts';
import type { ApprovalNotify } from './approval.ts';

/**
 * Whom a new approval notifies: the eligible approvers by their Slack user ids, the Slack user groups that grant
 * one of the required roles (a group with `slackUserGroup`), and the rule's own `notify.slack` groups or handles.
 * The requester's Slack id is kept to tell them in the thread when the approval expires.
 */
export function approvalNotify(
  policy: Policy,
  required: NonNullable<PolicyDecision['approval']>,
  eligible: string[],
  requester: string,
): ApprovalNotify {
  const slackId = (id: string) => policy.people.find((p) => p.id === id)?.slackUserId;
  const people = Object.fromEntries(eligible.flatMap((id) => (slackId(id) ? [[id, slackId(id) as string]] : [])));
  const groups = Object.values(policy.groups).flatMap((g) =>
    g.slackUserGroup && g.roles.some((r) => required.from.includes(r)) ? [g.slackUserGroup] : [],
  );
  const requesterSlack = slackId(requester);
  return {
    people,
    ...(requesterSlack ? { requester: requesterSlack } : {}),
    slack: [...new Set([...groups, ...(required.notify?.slack ?? [])])],
    dm: required.notify?.dm ?? false,
    remind: required.remind ?? 0.25,
  };
}

/** When the reminder of an approval created at `createdAt` with `ttlSeconds` goes, or undefined for none. */
export function reminderTime(createdAt: number, ttlSeconds: number, share: number): number | undefined {
  return share > 0 ? createdAt + Math.round(ttlSeconds * (1 - share) * 1000) : undefined;
}
