import type { Actor } from '../core/request.ts';
import type { Person, Policy } from './schema.ts';

/**
 * The policy person behind an actor: by person id, then Slack user id, then email (case-insensitive). A person
 * whose Slack user id the policy pins is never found by email from another Slack user: a profile email is
 * whatever that user typed (or an admin of another workspace set), the pinned id is what Slack vouches for.
 */
export function findPerson(policy: Policy, actor: Actor): Person | undefined {
  const { personId, slackUserId, email } = actor;
  const byEmail = (p: Person) =>
    p.email?.toLowerCase() === email?.toLowerCase() && !(slackUserId && p.slackUserId && p.slackUserId !== slackUserId);
  return (
    (personId ? policy.people.find((p) => p.id === personId) : undefined) ??
    (slackUserId ? policy.people.find((p) => p.slackUserId === slackUserId) : undefined) ??
    (email ? policy.people.find(byEmail) : undefined)
  );
}

/** Ids of the people who hold one of the `from` roles, never the requester (four eyes). */
export function eligibleApprovers(policy: Policy, from: string[], requesterId: string): string[] {
  return policy.people.filter((p) => p.id !== requesterId && p.roles.some((r) => from.includes(r))).map((p) => p.id);
}

/** Whether this person may approve a request from `requesterId` that needs one of the `from` roles; why not, if not. */
export function canApprove(
  policy: Policy,
  personId: string,
  from: string[],
  requesterId: string,
): { ok: boolean; reason: string } {
  const person = policy.people.find((p) => p.id === personId);
  const roles = from.join(' or ');
  if (!person) {
    return {
      ok: false,
      reason: `${personId} is not in the policy, so cannot approve. Ask an admin to add them to the policy file.`,
    };
  }
  if (person.id === requesterId) {
    return {
      ok: false,
      reason: `${person.id} asked for this and cannot approve their own request; someone else with the role ${roles} must approve.`,
    };
  }
  if (!person.roles.some((r) => from.includes(r))) {
    const others = eligibleApprovers(policy, from, requesterId);
    return {
      ok: false,
      reason: `${person.id} does not have the role ${roles} this approval needs. Ask ${others.length ? others.join(', ') : 'someone with that role'}.`,
    };
  }
  return { ok: true, reason: `${person.id} has the role ${person.roles.filter((r) => from.includes(r)).join(', ')}.` };
}
