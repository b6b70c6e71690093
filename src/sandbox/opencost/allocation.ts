/**
 * OpenCost's `GET /allocation` on the sandbox's workloads: per step (or accumulated), allocations aggregated
 * by namespace, deployment, controller, pod or cluster (comma-separated for several), filtered by namespace.
 * Numbers are deterministic: each day is priced from the replicas and requests in effect at its start.
 */
import type { Cluster } from '../cluster.ts';
import { mustType } from '../cluster.ts';
import { SANDBOX_CLUSTER } from '../seed.ts';
import type { Unstructured } from '../types.ts';
import type { UsageHistory, WorkloadState } from './usage.ts';
import { DAY, parseStep, parseWindow, type Range } from './windows.ts';

/** OpenCost's default on-demand prices: per core-hour and per GiB-hour. */
const CPU_HOURLY = 0.031611;
const RAM_GIB_HOURLY = 0.004237;
const NETWORK_DAILY_PER_POD = 0.012;
const GIB = 2 ** 30;
const AGGREGATES = ['namespace', 'deployment', 'controller', 'controllerkind', 'pod', 'cluster', 'node'];

interface Piece {
  props: Record<string, string>;
  hours: number;
  cpuCoreHours: number;
  ramByteHours: number;
  networkCost: number;
  efficiency: number;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function efficiencyOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 0.35 + (h % 50) / 100;
}

/**
 * The current pods of each workload (namespace + `app` label → names, in list order), read once per request from
 * the stored objects without copying them: per workload and day, a copy of its namespace's pods made a week's
 * cost at scale 300 take seconds.
 */
function podNames(c: Cluster): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of c.store.read(mustType(c, '', 'pods'))) {
    const app = p.metadata.labels?.app;
    if (app === undefined) continue;
    const key = `${p.metadata.namespace}/${app}`;
    const names = out.get(key);
    if (names) names.push(p.metadata.name);
    else out.set(key, [p.metadata.name]);
  }
  return out;
}

/** Cost pieces (one per pod) of every workload over a range, day by day, that pass the filters. */
function pieces(usage: UsageHistory, pods: Map<string, string[]>, range: Range, filters: Filter[]): Piece[] {
  const out: Piece[] = [];
  for (let day = Math.floor(range.start / DAY) * DAY; day < range.end; day += DAY) {
    const hours = (Math.min(day + DAY, range.end) - Math.max(day, range.start)) / 3_600_000;
    if (hours <= 0) continue;
    for (const w of usage.at(day)) podPieces(out, pods.get(`${w.namespace}/${w.name}`) ?? [], w, hours, filters);
  }
  return out;
}

function podPieces(
  out: Piece[],
  pods: string[],
  w: { namespace: string; name: string; state: WorkloadState },
  hours: number,
  filters: Filter[],
): void {
  const { namespace, name, state: s } = w;
  const efficiency = efficiencyOf(name);
  for (let i = 0; i < s.replicas; i++) {
    const props = {
      cluster: SANDBOX_CLUSTER,
      node: 'sandbox-node-1',
      namespace,
      controller: name,
      controllerKind: s.kind,
      pod: pods[i] ?? `${name}-${i}`,
    };
    if (!filters.every((f) => f(props))) continue;
    out.push({
      props,
      hours,
      cpuCoreHours: s.cpu * hours,
      ramByteHours: s.ram * hours,
      networkCost: (NETWORK_DAILY_PER_POD * hours) / 24,
      efficiency,
    });
  }
}

function keyOf(props: Record<string, string>, aggregate: string[]): string {
  return aggregate
    .map((a) => {
      if (a === 'deployment') return props.controllerKind === 'deployment' ? props.controller : '__unallocated__';
      if (a === 'controller') return `${props.controllerKind}:${props.controller}`;
      if (a === 'controllerkind') return props.controllerKind;
      return props[a] ?? '__unallocated__';
    })
    .join('/');
}

