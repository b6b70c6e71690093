import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderCard } from '../../src/adapters/slack/render/card.ts';
import type { Result } from '../../src/core/result.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/** Cost impact through the Core, priced by the sandbox's OpenCost over HTTP. */
let t: TestRuntime;
const call = (tool: string, args: Record<string, unknown>, person = 'alice'): Promise<Result> =>
  t.runtime.core.handle({ channel: 'terminal', actor: { personId: person }, call: { tool, args } });

beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());

describe('cost impact', () => {
  it('scale: the workload’s own cost per pod-hour over 7 days × the replica change × 730 h', async () => {
    const r = await call('scale', { namespace: 'production', name: 'api', replicas: 6 });
    expect(r.outcome).toBe('pending');
    // api requests 500m CPU and 512Mi per pod; the sandbox prices them at OpenCost's defaults
    // ($0.031611/core-hour, $0.004237/GiB-hour) plus $0.012/day of network per pod.
    const perPodHour = 0.5 * 0.031611 + 0.5 * 0.004237 + 0.012 / 24;
    expect(r.costImpact?.monthly).toBeCloseTo(2 * perPodHour * 730, 1);
    expect(r.costImpact?.basis).toMatch(/production\/api .*\+2 pods × 730 h\/month/);
    const card = renderCard((await t.runtime.core.getApproval(r.approvalId as string))!);
    expect(JSON.stringify(card.blocks)).toContain(`Cost: +$${r.costImpact?.monthly?.toFixed(2)}/month`);
  });

  it('create_deployment: requests × the cluster’s unit prices from OpenCost', async () => {
    const r = await call('create_deployment', {
      namespace: 'staging',
      name: 'hello',
      image: 'ghcr.io/acme/web:1.8.0',
      replicas: 2,
    });
    expect(r.outcome).toBe('executed');
    expect(r.costImpact?.monthly).toBeGreaterThan(0);
    expect(r.costImpact?.basis).toContain('2 pods × requests');
  });

  it('chaos that removes pods: the capacity removed while it runs', async () => {
    // The ChaosSimulation CRD, as `kubectl apply -f deploy/crds/chaossimulation.yaml` installs it.
    const crd = parse(readFileSync(new URL('../../deploy/crds/chaossimulation.yaml', import.meta.url), 'utf8'));
    const res = await fetch(`${t.sandbox.url}/apis/apiextensions.k8s.io/v1/customresourcedefinitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.sandbox.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(crd),
    });
    expect(res.status).toBe(201);
    const r = await call('launch_chaos', { namespace: 'staging', target: 'web', experiment: 'pod-kill', level: 5 });
    expect(r.outcome).toBe('pending');
    expect(r.costImpact?.monthly).toBeLessThan(0);
    expect(r.costImpact?.basis).toContain('capacity removed while the experiment runs');
  });

  it('OpenCost not answering: the cost is unknown and nothing else changes', async () => {
    t.sandbox.faults.failNext({ pathIncludes: '/allocation', status: 503, times: 50 });
    const r = await call('scale', { namespace: 'production', name: 'web', replicas: 7 });
    t.sandbox.faults.clear();
    expect(r.outcome).toBe('pending');
    expect(r.costImpact).toMatchObject({ monthly: null, currency: 'USD' });
    expect(r.costImpact?.basis).toMatch(/^cost unknown: OpenCost/);
    expect(r.notices?.[0]).toMatchObject({ app: 'web-production' });
    const card = renderCard((await t.runtime.core.getApproval(r.approvalId as string))!);
    expect(JSON.stringify(card.blocks)).toContain('Cost: unknown');
  });
});
