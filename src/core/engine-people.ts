import type { Person, Policy } from '../policy/schema.ts';
import type { Identity } from './ports.ts';
import type { Actor } from './request.ts';

/** The identity a person's Kubernetes calls carry under impersonation. */
export function identityOf(person: Person): Identity {
  return { user: person.email ?? person.id, groups: person.groups };
}

/** Someone the policy may not know, as the audit log and the answers name them. */
export function describeActor(actor: Actor): string {
  if (actor.personId) return actor.personId;
  if (actor.slackUserId) return `slack:${actor.slackUserId}`;
  if (actor.email) return `email:${actor.email}`;
  return 'unknown';
}

/** People who approve something in this policy: the ones to ask for access. */
function gatekeepers(policy: Policy): string[] {
  const roles = new Set(policy.rules.flatMap((r) => r.approval?.from ?? []));
  return policy.people.filter((p) => p.roles.some((r) => roles.has(r))).map((p) => p.id);
}

/** Why nothing runs for someone the policy does not know, and whom to ask. */
export function unknownPersonReason(policy: Policy, actor: Actor): string {
  const ask = gatekeepers(policy);
  return `coxswain does not know ${describeActor(actor)}: nobody in the policy has that id, Slack user id or email, so nothing runs. Ask ${ask.length ? ask.join(' or ') : 'whoever maintains the policy file'} to add you to the policy file (people: id, slackUserId, email).`;
}
