import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { type ChaosApis, chaosApis, getSimulation, listSimulations } from '../../src/chaos/kube.ts';
import { targetWords } from '../../src/chaos/simulation.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { manualReconciler, testClock } from './fixture.ts';

let t: TestRuntime;
let api: ChaosApis;

beforeAll(async () => {
  t = await startTestRuntime();
  api = chaosApis(t.runtime.registry.get());
  await ensureSimulationCrd(api);
});
afterAll(() => t?.close());

const alice = { personId: 'alice' };

describe('chaos by message, through policy and approval', () => {
  it('"kill a pod of api in staging" is approved, launched, carried out and finished', async () => {
    const text = 'kill a pod of api in staging for 30 seconds';
    const pending = await t.runtime.core.handle({ channel: 'terminal', actor: alice, text });
    expect(pending).toMatchObject({
      outcome: 'pending',
      tool: 'launch_chaos',
      args: { namespace: 'staging', target: 'api', experiment: 'pod-kill' },
    });
    expect(pending.preview?.summary).toBe('kill 1 pod of staging/api (level 1) for 30s');
    expect(await listSimulations(api, 'staging')).toEqual([]);

    const done = await t.runtime.core.decide({
      approvalId: pending.approvalId ?? '',
      actor: { personId: 'carol' },
      decision: 'approve',
      channel: 'terminal',
    });
    expect(done.outcome).toBe('executed');
    const [sim] = await listSimulations(api, 'staging');
    expect(sim.spec).toMatchObject({ command: text, requestedBy: 'alice', approvedBy: ['carol'], level: 1 });

    const clock = testClock();
    const rec = manualReconciler(t.runtime.registry, clock.now);
    const before = (await api.core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=api' })).items.map(
      (p) => p.metadata?.name,
    );
    await rec.runOnce();
    const running = await getSimulation(api, 'staging', sim.metadata.name);
    expect(running?.status?.phase).toBe('Running');
    const [killed] = running?.status?.affectedPods ?? [];
    expect(before).toContain(killed);
    await vi.waitFor(async () => {
      const now = (await api.core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=api' })).items;
      expect(now.map((p) => p.metadata?.name)).not.toContain(killed);
      expect(now.filter((p) => !p.metadata?.deletionTimestamp && p.status?.phase === 'Running')).toHaveLength(2);
    });
    clock.advance(31);
    await rec.runOnce();
    expect((await getSimulation(api, 'staging', sim.metadata.name))?.status?.phase).toBe('Finished');
    await rec.stop();
  });

  it('the policy caps level and duration per namespace and keeps protected namespaces out', async () => {
    const call = (args: Record<string, unknown>) =>
      t.runtime.core.handle({
        channel: 'terminal',
        actor: alice,
        call: { tool: 'launch_chaos', args: { experiment: 'pod-kill', ...args } },
      });
    const tooWide = await call({ namespace: 'production', target: 'web', level: 5 });
    expect(tooWide).toMatchObject({ outcome: 'denied', decision: { rule: 'limit chaos.maxLevel' } });
    const tooLong = await call({ namespace: 'production', target: 'web', level: 2, durationSeconds: 3600 });
    expect(tooLong).toMatchObject({ outcome: 'denied', decision: { rule: 'limit chaos.maxDuration' } });
    const protectedNs = await call({ namespace: 'kube-system', target: 'coredns' });
    expect(protectedNs.outcome).toBe('denied');
    expect(await listSimulations(api)).toHaveLength(1);
  });

  it('stop_chaos by direct call ends a running simulation', async () => {
    const pending = await t.runtime.core.handle({
      channel: 'terminal',
      actor: alice,
      call: { tool: 'launch_chaos', args: { namespace: 'staging', target: 'web', experiment: 'pod-kill', durationSeconds: 600 } },
    });
    await t.runtime.core.decide({
      approvalId: pending.approvalId ?? '',
      actor: { personId: 'bob' },
      decision: 'approve',
      channel: 'terminal',
    });
    const sim = (await listSimulations(api, 'staging')).find((s) => targetWords(s.spec.experiment.target) === 'web');
    expect(sim).toBeDefined();
    const rec = manualReconciler(t.runtime.registry, testClock().now);
    await rec.runOnce();
    const stopped = await t.runtime.core.handle({
      channel: 'terminal',
      actor: alice,
      call: { tool: 'stop_chaos', args: { namespace: 'staging', name: sim?.metadata.name } },
    });
    expect(stopped.outcome).toBe('executed');
    expect((await getSimulation(api, 'staging', sim?.metadata.name ?? ''))?.status?.phase).toBe('Stopped');
    await rec.stop();
  });
});
