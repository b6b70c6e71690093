/**
 * Server-side printing: the meta.k8s.io/v1 Table that `kubectl get` asks for, with the columns a real API
 * server prints for the built-in kinds and a CRD's `additionalPrinterColumns` for custom resources.
 */
import type { PrinterColumn, ResourceType, Unstructured } from './types.ts';

type Cell = string | number | boolean;
interface Column {
  name: string;
  type: string;
  format?: string;
  priority?: number;
  description?: string;
  cell: (o: Unstructured, now: number) => Cell;
}

/** k8s.io/apimachinery duration.HumanDuration, as the AGE column shows. */
function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (h < 192) return h % 24 === 0 ? `${Math.floor(h / 24)}d` : `${Math.floor(h / 24)}d${h % 24}h`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24)}d`;
  const y = Math.floor(h / (24 * 365));
  return y < 8 ? `${y}y${Math.floor((h % (24 * 365)) / 24)}d` : `${y}y`;
}

const age = (o: Unstructured, now: number) => humanDuration(now - Date.parse(o.metadata.creationTimestamp));
const name: Column = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name must be unique within a namespace.',
  cell: (o) => o.metadata.name,
};
const ageCol: Column = {
  name: 'Age',
  type: 'string',
  description: 'CreationTimestamp is a timestamp representing the server time when this object was created.',
  cell: age,
};
const containers = (o: Unstructured): Unstructured[] => o.spec?.template?.spec?.containers ?? [];
const workloadWide: Column[] = [
  {
    name: 'Containers',
    type: 'string',
    priority: 1,
    cell: (o) =>
      containers(o)
        .map((c) => c.name)
        .join(','),
  },
  {
    name: 'Images',
    type: 'string',
    priority: 1,
    cell: (o) =>
      containers(o)
        .map((c) => c.image)
        .join(','),
  },
  {
    name: 'Selector',
    type: 'string',
    priority: 1,
    cell: (o) =>
      Object.entries(o.spec?.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
  },
];

const BUILTIN: Record<string, Column[]> = {
  Deployment: [
    name,
    { name: 'Ready', type: 'string', cell: (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}` },
    { name: 'Up-to-date', type: 'integer', cell: (o) => o.status?.updatedReplicas ?? 0 },
    { name: 'Available', type: 'integer', cell: (o) => o.status?.availableReplicas ?? 0 },
    ageCol,
    ...workloadWide,
  ],
  ReplicaSet: [
    name,
    { name: 'Desired', type: 'integer', cell: (o) => o.spec?.replicas ?? 0 },
    { name: 'Current', type: 'integer', cell: (o) => o.status?.replicas ?? 0 },
    { name: 'Ready', type: 'integer', cell: (o) => o.status?.readyReplicas ?? 0 },
    ageCol,
    ...workloadWide,
  ],
  Pod: [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: (o) =>
        `${(o.status?.containerStatuses ?? []).filter((c: Unstructured) => c.ready).length}/${(o.spec?.containers ?? []).length}`,
    },
    {
      name: 'Status',
      type: 'string',
      cell: (o) => (o.metadata.deletionTimestamp ? 'Terminating' : (o.status?.phase ?? 'Pending')),
    },
    {
      name: 'Restarts',
      type: 'string',
      cell: (o) =>
        String((o.status?.containerStatuses ?? []).reduce((n: number, c: Unstructured) => n + (c.restartCount ?? 0), 0)),
    },
    ageCol,
    { name: 'IP', type: 'string', priority: 1, cell: (o) => o.status?.podIP ?? '<none>' },
    { name: 'Node', type: 'string', priority: 1, cell: (o) => o.spec?.nodeName ?? '<none>' },
    { name: 'Nominated Node', type: 'string', priority: 1, cell: () => '<none>' },
    { name: 'Readiness Gates', type: 'string', priority: 1, cell: () => '<none>' },
  ],
  Namespace: [name, { name: 'Status', type: 'string', cell: (o) => o.status?.phase ?? 'Active' }, ageCol],
  Event: [
    {
      name: 'Last Seen',
      type: 'string',
      cell: (o, now) => humanDuration(now - Date.parse(o.lastTimestamp ?? o.metadata.creationTimestamp)),
    },
    { name: 'Type', type: 'string', cell: (o) => o.type ?? '' },
    { name: 'Reason', type: 'string', cell: (o) => o.reason ?? '' },
    {
      name: 'Object',
      type: 'string',
      cell: (o) => `${String(o.involvedObject?.kind ?? '').toLowerCase()}/${o.involvedObject?.name ?? ''}`,
    },
    { name: 'Message', type: 'string', cell: (o) => o.message ?? '' },
  ],
  ConfigMap: [name, { name: 'Data', type: 'integer', cell: (o) => Object.keys(o.data ?? {}).length }, ageCol],
  Service: [
    name,
    { name: 'Type', type: 'string', cell: (o) => o.spec?.type ?? 'ClusterIP' },
    { name: 'Cluster-IP', type: 'string', cell: (o) => o.spec?.clusterIP ?? '<none>' },
    { name: 'External-IP', type: 'string', cell: () => '<none>' },
    {
      name: 'Port(s)',
      type: 'string',
      cell: (o) => (o.spec?.ports ?? []).map((p: Unstructured) => `${p.port}/${p.protocol ?? 'TCP'}`).join(',') || '<none>',
    },
    ageCol,
  ],
  HorizontalPodAutoscaler: [
    name,
    {
      name: 'Reference',
      type: 'string',
      cell: (o) => `${o.spec?.scaleTargetRef?.kind ?? ''}/${o.spec?.scaleTargetRef?.name ?? ''}`,
    },
    {
      name: 'Targets',
      type: 'string',
      // No metrics-server in the sandbox: what a real cluster without one shows.
      cell: (o) => `cpu: <unknown>/${o.spec?.targetCPUUtilizationPercentage ?? 80}%`,
    },
    { name: 'MinPods', type: 'string', cell: (o) => String(o.spec?.minReplicas ?? 1) },
    { name: 'MaxPods', type: 'integer', cell: (o) => o.spec?.maxReplicas ?? 0 },
    { name: 'Replicas', type: 'integer', cell: (o) => o.status?.currentReplicas ?? 0 },
    ageCol,
  ],
  Lease: [name, { name: 'Holder', type: 'string', cell: (o) => o.spec?.holderIdentity ?? '' }, ageCol],
  CustomResourceDefinition: [name, { name: 'Created At', type: 'date', cell: (o) => o.metadata.creationTimestamp }],
};

