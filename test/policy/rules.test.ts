import { describe, expect, it } from 'vitest';
import { evaluatePolicy, type PolicyInput } from '../../src/policy/evaluate.ts';
import { imageFrom } from '../../src/policy/limits.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import type { Policy } from '../../src/policy/schema.ts';

/** A small policy written for these cases: the order of the rules is deliberate (the deny rule comes last). */
const yaml = `version: 1
roles: { dev: developer, ops: operator }
people:
  - { id: ann, roles: [dev] }
  - { id: oli, roles: [ops] }
  - { id: nobody-special }
protectedNamespaces: [kube-*]
chaosRequiresInjectLabel: true
rules:
  - name: reads everywhere
    tools: read
    effect: allow
  - name: rollouts on edge clusters
    tools: '*_rollout'
    clusters: edge-*
    effect: allow
  - name: devs write in team namespaces
    tools: [write, destructive]
    namespaces: team-*
    roles: dev
    effect: allow
  - name: ops scale in prod
    tools: scale
    namespaces: prod
    roles: ops
    effect: approval
    approval: { from: ops, count: 1, ttl: 10m }
  - name: ops chaos in prod
    tools: launch_chaos
    namespaces: prod
    roles: ops
    effect: allow
  - name: no deleting pods in team-payments
    tools: delete_pod
    namespaces: team-payments
    effect: deny
limits:
  - namespaces: prod
    maxReplicas: 10
    maxReplicaChange: 3
    chaos: { maxLevel: 2, maxDuration: 5m }
  - namespaces: team-*
    registries: [ghcr.io/acme/, docker.io/library/nginx]
`;
const parsed = parsePolicy(yaml);
if (!parsed.policy) throw new Error(JSON.stringify(parsed.errors));
const policy: Policy = parsed.policy;
const person = (id: string) => policy.people.find((p) => p.id === id);

function decide(input: Partial<PolicyInput> & Pick<PolicyInput, 'tool' | 'risk'>, who = 'ann') {
  return evaluatePolicy(policy, { person: person(who), args: {}, cluster: 'main', ...input });
}

const chaosArgs = { target: 'web', experiment: 'pod-kill', level: 2, durationSeconds: 300 };
const labelled = { 'chaos-mesh.org/inject': 'enabled' };

