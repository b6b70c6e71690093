import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCard } from '../../src/adapters/slack/render/card.ts';
import type { Result } from '../../src/core/result.ts';
import { SEED_WORKLOADS } from '../../src/sandbox/seed.ts';
import { figure } from '../hardening/figures.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Issue 14's goals measured on the sandbox: a GitOps notice on every write to an Argo CD-managed workload and on
 * no other; a cost on every scale while OpenCost answers; every pending card mentioning every eligible approver.
 */
const MANAGED = new Set(['production/api', 'production/web']);
let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());

describe('GitOps notices, cost and mentions over every workload the policy lets alice write', () => {
  it('counts them', async () => {
    const targets = SEED_WORKLOADS.filter((w) => w.namespace === 'staging' || w.namespace === 'production');
    const results: { where: string; tool: string; r: Result }[] = [];
    for (const w of targets) {
      for (const [tool, extra] of [
        ['scale', { replicas: w.replicas + 1 }],
        ['restart', {}],
      ] as const) {
        const args = { namespace: w.namespace, name: w.name, ...extra };
        const r = await t.runtime.core.handle({ channel: 'terminal', actor: { personId: 'alice' }, call: { tool, args } });
        expect(['pending', 'executed']).toContain(r.outcome);
        results.push({ where: `${w.namespace}/${w.name}`, tool, r });
      }
    }
    const managed = results.filter((x) => MANAGED.has(x.where));
    const unmanaged = results.filter((x) => !MANAGED.has(x.where));
    const noticed = managed.filter((x) => x.r.notices?.some((n) => n.kind === 'gitops')).length;
    const falseNotices = unmanaged.filter((x) => x.r.notices?.length).length;
    const scales = results.filter((x) => x.tool === 'scale');
    const priced = scales.filter((x) => typeof x.r.costImpact?.monthly === 'number').length;
    const pending = results.filter((x) => x.r.outcome === 'pending');
    let mentioned = 0;
    for (const p of pending) {
      const a = await t.runtime.core.getApproval(p.r.approvalId as string);
      const text = String(renderCard(a!).text);
      if (a?.eligible.every((id) => text.includes(`<@${a.notify?.people[id]}>`))) mentioned += 1;
    }
    expect(noticed).toBe(managed.length);
    expect(falseNotices).toBe(0);
    expect(priced).toBe(scales.length);
    expect(mentioned).toBe(pending.length);
    figure(
      'gitops notices',
      `${results.length} writes (scale, restart) on every staging and production workload: a GitOps notice on ${noticed}/${managed.length} writes to Argo CD-managed workloads, on ${falseNotices}/${unmanaged.length} others; a cost impact on ${priced}/${scales.length} scales; ${mentioned}/${pending.length} pending cards mention every eligible approver`,
    );
  });
});