/** A JSONPath of the simple kind CRDs use: `.status.phase`, `.spec.containers[0].image`. */
function evalPath(o: Unstructured, path: string): unknown {
  let cur: unknown = o;
  for (const part of path.replace(/^\./, '').split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    if (m[1]) cur = cur && typeof cur === 'object' ? (cur as Unstructured)[m[1]] : undefined;
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) cur = Array.isArray(cur) ? cur[Number(idx[1])] : undefined;
  }
  return cur;
}

function fromPrinterColumns(cols: PrinterColumn[]): Column[] {
  return [
    name,
    ...cols.map((c) => ({
      name: c.name,
      type: c.type === 'date' ? 'date' : c.type,
      format: c.format,
      priority: c.priority,
      description: c.description,
      cell: (o: Unstructured, now: number): Cell => {
        const v = evalPath(o, c.jsonPath);
        if (v === undefined || v === null) return '';
        if (c.type === 'date') return humanDuration(now - Date.parse(String(v)));
        return typeof v === 'object' ? JSON.stringify(v) : (v as Cell);
      },
    })),
  ];
}

function columnsFor(t: ResourceType): Column[] {
  if (t.builtin && BUILTIN[t.kind]) return BUILTIN[t.kind];
  if (t.printerColumns) return fromPrinterColumns(t.printerColumns);
  return [name, { name: 'Age', type: 'date', cell: age }];
}

/** `includeObject`: None, Metadata (default) or Object. */
function rowObject(t: ResourceType, o: Unstructured, include: string): Unstructured | undefined {
  if (include === 'None') return undefined;
  if (include === 'Object')
    return { apiVersion: o.apiVersion ?? (t.group ? `${t.group}/${t.version}` : t.version), kind: o.kind ?? t.kind, ...o };
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
}

export function wantsTable(accept: string | undefined): boolean {
  return Boolean(accept?.split(',')[0]?.includes('as=Table'));
}

export function toTable(
  t: ResourceType,
  objects: Unstructured[],
  listMeta: Unstructured,
  includeObject: string | null,
  now: Date,
): Unstructured {
  const cols = columnsFor(t);
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: cols.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: c.description ?? '',
      priority: c.priority ?? 0,
    })),
    rows: objects.map((o) => ({
      cells: cols.map((c) => c.cell(o, now.getTime())),
      object: rowObject(t, o, includeObject ?? 'Metadata'),
    })),
  };
}
