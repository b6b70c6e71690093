import { z } from 'zod';
import { parseDuration } from './duration.ts';

/**
 * The policy file's shape. Everything the evaluator reads is normalised here once (one-or-many lists become
 * arrays, durations become seconds, a person's roles include the roles of their groups), so evaluation is a
 * plain walk over data. Cross-references are checked here too, with the path of the offending node, so that
 * load.ts can point each problem at its line.
 */

const name = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ., _ and - (no spaces)');

/** `x` or `[x, y]`; always an array afterwards. */
function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
}

/** A glob where `*` matches any run of characters, e.g. `prod-*`, `*`. */
const glob = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9*._-]+$/, 'a name or a glob such as prod-* (letters, digits, ., _, - and *)');

const duration = z.union([z.string(), z.number().int().positive()]).transform((v, ctx) => {
  const seconds = typeof v === 'number' ? v : parseDuration(v);
  if (seconds === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration: write it like 30s, 30m, 2h or 1h30m` });
    return z.NEVER;
  }
  return seconds;
});

export const PersonSchema = z
  .object({
    id: name,
    slackUserId: z
      .string()
      .regex(/^[UW][A-Z0-9]+$/, 'a Slack user id such as U0ALICE')
      .optional(),
    email: z.email().optional(),
    /** The OS login that identifies this person to the terminal (`coxswain ask` without --as). */
    osUser: z
      .string()
      .regex(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/, 'an OS user name such as alice')
      .optional(),
    /** SHA-256 (hex) of the person's terminal token, which they set as COXSWAIN_TOKEN; never the token itself. */
    terminalTokenSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'the hex SHA-256 of the token (printf %s TOKEN | sha256sum)')
      .optional(),
    groups: z.array(name).default([]),
    /** Roles given directly; load.ts adds the roles of the person's groups. */
    roles: z.array(name).default([]),
  })
  .strict();
export type Person = z.infer<typeof PersonSchema>;

export const ApprovalRequirementSchema = z
  .object({
    from: oneOrMany(name),
    count: z.number().int().min(1).max(10).default(1),
    ttl: duration.default(1800),
    /** Who Slack notifies beyond the approvers' own mentions: user group ids (S…) or handles (@sre-oncall); DMs. */
    notify: z
      .object({
        slack: z
          .array(
            z
              .string()
              .regex(
                /^(S[A-Z0-9]+|@[a-z0-9][a-z0-9._-]*)$/,
                'a Slack user group id such as S0APPROVERS, or a handle such as @sre-oncall',
              ),
          )
          .default([]),
        /** Also a direct message to each eligible approver. */
        dm: z.boolean().default(false),
      })
      .strict()
      .optional(),
    /** A reminder when this share of the TTL is left (0.25: with a quarter left); 0 = no reminder. */
    remind: z.number().min(0).max(0.9).default(0.25),
  })
  .strict();

export const RuleSchema = z
  .object({
    /** Shown in every decision the rule makes, e.g. `rules[3] "writes in production need an approver"`. */
    name: z.string().min(1).max(120),
    /** Tool names, globs, or the risk classes `read`, `write`, `destructive`. */
    tools: oneOrMany(glob).default(['*']),
    namespaces: oneOrMany(glob).default(['*']),
    clusters: oneOrMany(glob).default(['*']),
    /** Roles of the requester the rule applies to; `*` = anyone in the policy. */
    roles: oneOrMany(z.union([name, z.literal('*')])).default(['*']),
    effect: z.enum(['allow', 'deny', 'approval']),
    approval: ApprovalRequirementSchema.optional(),
    /** Writes to targets a GitOps app (Argo CD) manages: `warn` (a notice), `deny`, or `{approval: …}` required. */
    gitops: z.union([z.enum(['warn', 'deny']), z.object({ approval: ApprovalRequirementSchema }).strict()]).default('warn'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.effect === 'approval' && !r.approval) {
      ctx.addIssue({
        code: 'custom',
        path: ['approval'],
        message: 'effect: approval needs `approval: {from: ROLE, count: N, ttl: 30m}`',
      });
    }
    if (r.effect !== 'approval' && r.approval) {
      ctx.addIssue({
        code: 'custom',
        path: ['approval'],
        message: `\`approval\` only goes with effect: approval (this rule says ${r.effect})`,
      });
    }
  });
export type Rule = z.infer<typeof RuleSchema>;

export const ChaosLimitSchema = z
  .object({
    maxLevel: z.number().int().min(1).max(10).optional(),
    maxDuration: duration.optional(),
  })
  .strict();

/** Value limits, checked after a rule allowed (or asked approval for) a call. Every matching block applies. */
export const LimitSchema = z
  .object({
    namespaces: oneOrMany(glob).default(['*']),
    clusters: oneOrMany(glob).default(['*']),
    /** Highest replica count `scale` or `create_deployment` may set. */
    maxReplicas: z.number().int().min(0).optional(),
    /** Largest change of replicas one `scale` request may make (needs the current count). */
    maxReplicaChange: z.number().int().min(1).optional(),
    /** Image prefixes `create_deployment` and `set_image` may use, e.g. ghcr.io/acme (Docker Hub: docker.io/library/nginx). */
    registries: z.array(z.string().min(1)).min(1).optional(),
    chaos: ChaosLimitSchema.optional(),
  })
  .strict();