function allocationOf(name: string, group: Piece[], range: Range): Unstructured {
  const hours = (range.end - range.start) / 3_600_000;
  const cpuCoreHours = group.reduce((n, p) => n + p.cpuCoreHours, 0);
  const ramByteHours = group.reduce((n, p) => n + p.ramByteHours, 0);
  const cpuCost = cpuCoreHours * CPU_HOURLY;
  const ramCost = (ramByteHours / GIB) * RAM_GIB_HOURLY;
  const networkCost = group.reduce((n, p) => n + p.networkCost, 0);
  const efficiency = group.reduce((n, p) => n + p.efficiency * p.cpuCoreHours, 0) / (cpuCoreHours || 1);
  // Properties shared by every piece are kept, as OpenCost keeps the aggregated-on properties.
  const props: Record<string, string> = { ...group[0].props };
  for (const p of group) for (const k of Object.keys(props)) if (p.props[k] !== props[k]) delete props[k];
  const window = {
    start: new Date(range.start).toISOString().replace('.000Z', 'Z'),
    end: new Date(range.end).toISOString().replace('.000Z', 'Z'),
  };
  return {
    name,
    properties: props,
    window,
    start: window.start,
    end: window.end,
    minutes: hours * 60,
    cpuCores: round(cpuCoreHours / hours),
    cpuCoreRequestAverage: round(cpuCoreHours / hours),
    cpuCoreUsageAverage: round((cpuCoreHours / hours) * efficiency),
    cpuCoreHours: round(cpuCoreHours),
    cpuCost: round(cpuCost),
    cpuCostAdjustment: 0,
    cpuEfficiency: round(efficiency),
    gpuCount: 0,
    gpuHours: 0,
    gpuCost: 0,
    gpuCostAdjustment: 0,
    networkTransferBytes: 0,
    networkReceiveBytes: 0,
    networkCost: round(networkCost),
    networkCostAdjustment: 0,
    loadBalancerCost: 0,
    loadBalancerCostAdjustment: 0,
    pvBytes: 0,
    pvByteHours: 0,
    pvCost: 0,
    pvs: null,
    pvCostAdjustment: 0,
    ramBytes: round(ramByteHours / hours),
    ramByteRequestAverage: round(ramByteHours / hours),
    ramByteUsageAverage: round((ramByteHours / hours) * efficiency),
    ramByteHours: round(ramByteHours),
    ramCost: round(ramCost),
    ramCostAdjustment: 0,
    ramEfficiency: round(efficiency),
    sharedCost: 0,
    externalCost: 0,
    totalCost: round(cpuCost + ramCost + networkCost),
    totalEfficiency: round(efficiency),
    rawAllocationOnly: null,
  };
}

type Filter = (props: Record<string, string>) => boolean;

/** OpenCost v2 filters (`namespace:"a","b"+controllerName!:"x"`) and the legacy `filterNamespaces`/`namespace`. */
function parseFilters(q: URLSearchParams): Filter[] {
  const out: Filter[] = [];
  const field: Record<string, string> = {
    namespace: 'namespace',
    cluster: 'cluster',
    controllername: 'controller',
    controllerkind: 'controllerKind',
    pod: 'pod',
    node: 'node',
  };
  for (const clause of (q.get('filter') ?? '').split('+').filter((s) => s.trim())) {
    const m = /^\s*(\w+)\s*(!?):\s*(.+)$/.exec(clause);
    if (!m || !field[m[1].toLowerCase()])
      throw new Error(`invalid filter "${clause}": use field:"value" with field one of ${Object.keys(field).join(', ')}`);
    const values = [...m[3].matchAll(/"([^"]*)"/g)].map((v) => v[1]);
    const key = field[m[1].toLowerCase()];
    out.push((p) => values.includes(p[key]) !== (m[2] === '!'));
  }
  const legacy = [q.get('namespace'), q.get('filterNamespaces')].filter(Boolean).join(',');
  if (legacy) {
    const names = legacy.split(',').map((s) => s.trim());
    out.push((p) => names.includes(p.namespace));
  }
  return out;
}

export interface AllocationAnswer {
  code: number;
  status?: string;
  message?: string;
  data: Unstructured[] | null;
}

export function allocation(c: Cluster, usage: UsageHistory, q: URLSearchParams): AllocationAnswer {
  try {
    const range = parseWindow(q.get('window') ?? '1d', c.now());
    const aggregate = (q.get('aggregate') ?? 'pod').split(',').map((a) => a.trim().toLowerCase());
    const unknown = aggregate.find((a) => !AGGREGATES.includes(a));
    if (unknown) throw new Error(`invalid aggregate "${unknown}": use ${AGGREGATES.join(', ')}`);
    const filters = parseFilters(q);
    const accumulate = q.get('accumulate') === 'true';
    const step = q.get('step') ? parseStep(q.get('step') as string) : range.end - range.start;
    const steps: Range[] = [];
    for (let s = range.start; s < range.end; s += step) steps.push({ start: s, end: Math.min(s + step, range.end) });
    const pods = podNames(c);
    const sets = (accumulate ? [range] : steps).map((r) => {
      const groups = new Map<string, Piece[]>();
      for (const p of pieces(usage, pods, r, filters)) {
        const k = keyOf(p.props, aggregate);
        const group = groups.get(k);
        if (group) group.push(p);
        else groups.set(k, [p]);
      }
      return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => [k, allocationOf(k, g, r)]));
    });
    return { code: 200, status: 'success', data: sets };
  } catch (e) {
    return { code: 400, status: 'error', message: `Bad Request: ${(e as Error).message}`, data: null };
  }
}
