import { z } from 'zod';
import type { Preview } from '../catalog/tool.ts';
import { podCount } from '../chaos/blast-radius.ts';
import { asCoxswainError } from '../core/errors.ts';
import type { CostImpact } from '../core/notices.ts';
import type { KubeCluster } from '../kube/cluster.ts';

/**
 * What a write costs per month, from OpenCost: a workload's own cost per pod-hour over the last 7 days × the
 * replica change × 730 hours, or, for a new Deployment, its requests × the cluster's unit prices (cost per
 * core-hour and per GiB-hour over the same week). OpenCost unreachable: the cost is unknown, nothing else changes.
 */
export const HOURS_PER_MONTH = 730;
const WINDOW = '7d';
const GIB = 2 ** 30;
const CURRENCY = 'USD';

const Allocation = z
  .object({
    totalCost: z.number(),
    minutes: z.number().optional(),
    cpuCost: z.number().optional(),
    cpuCoreHours: z.number().optional(),
    ramCost: z.number().optional(),
    ramByteHours: z.number().optional(),
  })
  .loose();
const AllocationAnswer = z.object({
  code: z.number(),
  message: z.string().optional(),
  data: z.array(z.record(z.string(), Allocation)).nullable(),
});
type Allocation = z.infer<typeof Allocation>;

/** What a cost needs to know about the target beyond the call's arguments. */
export interface CostTarget {
  /** Live replicas of the target (scale, chaos). */
  replicas?: number;
  /** Per-pod requests of a new Deployment (create_deployment): Kubernetes quantities. */
  requests?: Record<string, string>;
}

const money = (n: number) => `$${Math.abs(n).toFixed(2)}`;

async function allocations(kube: KubeCluster, query: Record<string, string>): Promise<Allocation[]> {
  const answer = AllocationAnswer.parse(await kube.opencost('/allocation', { window: WINDOW, accumulate: 'true', ...query }));
  if (answer.code !== 200) throw new Error(answer.message ?? `OpenCost answered code ${answer.code}`);
  return (answer.data ?? []).flatMap((set) =>
    Object.entries(set)
      .filter(([k]) => !k.startsWith('__'))
      .map(([, a]) => a),
  );
}

/** The workload's cost per pod-hour over the window (total cost over pod-hours), or undefined without data. */
async function perPodHour(kube: KubeCluster, namespace: string, name: string): Promise<number | undefined> {
  const pods = await allocations(kube, {
    aggregate: 'pod',
    filter: `namespace:"${namespace}"+controllerName:"${name}"`,
  });
  const hours = pods.reduce((n, p) => n + (p.minutes ?? 0) / 60, 0);
  const cost = pods.reduce((n, p) => n + p.totalCost, 0);
  return hours > 0 ? cost / hours : undefined;
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, m: 1e-3 };

function quantity(q: string | undefined): number {
  const m = /^([0-9.]+)([A-Za-z]*)$/.exec(q ?? '');
  return m ? Number(m[1]) * (BINARY[m[2]] ?? DECIMAL[m[2]] ?? 1) : 0;
}

/** Unit prices from the cluster's own allocation: cost per core-hour and per GiB-hour over the window. */
async function unitPrices(kube: KubeCluster): Promise<{ cpu: number; ramGib: number } | undefined> {
  const all = await allocations(kube, { aggregate: 'cluster' });
  const cpuHours = all.reduce((n, a) => n + (a.cpuCoreHours ?? 0), 0);
  const gibHours = all.reduce((n, a) => n + (a.ramByteHours ?? 0), 0) / GIB;
  if (cpuHours <= 0 || gibHours <= 0) return undefined;
  return {
    cpu: all.reduce((n, a) => n + (a.cpuCost ?? 0), 0) / cpuHours,
    ramGib: all.reduce((n, a) => n + (a.ramCost ?? 0), 0) / gibHours,
  };
}

