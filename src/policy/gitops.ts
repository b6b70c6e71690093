import type { PolicyDecision } from '../core/result.ts';
import { requirementOf } from './requirement.ts';
import type { Rule } from './schema.ts';

/** The GitOps app that manages a write's target, as the Core found it (see src/gitops/notice.ts). */
export interface GitopsTarget {
  app: string;
  selfHeal: boolean;
}

/**
 * A rule's `gitops` setting applied to its decision when the target is managed by a GitOps app: `warn` (the
 * default) keeps the decision (the notice goes on the card), `deny` refuses, `{approval}` asks for that approval
 * even where the rule alone would allow.
 */
export function applyGitops(
  decision: PolicyDecision,
  rule: Rule,
  ruleName: string,
  where: string,
  gitops: GitopsTarget | undefined,
): PolicyDecision {
  if (!gitops || decision.effect === 'deny' || rule.gitops === 'warn') return decision;
  const managed = `the target ${where} is managed by Argo CD app ${gitops.app}${gitops.selfHeal ? ', which reverts changes (self-heal)' : ''}`;
  if (rule.gitops === 'deny') {
    return {
      effect: 'deny',
      rule: ruleName,
      reason: `${rule.name}: ${managed}, and this rule refuses changes to GitOps-managed targets (${ruleName}). Change it in Git instead, or use Argo CD's rollback.`,
    };
  }
  const approval = rule.gitops.approval;
  const count = approval.count === 1 ? 'one approval' : `${approval.count} approvals from different people`;
  return {
    effect: 'approval',
    rule: ruleName,
    reason: `${rule.name}: ${managed}, so this change needs ${count} with the role ${approval.from.join(' or ')} (${ruleName}, gitops).`,
    approval: requirementOf(approval),
  };
}
