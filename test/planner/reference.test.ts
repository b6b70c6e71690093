import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { valueFrom } from '../../src/planner/offline/reference.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

const workloads = new Set(['web', 'api', 'worker', 'checkout', 'payments']);
const namespaces = new Map([
  ['staging', 'staging'],
  ['production', 'production'],
  ['prod', 'production'],
]);

describe('valueFrom: a value asked for by pointing at another workload', () => {
  it('finds the workload that changes and the one the value comes from', () => {
    expect(valueFrom('set worker in prod to the same replica count that web has in staging', workloads, namespaces)).toEqual({
      field: 'replicas',
      target: { namespace: 'production', name: 'worker' },
      source: { namespace: 'staging', name: 'web' },
    });
    expect(valueFrom('scale worker in staging to match what production runs', workloads, namespaces)).toEqual({
      field: 'replicas',
      target: { namespace: 'staging', name: 'worker' },
      source: { namespace: 'production' },
    });
    expect(valueFrom('put the image production web is running onto staging web', workloads, namespaces)).toEqual({
      field: 'image',
      target: { namespace: 'staging', name: 'web' },
      source: { namespace: 'production', name: 'web' },
    });
  });

  it('finds nothing in a plain request or a report', () => {
    expect(valueFrom('scale web in staging to 4', workloads, namespaces)).toBeUndefined();
    expect(valueFrom('web in prod matches the sheet, worker in prod does not', workloads, namespaces)).toBeUndefined();
  });
});

describe('the planner reads the value from the inventory, for the requester to confirm', () => {
  const ctx = sandboxPlanContext();
  it('scales to the other workload count, unsure', () => {
    const r = planOffline('for the perf comparison give staging web as many replicas as production web has', ctx);
    const prod = ctx.inventory.workloads.find((w) => w.namespace === 'production' && w.name === 'web');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: prod?.replicas } });
    expect(r.confident).toBe(false);
  });

  it('keeps a value said outright, and answers a question with no write', () => {
    expect(planOffline('scale staging web to 4 to match prod', ctx).plan).not.toMatchObject({ args: { replicas: 6 } });
    expect(planOffline('does staging web have as many replicas as production web?', ctx).plan.outcome).not.toBe('tool');
  });
});

// Kinds from dev-kinds11's terse references, in phrasings of their own.
describe('a value pointed at without a verb, or from a workload placed earlier', () => {
  const ctx = sandboxPlanContext();
  it.each([
    ['prod web: same replica count as prod api', 'scale', { namespace: 'production', name: 'web', replicas: 4 }],
    [
      'staging worker image = whatever prod worker runs',
      'set_image',
      { namespace: 'staging', name: 'worker', image: 'ghcr.io/acme/worker:0.9.3' },
    ],
    ["production worker up to staging checkout's count", 'scale', { namespace: 'production', name: 'worker', replicas: 4 }],
    [
      'worker in staging runs 1 and api in staging runs 2. scale worker to match api',
      'scale',
      { namespace: 'staging', name: 'worker', replicas: 2 },
    ],
    ['make worker match api (staging)', 'scale', { namespace: 'staging', name: 'worker', replicas: 2 }],
  ])('"%s"', (text, tool, args) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
  it('a question that compares proposes no write', () => {
    expect(planOffline('is prod web the same replica count as prod api?', ctx).plan.outcome).not.toBe('tool');
  });
});
