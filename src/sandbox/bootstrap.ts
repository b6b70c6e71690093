/**
 * Builds the seed inventory of ../shared/design/sandbox.md (from seed.ts) by driving the controllers as the
 * real history would have: each workload is created at its first revision and updated to the next ones, so
 * the ReplicaSets, revisions and rollout states are the controllers' own.
 */

import { seedArgoCd } from './argocd/seed.ts';
import { type Cluster, initMetadata } from './cluster.ts';
import { runControllers } from './controllers/index.ts';
import { registerCrd } from './crds.ts';
import { CHECKOUT_STEPS, type SeedWorkload, scaledSeed } from './seed.ts';
import type { ResourceType, Unstructured } from './types.ts';

/** Per-replica requests (cpu cores, memory), which also drive the OpenCost emulator's numbers. */
const REQUESTS: Record<string, { cpu: string; memory: string }> = {
  web: { cpu: '250m', memory: '256Mi' },
  api: { cpu: '500m', memory: '512Mi' },
  worker: { cpu: '250m', memory: '512Mi' },
  checkout: { cpu: '250m', memory: '256Mi' },
  payments: { cpu: '500m', memory: '512Mi' },
  coredns: { cpu: '100m', memory: '70Mi' },
  prometheus: { cpu: '500m', memory: '2Gi' },
  opencost: { cpu: '100m', memory: '256Mi' },
};

const ROLLOUT_CRD: Unstructured = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'rollouts.argoproj.io', labels: { 'app.kubernetes.io/name': 'argo-rollouts' } },
  spec: {
    group: 'argoproj.io',
    names: { kind: 'Rollout', listKind: 'RolloutList', plural: 'rollouts', singular: 'rollout', shortNames: ['ro'] },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1alpha1',
        served: true,
        storage: true,
        schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
        subresources: {
          status: {},
          scale: {
            specReplicasPath: '.spec.replicas',
            statusReplicasPath: '.status.HPAReplicas',
            labelSelectorPath: '.status.selector',
          },
        },
        additionalPrinterColumns: [
          { name: 'Desired', type: 'integer', jsonPath: '.spec.replicas', description: 'Number of desired pods' },
          {
            name: 'Current',
            type: 'integer',
            jsonPath: '.status.replicas',
            description: 'Total number of non-terminated pods targeted by this rollout',
          },
          {
            name: 'Up-to-date',
            type: 'integer',
            jsonPath: '.status.updatedReplicas',
            description: 'Total number of non-terminated pods targeted by this rollout that have the desired template spec',
          },
          {
            name: 'Available',
            type: 'integer',
            jsonPath: '.status.availableReplicas',
            description: 'Total number of available pods (ready for at least minReadySeconds) targeted by this rollout',
          },
          { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp', description: 'Time since resource was created' },
        ],
      },
    ],
  },
};

function typeOf(c: Cluster, group: string, plural: string): ResourceType {
  return c.types.all().find((t) => t.group === group && t.plural === plural) as ResourceType;
}

function create(c: Cluster, group: string, plural: string, obj: Unstructured): Unstructured {
  initMetadata(c, obj);
  return c.store.put(typeOf(c, group, plural), obj);
}

function template(w: SeedWorkload, image: string): Unstructured {
  const req = REQUESTS[w.name] ?? { cpu: '100m', memory: '128Mi' };
  return {
    metadata: { labels: { app: w.name } },
    spec: {
      containers: [
        {
          name: w.name,
          image,
          ports: [{ containerPort: 8080, protocol: 'TCP' }],
          resources: { requests: { cpu: req.cpu, memory: req.memory } },
          imagePullPolicy: 'IfNotPresent',
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        },
      ],
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
      securityContext: {},
    },
  };
}

/** The n-th seeded Service's address: 10.96.0.10, 10.96.0.11, … (past 250, the next /24). */
function serviceIp(n: number): string {
  return `10.96.${Math.floor(n / 240)}.${10 + (n % 240)}`;
}

function service(c: Cluster, namespace: string, name: string, app: string): void {
  create(c, '', 'services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, labels: { app } },
    spec: {
      type: 'ClusterIP',
      selector: { app },
      ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
      clusterIP: serviceIp(c.store.size(typeOf(c, '', 'services'))),
    },
  });
}

function workload(w: SeedWorkload, image: string): Unstructured {
  const base = { metadata: { name: w.name, namespace: w.namespace, labels: { app: w.name } } };
  const spec = {
    replicas: w.replicas,
    selector: { matchLabels: { app: w.name } },
    template: template(w, image),
    revisionHistoryLimit: 10,
  };
  if (w.kind === 'Deployment') {
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      ...base,
      spec: {
        ...spec,
        progressDeadlineSeconds: 600,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      },
    };
  }
  const strategy =
    w.strategy === 'blueGreen'
      ? { blueGreen: { activeService: `${w.name}-active`, previewService: `${w.name}-preview`, autoPromotionEnabled: false } }
      : { canary: { steps: structuredClone(CHECKOUT_STEPS) } };
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', ...base, spec: { ...spec, strategy } };
}

/** Seeds the inventory of sandbox.md; `scale` N adds N−1 copies of its application namespaces. */
export function seedCluster(c: Cluster, scale = 1): void {
  const seed = scaledSeed(scale);
  for (const ns of seed.namespaces) {
    create(c, '', 'namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  }
  registerCrd(c, create(c, 'apiextensions.k8s.io', 'customresourcedefinitions', structuredClone(ROLLOUT_CRD)));
  for (const w of seed.workloads) {
    const plural = w.kind === 'Deployment' ? 'deployments' : 'rollouts';
    const group = w.kind === 'Deployment' ? 'apps' : 'argoproj.io';
    const t = typeOf(c, group, plural);
    if (w.strategy === 'blueGreen') {
      service(c, w.namespace, `${w.name}-active`, w.name);
      service(c, w.namespace, `${w.name}-preview`, w.name);
    } else service(c, w.namespace, w.name, w.name);
    create(c, group, plural, workload(w, w.revisions[0]));
    runControllers(c);
    for (const image of [...w.revisions.slice(1), ...(w.updateImage ? [w.updateImage] : [])]) {
      const obj = c.store.get(t, w.namespace, w.name) as Unstructured;
      obj.spec.template.spec.containers[0].image = image;
      obj.metadata.generation += 1;
      c.store.put(t, obj);
      runControllers(c);
    }
  }
  // Last, so that the objects Argo CD tracks exist and their seeded spec is what Git holds.
  seedArgoCd(c);
}
