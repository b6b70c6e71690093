import { describe, expect, it } from 'vitest';
import type { PlanContext } from '../../src/planner/plan.ts';
import { resolveCall } from '../../src/planner/resolve.ts';
import { sandboxInventory, sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

const ctx = sandboxPlanContext();

describe('sandbox plan context', () => {
  it('carries the seed workloads, namespaces and aliases', () => {
    const inv = sandboxInventory();
    expect(inv.workloads).toHaveLength(12);
    expect(inv.namespaces).toContain('kube-system');
    expect(inv.workloads.find((w) => w.namespace === 'staging' && w.name === 'web')).toMatchObject({
      kind: 'Deployment',
      replicas: 2,
      images: ['ghcr.io/acme/web:1.8.0'],
    });
    expect(ctx.namespaceAliases).toMatchObject({ prod: 'production', stg: 'staging', stage: 'staging' });
  });
});

describe('resolveCall', () => {
  it('refuses a tool outside the catalog', () => {
    const p = resolveCall('delete_namespace', { namespace: 'staging' }, ctx, 'llm');
    expect(p).toMatchObject({ outcome: 'unsupported', source: 'llm' });
  });

  it('applies aliases, validates, fills defaults and says what it will do', () => {
    const p = resolveCall('scale', { namespace: 'prod', name: 'web', replicas: 8 }, ctx);
    expect(p).toMatchObject({ outcome: 'tool', tool: 'scale', args: { namespace: 'production', name: 'web', replicas: 8 } });
    expect(p.message).toBe('Scale production/web from 6 to 8 replicas.');
    const logs = resolveCall('get_logs', { namespace: 'staging', name: 'api' }, ctx);
    expect(logs).toMatchObject({ outcome: 'tool', args: { tailLines: 50 } });
  });

  it('finds the namespace of a unique name', () => {
    expect(resolveCall('restart', { name: 'coredns' }, ctx)).toMatchObject({
      outcome: 'tool',
      args: { namespace: 'kube-system', name: 'coredns' },
    });
    expect(resolveCall('launch_chaos', { target: 'payments', experiment: 'pod-kill' }, ctx)).toMatchObject({
      outcome: 'tool',
      args: { namespace: 'production', target: 'payments', level: 1, durationSeconds: 60 },
    });
  });

  it('asks which one when the name is in several namespaces', () => {
    const p = resolveCall('scale', { name: 'web', replicas: 3 }, ctx);
    expect(p.outcome).toBe('clarify');
    expect(p.outcome === 'clarify' && p.candidates).toEqual(['staging/web', 'production/web']);
  });

  it('suggests the closest names for an unknown one', () => {
    const p = resolveCall('restart', { namespace: 'staging', name: 'wroker' }, ctx);
    expect(p.outcome).toBe('clarify');
    expect(p.outcome === 'clarify' && p.candidates).toContain('staging/worker');
    const far = resolveCall('restart', { namespace: 'staging', name: 'frontend' }, ctx);
    expect(far).toMatchObject({ outcome: 'clarify' });
  });

  it('says where a name is when the namespace is wrong', () => {
    const p = resolveCall('restart', { namespace: 'monitoring', name: 'web' }, ctx);
    expect(p).toMatchObject({ outcome: 'clarify', candidates: ['staging/web', 'production/web'] });
  });

  it('explains that Rollout tools do not act on Deployments, and prefers Rollouts when names repeat', () => {
    const p = resolveCall('promote_rollout', { namespace: 'staging', name: 'web' }, ctx);
    expect(p.outcome).toBe('clarify');
    expect(p.message).toMatch(/Deployment/);
    expect(resolveCall('abort_rollout', { name: 'payments' }, ctx)).toMatchObject({
      outcome: 'tool',
      args: { namespace: 'production' },
    });
    expect(resolveCall('promote_rollout', { name: 'checkout' }, ctx)).toMatchObject({ outcome: 'clarify' });
  });

  it('turns schema problems into a question', () => {
    expect(resolveCall('scale', { namespace: 'staging', name: 'web', replicas: -1 }, ctx)).toMatchObject({ outcome: 'clarify' });
    expect(resolveCall('scale', { namespace: 'staging', name: 'web', replicas: 2, force: true }, ctx)).toMatchObject({
      outcome: 'clarify',
    });
    expect(resolveCall('launch_chaos', { namespace: 'staging', target: 'web', experiment: 'rm-rf' }, ctx)).toMatchObject({
      outcome: 'clarify',
    });
  });

  it('does not refuse kube-system (the policy decides), and refuses unknown namespaces', () => {
    expect(resolveCall('scale', { namespace: 'kube-system', name: 'coredns', replicas: 0 }, ctx)).toMatchObject({
      outcome: 'tool',
    });
    expect(resolveCall('list_workloads', { namespace: 'stagin' }, ctx)).toMatchObject({
      outcome: 'clarify',
      candidates: ['staging'],
    });
  });

  it('passes pod and experiment names through, and asks for their namespace', () => {
    expect(resolveCall('delete_pod', { namespace: 'staging', name: 'web-7d4b9c8f5-abcde' }, ctx)).toMatchObject({
      outcome: 'tool',
    });
    expect(resolveCall('delete_pod', { name: 'web-7d4b9c8f5-abcde' }, ctx)).toMatchObject({ outcome: 'clarify' });
    expect(resolveCall('stop_chaos', { namespace: 'staging', name: 'api-pod-kill-x1y2' }, ctx)).toMatchObject({
      outcome: 'tool',
    });
    expect(resolveCall('get_logs', { namespace: 'staging', name: 'web-7d4b9c8f5-abcde' }, ctx)).toMatchObject({
      outcome: 'tool',
    });
    expect(resolveCall('delete_pod', { namespace: 'staging', name: 'Web_1' }, ctx)).toMatchObject({ outcome: 'clarify' });
  });

  it('uses pod names from the inventory to find their namespace', () => {
    const withPods: PlanContext = {
      ...ctx,
      inventory: { ...ctx.inventory, pods: [{ namespace: 'production', name: 'api-5f9-x1', workload: 'api' }] },
    };
    expect(resolveCall('delete_pod', { name: 'api-5f9-x1' }, withPods)).toMatchObject({
      outcome: 'tool',
      args: { namespace: 'production' },
    });
  });

  it('does not create a Deployment over an existing one', () => {
    const p = resolveCall('create_deployment', { namespace: 'staging', name: 'web', image: 'nginx:1.27' }, ctx);
    expect(p).toMatchObject({ outcome: 'clarify', candidates: ['staging/web'] });
    expect(resolveCall('create_deployment', { namespace: 'staging', name: 'hello', image: 'nginx:1.27' }, ctx)).toMatchObject({
      outcome: 'tool',
      args: { replicas: 1 },
    });
  });

  it('drops the default cluster and keeps another one', () => {
    expect(resolveCall('list_workloads', { cluster: 'sandbox' }, ctx)).toMatchObject({ outcome: 'tool', args: {} });
    const p = resolveCall('list_workloads', { cluster: 'sandbox' }, ctx);
    expect(p.outcome === 'tool' && 'cluster' in p.args).toBe(false);
  });
});
