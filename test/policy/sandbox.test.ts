import { describe, expect, it } from 'vitest';
import { findTool } from '../../src/catalog/registry.ts';
import { evaluatePolicy, type PolicyInput } from '../../src/policy/evaluate.ts';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { canApprove, eligibleApprovers, findPerson } from '../../src/policy/people.ts';

const policy = loadPolicyFile(SANDBOX_POLICY_PATH);

function decide(personId: string | undefined, tool: string, args: Record<string, unknown>, extra: Partial<PolicyInput> = {}) {
  const risk = findTool(tool)?.risk;
  if (!risk) throw new Error(`no tool ${tool}`);
  const person = personId ? findPerson(policy, { personId }) : undefined;
  const namespace = typeof args.namespace === 'string' ? args.namespace : undefined;
  return evaluatePolicy(policy, { person, tool, risk, args, cluster: 'sandbox', namespace, ...extra });
}

const scaleStaging = { namespace: 'staging', name: 'web', replicas: 3 };
const scaleProd = { namespace: 'production', name: 'web', replicas: 7 };
const chaos = (namespace: string, level = 1) => ({
  namespace,
  target: 'web',
  experiment: 'pod-kill',
  level,
  durationSeconds: 60,
});

describe('the sandbox policy', () => {
  it.each([
    // who, tool, args, effect, rule, approvals needed
    ['alice', 'scale', scaleStaging, 'allow', 'rules[3] "engineers and approvers write in staging"', undefined],
    [
      'bob',
      'restart',
      { namespace: 'staging', name: 'api' },
      'allow',
      'rules[3] "engineers and approvers write in staging"',
      undefined,
    ],
    ['alice', 'scale', scaleProd, 'approval', 'rules[4] "writes in production need an approver"', 1],
    [
      'carol',
      'delete_pod',
      { namespace: 'production', name: 'web-1' },
      'approval',
      'rules[4] "writes in production need an approver"',
      1,
    ],
    ['alice', 'launch_chaos', chaos('staging'), 'approval', 'rules[1] "chaos in staging needs an approver"', 1],
    ['alice', 'launch_chaos', chaos('production', 3), 'approval', 'rules[2] "chaos in production needs two approvers"', 2],
    ['alice', 'launch_chaos', chaos('production', 4), 'deny', 'limit chaos.maxLevel', undefined],
    ['alice', 'launch_chaos', chaos('staging', 8), 'approval', 'rules[1] "chaos in staging needs an approver"', 1],
    ['alice', 'restart', { namespace: 'kube-system', name: 'coredns' }, 'deny', 'protected namespace kube-system', undefined],
    [
      'bob',
      'scale',
      { namespace: 'kube-system', name: 'coredns', replicas: 3 },
      'deny',
      'protected namespace kube-system',
      undefined,
    ],
    [
      'alice',
      'get_logs',
      { namespace: 'kube-system', name: 'coredns', tailLines: 50 },
      'allow',
      'rules[0] "everyone in the policy can read"',
      undefined,
    ],
    ['dave', 'list_workloads', {}, 'allow', 'rules[0] "everyone in the policy can read"', undefined],
    [
      'dave',
      'describe_workload',
      { namespace: 'production', name: 'web' },
      'allow',
      'rules[0] "everyone in the policy can read"',
      undefined,
    ],
    ['dave', 'scale', scaleStaging, 'deny', 'default deny', undefined],
    ['dave', 'launch_chaos', chaos('staging'), 'deny', 'default deny', undefined],
    ['alice', 'restart', { namespace: 'monitoring', name: 'prometheus' }, 'deny', 'default deny', undefined],
    [undefined, 'list_workloads', {}, 'deny', 'unknown person', undefined],
    [
      'alice',
      'set_image',
      { namespace: 'staging', name: 'web', image: 'ghcr.io/acme/web:1.9.0' },
      'allow',
      'rules[3] "engineers and approvers write in staging"',
      undefined,
    ],
    [
      'alice',
      'set_image',
      { namespace: 'staging', name: 'web', image: 'nginx:1.27' },
      'allow',
      'rules[3] "engineers and approvers write in staging"',
      undefined,
    ],
    [
      'alice',
      'set_image',
      { namespace: 'staging', name: 'web', image: 'ghcr.io/acme-evil/web:1' },
      'deny',
      'limit registries',
      undefined,
    ],
    [
      'alice',
      'create_deployment',
      { namespace: 'staging', name: 'x', image: 'quay.io/x/y:1', replicas: 1 },
      'deny',
      'limit registries',
      undefined,
    ],
    ['alice', 'scale', { namespace: 'staging', name: 'web', replicas: 21 }, 'deny', 'limit maxReplicas', undefined],
  ] as const)('%s %s %j → %s by %s', (who, tool, args, effect, rule, count) => {
    const d = decide(who, tool, args as Record<string, unknown>);
    expect(d.effect).toBe(effect);
    expect(d.rule).toBe(rule);
    expect(d.reason.length).toBeGreaterThan(10);
    expect(d.approval?.count).toBe(count);
    if (d.approval) {
      expect(d.approval.from).toEqual(['approver']);
      expect(d.approval.ttlSeconds).toBe(1800);
    }
  });

  it('finds people by id, Slack user id or email', () => {
    expect(findPerson(policy, { personId: 'alice' })?.id).toBe('alice');
    expect(findPerson(policy, { slackUserId: 'U0BOB' })?.id).toBe('bob');
    expect(findPerson(policy, { email: 'Carol@Example.com' })?.id).toBe('carol');
    expect(findPerson(policy, { personId: 'mallory', slackUserId: 'U0DAVE' })?.id).toBe('dave');
    expect(findPerson(policy, { slackUserId: 'U0NOBODY' })).toBeUndefined();
    expect(findPerson(policy, { personId: 'alice' })?.roles).toEqual(['engineer']);
  });

  it('names eligible approvers, never the requester', () => {
    expect(eligibleApprovers(policy, ['approver'], 'alice')).toEqual(['bob', 'carol']);
    expect(eligibleApprovers(policy, ['approver'], 'bob')).toEqual(['carol']);
    expect(canApprove(policy, 'bob', ['approver'], 'alice')).toMatchObject({ ok: true });
    expect(canApprove(policy, 'bob', ['approver'], 'bob')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('own request'),
    });
    expect(canApprove(policy, 'dave', ['approver'], 'alice')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('bob, carol'),
    });
    expect(canApprove(policy, 'mallory', ['approver'], 'alice').ok).toBe(false);
  });
});
