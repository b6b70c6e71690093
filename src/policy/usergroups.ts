import type { Person, Policy } from './schema.ts';

/** One member of a Slack user group, as users.info describes them. */
export interface SlackMember {
  slackUserId: string;
  /** The Slack handle (users.info `name`), the base of the person id coxswain gives them. */
  name?: string;
  email?: string;
}

/** Policy group name → the members of its Slack user group (`groups.NAME.slackUserGroup`). */
export type GroupMembers = Record<string, SlackMember[]>;

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function personId(m: SlackMember, taken: Set<string>): string {
  const base = (m.name ?? m.email?.split('@')[0] ?? m.slackUserId).toLowerCase().replace(/[^a-z0-9._-]/g, '-');
  const id = NAME.test(base) ? base : `slack-${m.slackUserId.toLowerCase()}`;
  return taken.has(id) ? `slack-${m.slackUserId.toLowerCase()}` : id;
}

/**
 * The policy with the members of its Slack-backed groups added as people holding those groups' roles. The
 * policy's explicit people win: a member who is already one of them (same Slack user id or email) stays exactly
 * as the file says. Pure: the members were fetched by the Slack adapter (src/adapters/slack/usergroups.ts).
 */
export function withSlackMembers(policy: Policy, members: GroupMembers): Policy {
  const explicit = (m: SlackMember) =>
    policy.people.some((p) => p.slackUserId === m.slackUserId || (m.email && p.email?.toLowerCase() === m.email.toLowerCase()));
  const added = new Map<string, Person>();
  const taken = new Set(policy.people.map((p) => p.id));
  for (const [group, list] of Object.entries(members)) {
    const roles = policy.groups[group]?.roles ?? [];
    for (const m of list) {
      if (explicit(m)) continue;
      let person = added.get(m.slackUserId);
      if (!person) {
        const id = personId(m, taken);
        taken.add(id);
        person = { id, slackUserId: m.slackUserId, ...(m.email ? { email: m.email } : {}), groups: [], roles: [] } as Person;
        added.set(m.slackUserId, person);
      }
      person.groups = [...new Set([...person.groups, group])];
      person.roles = [...new Set([...person.roles, ...roles])];
    }
  }
  return added.size ? { ...policy, people: [...policy.people, ...added.values()] } : policy;
}

/** The policy groups whose members come from Slack: group name → user group id. */
export function slackBackedGroups(policy: Policy): Record<string, string> {
  return Object.fromEntries(Object.entries(policy.groups).flatMap(([g, v]) => (v.slackUserGroup ? [[g, v.slackUserGroup]] : [])));
}

/** The `@handle`s the policy's rules notify (approval.notify.slack), which Slack needs as user group ids. */
export function notifyHandles(policy: Policy): string[] {
  const lists = policy.rules.flatMap((r) => [
    r.approval?.notify?.slack ?? [],
    typeof r.gitops === 'object' ? (r.gitops.approval.notify?.slack ?? []) : [],
  ]);
  return [...new Set(lists.flat().filter((s) => s.startsWith('@')))];
}

/** The policy with each `@handle` the rules notify replaced by its user group id, where Slack knows it. */
export function withGroupHandles(policy: Policy, ids: Record<string, string>): Policy {
  if (Object.keys(ids).length === 0) return policy;
  const map = (list: string[]) => list.map((s) => ids[s.replace(/^@/, '')] ?? s);
  const requirement = <T extends { notify?: { slack: string[]; dm: boolean } }>(a: T): T =>
    a.notify ? { ...a, notify: { ...a.notify, slack: map(a.notify.slack) } } : a;
  return {
    ...policy,
    rules: policy.rules.map((r) => ({
      ...r,
      ...(r.approval ? { approval: requirement(r.approval) } : {}),
      ...(typeof r.gitops === 'object' ? { gitops: { approval: requirement(r.gitops.approval) } } : {}),
    })),
  };
}