describe('evaluatePolicy', () => {
  it.each<[string, string, Partial<PolicyInput> & Pick<PolicyInput, 'tool' | 'risk'>, string, string]>([
    [
      'a deny rule wins over an earlier allow',
      'ann',
      { tool: 'delete_pod', risk: 'destructive', namespace: 'team-payments' },
      'deny',
      'rules[5] "no deleting pods in team-payments"',
    ],
    [
      'the allow still applies elsewhere',
      'ann',
      { tool: 'delete_pod', risk: 'destructive', namespace: 'team-search' },
      'allow',
      'rules[2] "devs write in team namespaces"',
    ],
    [
      'protected namespaces by glob',
      'ann',
      { tool: 'restart', risk: 'write', namespace: 'kube-public' },
      'deny',
      'protected namespace kube-public',
    ],
    [
      'protected namespaces still read',
      'nobody-special',
      { tool: 'list_pods', risk: 'read', namespace: 'kube-system' },
      'allow',
      'rules[0] "reads everywhere"',
    ],
    [
      'a tool glob and a cluster glob',
      'nobody-special',
      { tool: 'promote_rollout', risk: 'write', namespace: 'x', cluster: 'edge-3' },
      'allow',
      'rules[1] "rollouts on edge clusters"',
    ],
    [
      'the cluster glob does not match',
      'nobody-special',
      { tool: 'promote_rollout', risk: 'write', namespace: 'x', cluster: 'core-1' },
      'deny',
      'default deny',
    ],
    ['roles select the requester', 'oli', { tool: 'restart', risk: 'write', namespace: 'team-search' }, 'deny', 'default deny'],
    [
      'a risk class selects by risk',
      'ann',
      { tool: 'launch_chaos', risk: 'destructive', namespace: 'team-a', args: chaosArgs, namespaceLabels: labelled },
      'allow',
      'rules[2] "devs write in team namespaces"',
    ],
    [
      'approval',
      'oli',
      { tool: 'scale', risk: 'write', namespace: 'prod', args: { replicas: 6 }, current: { replicas: 4 } },
      'approval',
      'rules[3] "ops scale in prod"',
    ],
    [
      'maxReplicas',
      'oli',
      { tool: 'scale', risk: 'write', namespace: 'prod', args: { replicas: 11 }, current: { replicas: 9 } },
      'deny',
      'limit maxReplicas',
    ],
    [
      'maxReplicaChange up',
      'oli',
      { tool: 'scale', risk: 'write', namespace: 'prod', args: { replicas: 8 }, current: { replicas: 4 } },
      'deny',
      'limit maxReplicaChange',
    ],
    [
      'maxReplicaChange down',
      'oli',
      { tool: 'scale', risk: 'write', namespace: 'prod', args: { replicas: 0 }, current: { replicas: 4 } },
      'deny',
      'limit maxReplicaChange',
    ],
    [
      'maxReplicaChange at the limit',
      'oli',
      { tool: 'scale', risk: 'write', namespace: 'prod', args: { replicas: 1 }, current: { replicas: 4 } },
      'approval',
      'rules[3] "ops scale in prod"',
    ],
    [
      'maxReplicaChange without the current count',
      'oli',
      { tool: 'scale', risk: 'write', namespace: 'prod', args: { replicas: 5 } },
      'deny',
      'limit maxReplicaChange',
    ],
    [
      'registry allowed',
      'ann',
      { tool: 'set_image', risk: 'write', namespace: 'team-a', args: { image: 'ghcr.io/acme/web:2' } },
      'allow',
      'rules[2] "devs write in team namespaces"',
    ],
    [
      'Docker Hub short name allowed',
      'ann',
      { tool: 'create_deployment', risk: 'write', namespace: 'team-a', args: { image: 'nginx:1.27', replicas: 1 } },
      'allow',
      'rules[2] "devs write in team namespaces"',
    ],
    [
      'Docker Hub short name refused',
      'ann',
      { tool: 'create_deployment', risk: 'write', namespace: 'team-a', args: { image: 'redis:7', replicas: 1 } },
      'deny',
      'limit registries',
    ],
    [
      'chaos level cap',
      'oli',
      {
        tool: 'launch_chaos',
        risk: 'destructive',
        namespace: 'prod',
        args: { ...chaosArgs, level: 3 },
        namespaceLabels: labelled,
      },
      'deny',
      'limit chaos.maxLevel',
    ],
    [
      'chaos duration cap',
      'oli',
      {
        tool: 'launch_chaos',
        risk: 'destructive',
        namespace: 'prod',
        args: { ...chaosArgs, durationSeconds: 301 },
        namespaceLabels: labelled,
      },
      'deny',
      'limit chaos.maxDuration',
    ],
    [
      'chaos within the caps',
      'oli',
      { tool: 'launch_chaos', risk: 'destructive', namespace: 'prod', args: chaosArgs, namespaceLabels: labelled },
      'allow',
      'rules[4] "ops chaos in prod"',
    ],
    [
      'chaos without the inject label',
      'oli',
      { tool: 'launch_chaos', risk: 'destructive', namespace: 'prod', args: chaosArgs, namespaceLabels: { team: 'x' } },
      'deny',
      'chaos requires label chaos-mesh.org/inject=enabled',
    ],
    [
      'chaos with labels unknown',
      'oli',
      { tool: 'launch_chaos', risk: 'destructive', namespace: 'prod', args: chaosArgs },
      'deny',
      'chaos requires label chaos-mesh.org/inject=enabled',
    ],
    ['a read of all namespaces', 'ann', { tool: 'list_workloads', risk: 'read' }, 'allow', 'rules[0] "reads everywhere"'],
    ['someone not in the policy', '', { tool: 'list_workloads', risk: 'read' }, 'deny', 'unknown person'],
  ])('%s', (_what, who, input, effect, rule) => {
    const d = decide(input, who);
    expect({ effect: d.effect, rule: d.rule }).toEqual({ effect, rule });
  });

  it('gives the approval requirement in seconds', () => {
    const d = decide({ tool: 'scale', risk: 'write', namespace: 'prod', args: { replicas: 5 }, current: { replicas: 4 } }, 'oli');
    expect(d.approval).toEqual({ from: ['ops'], count: 1, ttlSeconds: 600, remind: 0.25 });
    expect(d.reason).toContain('ops scale in prod');
  });

  it('matches a namespaced rule only against that namespace, not against all namespaces', () => {
    const p = parsePolicy(
      yaml.replace('    tools: read\n    effect: allow', '    tools: read\n    namespaces: team-*\n    effect: allow'),
    ).policy!;
    expect(
      evaluatePolicy(p, { person: person('ann'), tool: 'list_workloads', risk: 'read', args: {}, cluster: 'main' }).rule,
    ).toBe('default deny');
  });
});

describe('imageFrom', () => {
  it.each([
    ['ghcr.io/acme/web:1', 'ghcr.io/acme', true],
    ['ghcr.io/acme/web:1', 'ghcr.io/acme/', true],
    ['ghcr.io/acme-evil/web:1', 'ghcr.io/acme', false],
    ['ghcr.io/acme', 'ghcr.io/acme', true],
    ['nginx', 'docker.io/library', true],
    ['nginx:1.27', 'docker.io/library/nginx', true],
    ['nginx-evil:1', 'docker.io/library/nginx', false],
    ['prom/prometheus:v2', 'docker.io/prom', true],
    ['prom/prometheus:v2', 'docker.io/library', false],
    ['localhost:5000/x:1', 'localhost:5000', true],
    [`ghcr.io/acme/web@sha256:${'a'.repeat(64)}`, 'ghcr.io/acme/web', true],
  ])('%s from %s: %s', (image, prefix, expected) => {
    expect(imageFrom(image, prefix)).toBe(expected);
  });
});
