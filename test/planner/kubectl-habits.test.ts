import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { kubectlRequest } from '../../src/planner/offline/kubectl.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from blind58's misses (people coming from other CLIs and ChatOps bots), in commands of their own.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('kubectlRequest (pure): more of kubectl and its Argo Rollouts plugin', () => {
  it.each([
    ['kubectl argo rollouts list rollouts -n staging', 'list workloads in staging'],
    ['kubectl rollout status deploy/worker -n staging', 'describe worker in staging'],
    ['kubectl scale rollout payments --replicas=4 -n production', 'scale payments in production to 4'],
    ['kubectl delete chaossimulation api-pod-kill-x1 -n staging', 'stop chaos experiment api-pod-kill-x1 in staging'],
    ['@botkube kubectl get pods -n monitoring', 'list pods in monitoring'],
  ])('%s → %s', (command, sentence) => {
    expect(kubectlRequest(command)).toBe(sentence);
  });
  it.each([
    'kubectl scale deploy/api --replicas=5 -n staging, no wait, 4',
    'kubectl rollout restart deploy/api -n staging, but in prod',
    'kubectl rollout restart deploy/web -n production... sorry, I meant staging',
  ])('"%s": words after it that change it leave the command unread', (command) => {
    expect(kubectlRequest(command)).toBeUndefined();
  });
});

describe('commands read through the planner', () => {
  it('a reason after a command: the write is read, for the requester to confirm', () => {
    const r = read('kubectl argo rollouts abort checkout -n staging. the canary is throwing errors');
    expect(r.plan).toMatchObject({ tool: 'abort_rollout', args: { namespace: 'staging', name: 'checkout' } });
    expect(r.confident).toBe(false);
  });
  it('a write addressed to another bot by name is confirmed by the requester', () => {
    const r = read('@Botkube kubectl rollout restart deploy/api -n staging');
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'staging', name: 'api' } });
    expect(r.confident).toBe(false);
  });
  it('a context that names no cluster asks which', () => {
    expect(read('kubectl --context eu-west-9 get deploy -n production').plan.outcome).toBe('clarify');
  });
});
