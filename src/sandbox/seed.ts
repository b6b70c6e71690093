/**
 * The seed inventory of ../shared/design/sandbox.md, as data. The sandbox builds its objects from it; the
 * planner's `--sandbox` mode reads the same list, so both always agree.
 */
export interface SeedWorkload {
  namespace: string;
  kind: 'Deployment' | 'Rollout';
  name: string;
  replicas: number;
  /** Image of each revision, oldest first; the last is current (for a canary/blue-green: the stable/active one). */
  revisions: string[];
  /** Rollouts only. */
  strategy?: 'canary' | 'blueGreen';
  /** Rollouts mid-update: the new image (canary or preview). */
  updateImage?: string;
  /** Rollout state at seed time. */
  state?: 'paused-at-step-1' | 'healthy' | 'bluegreen-paused';
}

export const SANDBOX_CLUSTER = 'sandbox';

export const SANDBOX_NAMESPACE_ALIASES: Record<string, string> = { prod: 'production', stg: 'staging', stage: 'staging' };

export const SANDBOX_NAMESPACES = ['default', 'kube-system', 'staging', 'production', 'monitoring'];

export const SEED_WORKLOADS: SeedWorkload[] = [
  {
    namespace: 'staging',
    kind: 'Deployment',
    name: 'web',
    replicas: 2,
    revisions: ['ghcr.io/acme/web:1.7.2', 'ghcr.io/acme/web:1.8.0'],
  },
  {
    namespace: 'staging',
    kind: 'Deployment',
    name: 'api',
    replicas: 2,
    revisions: ['ghcr.io/acme/api:2.3.1', 'ghcr.io/acme/api:2.4.0-rc1'],
  },
  { namespace: 'staging', kind: 'Deployment', name: 'worker', replicas: 1, revisions: ['ghcr.io/acme/worker:0.9.4'] },
  {
    namespace: 'staging',
    kind: 'Rollout',
    name: 'checkout',
    replicas: 4,
    strategy: 'canary',
    revisions: ['ghcr.io/acme/checkout:3.1.0'],
    updateImage: 'ghcr.io/acme/checkout:3.2.0',
    state: 'paused-at-step-1',
  },
  {
    namespace: 'production',
    kind: 'Deployment',
    name: 'web',
    replicas: 6,
    revisions: ['ghcr.io/acme/web:1.7.1', 'ghcr.io/acme/web:1.7.2'],
  },
  { namespace: 'production', kind: 'Deployment', name: 'api', replicas: 4, revisions: ['ghcr.io/acme/api:2.3.1'] },
  { namespace: 'production', kind: 'Deployment', name: 'worker', replicas: 3, revisions: ['ghcr.io/acme/worker:0.9.3'] },
  {
    namespace: 'production',
    kind: 'Rollout',
    name: 'checkout',
    replicas: 5,
    strategy: 'canary',
    revisions: ['ghcr.io/acme/checkout:3.1.0'],
    state: 'healthy',
  },
  {
    namespace: 'production',
    kind: 'Rollout',
    name: 'payments',
    replicas: 3,
    strategy: 'blueGreen',
    revisions: ['ghcr.io/acme/payments:4.0.1'],
    updateImage: 'ghcr.io/acme/payments:4.1.0',
    state: 'bluegreen-paused',
  },
  {
    namespace: 'kube-system',
    kind: 'Deployment',
    name: 'coredns',
    replicas: 2,
    revisions: ['registry.k8s.io/coredns/coredns:v1.11.1'],
  },
  { namespace: 'monitoring', kind: 'Deployment', name: 'prometheus', replicas: 1, revisions: ['prom/prometheus:v2.53.0'] },
  {
    namespace: 'monitoring',
    kind: 'Deployment',
    name: 'opencost',
    replicas: 1,
    revisions: ['ghcr.io/opencost/opencost:1.111.0'],
  },
];

/** Canary steps of both checkout Rollouts. */
export const CHECKOUT_STEPS = [{ setWeight: 20 }, { pause: {} }, { setWeight: 50 }, { pause: { duration: '10m' } }];

/** The application namespaces the seed copies at `--scale N` (kube-system and monitoring stay single). */
const APPLICATION_NAMESPACES = ['staging', 'production'];

/** Copy k (2…N) of an application namespace: `team-002-staging`, `team-002-production`, … */
function scaledNamespace(namespace: string, copy: number): string {
  return copy === 1 ? namespace : `team-${String(copy).padStart(3, '0')}-${namespace}`;
}

/** The seed's namespaces and workloads, with N−1 more copies of the application namespaces. */
export function scaledSeed(scale: number): { namespaces: string[]; workloads: SeedWorkload[] } {
  const namespaces = [...SANDBOX_NAMESPACES];
  const workloads = [...SEED_WORKLOADS];
  for (let k = 2; k <= scale; k++) {
    for (const ns of APPLICATION_NAMESPACES) namespaces.push(scaledNamespace(ns, k));
    for (const w of SEED_WORKLOADS) {
      if (APPLICATION_NAMESPACES.includes(w.namespace)) workloads.push({ ...w, namespace: scaledNamespace(w.namespace, k) });
    }
  }
  return { namespaces, workloads };
}
