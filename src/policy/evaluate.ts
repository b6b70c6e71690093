import type { Risk } from '../catalog/tool.ts';
import type { PolicyDecision } from '../core/result.ts';
import { applyGitops, type GitopsTarget } from './gitops.ts';
import { anyGlobMatches, globMatches } from './glob.ts';
import { checkLimits } from './limits.ts';
import { requirementOf } from './requirement.ts';
import type { Person, Policy, Rule } from './schema.ts';

/** Everything a decision depends on. Pure data: the caller looked up the person, the live count and labels. */
export interface PolicyInput {
  /** Undefined when the actor is not in the policy (such a request is always denied). */
  person?: Person;
  tool: string;
  risk: Risk;
  args: Record<string, unknown>;
  cluster: string;
  /** Undefined for reads across all namespaces. */
  namespace?: string;
  /** The target's live state, for limits on the size of a change. */
  current?: { replicas?: number };
  /** The target namespace's labels, for chaosRequiresInjectLabel. */
  namespaceLabels?: Record<string, string>;
  /** The GitOps app managing the target, when there is one (the rule's `gitops` setting applies). */
  gitops?: GitopsTarget;
}

const RISK_CLASSES: readonly string[] = ['read', 'write', 'destructive'];

/**
 * The decision for one tool call, in this order (docs/policy.md):
 * 1. an actor who is not in the policy is denied;
 * 2. a write in a protected namespace is denied;
 * 3. the first matching `deny` rule denies;
 * 4. otherwise the first matching `allow` or `approval` rule decides, and its call must then pass every
 *    matching limit (a limit breach denies, even when an approval would have been asked);
 * 5. nothing matched: default deny.
 */
export function evaluatePolicy(policy: Policy, input: PolicyInput): PolicyDecision {
  const { person, tool, risk } = input;
  const where = describeWhere(input);
  if (!person) {
    return deny(
      'unknown person',
      `The person asking is not in the policy, so coxswain will not run ${tool}. Ask an admin to add them (id, Slack user id or email) to the policy file.`,
    );
  }
  if (risk !== 'read' && input.namespace) {
    const namespace = input.namespace;
    if (policy.protectedNamespaces.some((g) => globMatches(g, namespace))) {
      return deny(
        `protected namespace ${namespace}`,
        `${namespace} is a protected namespace: coxswain never changes anything there (reads are fine). Make this change through your usual deployment process.`,
      );
    }
  }
  const matches = policy.rules.flatMap((rule, index) => (ruleMatches(rule, person, input) ? [{ rule, index }] : []));
  const decisive = matches.find((m) => m.rule.effect === 'deny') ?? matches[0];
  if (!decisive) {
    return deny(
      'default deny',
      `No rule lets ${person.id} (${rolesText(person)}) run ${tool} ${where}, and what no rule allows is denied. Ask an admin to change the policy if this should be allowed.`,
    );
  }
  const { rule, index } = decisive;
  const ruleName = `rules[${index}] "${rule.name}"`;
  if (rule.effect === 'deny') {
    return deny(ruleName, `${rule.name}: ${person.id} may not run ${tool} ${where} (${ruleName}).`);
  }
  const breach = checkLimits(policy, input);
  if (breach) return breach;
  return applyGitops(ruleDecision(rule, ruleName, person, tool, where), rule, ruleName, where, input.gitops);
}

function ruleDecision(rule: Rule, ruleName: string, person: Person, tool: string, where: string): PolicyDecision {
  if (rule.effect === 'allow') {
    return { effect: 'allow', rule: ruleName, reason: `${person.id} may run ${tool} ${where} (${ruleName}).` };
  }
  const approval = rule.approval!;
  const count = approval.count === 1 ? 'one approval' : `${approval.count} approvals from different people`;
  return {
    effect: 'approval',
    rule: ruleName,
    reason: `${rule.name}: ${tool} ${where} needs ${count} with the role ${approval.from.join(' or ')} (${ruleName}).`,
    approval: requirementOf(approval),
  };
}

function ruleMatches(rule: Rule, person: Person, input: PolicyInput): boolean {
  const toolMatches = rule.tools.some((s) => (RISK_CLASSES.includes(s) ? s === input.risk : globMatches(s, input.tool)));
  // A read across all namespaces is only covered by a rule for every namespace.
  const namespaceMatches =
    input.namespace === undefined ? rule.namespaces.includes('*') : anyGlobMatches(rule.namespaces, input.namespace);
  const roleMatches = rule.roles.includes('*') || rule.roles.some((r) => person.roles.includes(r));
  return toolMatches && namespaceMatches && roleMatches && anyGlobMatches(rule.clusters, input.cluster);
}

function deny(rule: string, reason: string): PolicyDecision {
  return { effect: 'deny', rule, reason };
}

function rolesText(person: Person): string {
  return person.roles.length ? `roles ${person.roles.join(', ')}` : 'no roles';
}

function describeWhere(input: Pick<PolicyInput, 'namespace' | 'cluster'>): string {
  return input.namespace ? `in ${input.namespace} on ${input.cluster}` : `in all namespaces on ${input.cluster}`;
}