export type Limit = z.infer<typeof LimitSchema>;

export const PolicySchema = z
  .object({
    version: z.literal(1),
    /** Role name → what it is for. Rules, groups and people may only name declared roles. */
    roles: z.record(name, z.string()),
    /** Group name → roles its members get. */
    groups: z
      .record(
        name,
        z
          .object({
            roles: z.array(name).default([]),
            /** Members come from this Slack user group too (usergroups.users.list); explicit people still win. */
            slackUserGroup: z
              .string()
              .regex(/^S[A-Z0-9]+$/, 'a Slack user group id such as S0APPROVERS')
              .optional(),
          })
          .strict(),
      )
      .default({}),
    people: z.array(PersonSchema).min(1),
    /**
     * Whether `--as PERSON` is taken on trust by the terminal (coxswain ask/approve/reject/cancel, coxswain mcp).
     * Only for sandboxes: otherwise the terminal identifies people by COXSWAIN_TOKEN or their OS user.
     */
    terminal: z
      .object({ assertIdentity: z.boolean().default(false) })
      .strict()
      .default({ assertIdentity: false }),
    /** No writes at all here, whatever the rules say; reads stay allowed. */
    protectedNamespaces: z.array(glob).default([]),
    /** launch_chaos only where the namespace carries the label chaos-mesh.org/inject=enabled. */
    chaosRequiresInjectLabel: z.boolean().default(false),
    rules: z.array(RuleSchema).min(1),
    limits: z.array(LimitSchema).default([]),
  })
  .strict()
  .superRefine(checkReferences)
  .transform((p) => ({
    ...p,
    people: p.people.map((person) => ({ ...person, roles: [...new Set(rolesOf(p, person))] })),
  }));
export type Policy = z.infer<typeof PolicySchema>;

type RawPolicy = {
  roles: Record<string, string>;
  groups: Record<string, { roles: string[]; slackUserGroup?: string }>;
  people: z.output<typeof PersonSchema>[];
  rules: Rule[];
};

/** Direct roles plus the roles of the person's groups. */
function rolesOf(p: Pick<RawPolicy, 'groups'>, person: Person): string[] {
  return [...person.roles, ...person.groups.flatMap((g) => p.groups[g]?.roles ?? [])];
}

/** Unknown roles or groups, duplicate people, and approvals that could never gather enough approvers. */
function checkReferences(p: RawPolicy, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string): void => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  const declared = Object.keys(p.roles).join(', ');
  const role = (r: string, path: (string | number)[]) => {
    if (!(r in p.roles)) issue(path, `role "${r}" is not declared under roles: (declared: ${declared})`);
  };
  for (const [g, group] of Object.entries(p.groups)) {
    for (const [i, r] of group.roles.entries()) role(r, ['groups', g, 'roles', i]);
  }
  const keys = ['id', 'slackUserId', 'email', 'osUser', 'terminalTokenSha256'] as const;
  const seen = Object.fromEntries(keys.map((k) => [k, new Map<string, number>()])) as Record<
    (typeof keys)[number],
    Map<string, number>
  >;
  p.people.forEach((person, i) => {
    for (const key of keys) {
      const value = person[key]?.toLowerCase();
      if (value === undefined) continue;
      const first = seen[key].get(value);
      if (first !== undefined) issue(['people', i, key], `${key} "${person[key]}" is already used by people[${first}]`);
      else seen[key].set(value, i);
    }
    person.groups.forEach((g, j) => {
      if (!(g in p.groups)) issue(['people', i, 'groups', j], `group "${g}" is not declared under groups:`);
    });
    person.roles.forEach((r, j) => {
      role(r, ['people', i, 'roles', j]);
    });
  });
  p.rules.forEach((rule, i) => {
    rule.roles.forEach((r, j) => {
      if (r !== '*') role(r, ['rules', i, 'roles', j]);
    });
    if (typeof rule.gitops === 'object') {
      rule.gitops.approval.from.forEach((r, j) => {
        role(r, ['rules', i, 'gitops', 'approval', 'from', j]);
      });
    }
    const approval = rule.approval;
    if (!approval) return;
    approval.from.forEach((r, j) => {
      role(r, ['rules', i, 'approval', 'from', j]);
    });
    const people = p.people.filter((person) => rolesOf(p, person).some((r) => approval.from.includes(r))).length;
    // A Slack user group may hold the role: its members are only known at run time.
    const fromSlack = Object.values(p.groups).some((g) => g.slackUserGroup && g.roles.some((r) => approval.from.includes(r)));
    if (people < approval.count && !fromSlack) {
      issue(
        ['rules', i, 'approval', 'count'],
        `${approval.count} approvals from ${approval.from.join(' or ')} can never be gathered: only ${people} people hold that role`,
      );
    }
  });
}