function replicaChange(args: Record<string, unknown>, preview: Preview, target: CostTarget): number | undefined {
  const change = preview.changes.find((c) => c.path === 'spec.replicas');
  const before = typeof change?.before === 'number' ? change.before : target.replicas;
  const after = typeof change?.after === 'number' ? change.after : args.replicas;
  return typeof before === 'number' && typeof after === 'number' ? after - before : undefined;
}

async function compute(
  kube: KubeCluster,
  tool: string,
  args: Record<string, unknown>,
  preview: Preview,
  target: CostTarget,
): Promise<CostImpact | undefined> {
  const namespace = String(args.namespace ?? '');
  if (tool === 'create_deployment') {
    const replicas = typeof args.replicas === 'number' ? args.replicas : 1;
    const requests = target.requests ?? kube.defaultRequests;
    const cores = quantity(requests.cpu);
    const gib = quantity(requests.memory) / GIB;
    const prices = await unitPrices(kube);
    if (!prices) return unknown(`OpenCost has no cost data for cluster ${kube.name} over the last 7 days`);
    const monthly = replicas * (cores * prices.cpu + gib * prices.ramGib) * HOURS_PER_MONTH;
    return {
      monthly: round(monthly),
      currency: CURRENCY,
      basis: `${replicas} pod${replicas === 1 ? '' : 's'} × requests (${requests.cpu ?? '0'} CPU, ${requests.memory ?? '0'} memory) × OpenCost unit prices over the last 7 days ($${prices.cpu.toFixed(4)}/core-hour, $${prices.ramGib.toFixed(4)}/GiB-hour) × ${HOURS_PER_MONTH} h/month`,
    };
  }
  const name = String(tool === 'launch_chaos' ? args.target : args.name);
  const pods =
    tool === 'scale'
      ? replicaChange(args, preview, target)
      : tool === 'launch_chaos' && target.replicas !== undefined
        ? -podCount(Number(args.level ?? 1), target.replicas)
        : undefined;
  if (!pods) return undefined;
  const hourly = await perPodHour(kube, namespace, name);
  if (hourly === undefined) return unknown(`OpenCost has no cost for ${namespace}/${name} over the last 7 days`);
  const monthly = round(pods * hourly * HOURS_PER_MONTH);
  const sign = pods > 0 ? '+' : '−';
  const basis = `${money(hourly)}/pod-hour for ${namespace}/${name} (OpenCost, last 7 days) × ${sign}${Math.abs(pods)} pod${Math.abs(pods) === 1 ? '' : 's'} × ${HOURS_PER_MONTH} h/month`;
  if (tool === 'launch_chaos') {
    // Chaos takes pods away only while it runs, and their controller brings them back: the monthly figure is the
    // rate of the capacity removed, not a change of the bill.
    return { monthly, currency: CURRENCY, basis: `capacity removed while the experiment runs: ${basis}` };
  }
  return { monthly, currency: CURRENCY, basis };
}

function unknown(why: string): CostImpact {
  return { monthly: null, currency: CURRENCY, basis: `cost unknown: ${why}` };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Tools whose effect changes what runs: scale, create_deployment, and chaos that takes pods away. */
export function hasCostImpact(tool: string, args: Record<string, unknown>): boolean {
  if (tool === 'scale' || tool === 'create_deployment') return true;
  return tool === 'launch_chaos' && (args.experiment === 'pod-kill' || args.experiment === 'pod-failure');
}

/** The cost impact of a write, or undefined for tools without one; OpenCost failing makes it unknown, not an error. */
export async function costImpact(
  kube: KubeCluster,
  tool: string,
  args: Record<string, unknown>,
  preview: Preview,
  target: CostTarget = {},
): Promise<CostImpact | undefined> {
  if (!hasCostImpact(tool, args)) return undefined;
  try {
    return await compute(kube, tool, args, preview, target);
  } catch (err) {
    return unknown(`OpenCost did not answer (${asCoxswainError(err).message.replace(/\.$/, '')})`);
  }
}
