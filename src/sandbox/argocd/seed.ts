/**
 * The sandbox's Argo CD (../shared/design/sandbox.md, "Argo CD"): the Application CRD, the `argocd` namespace,
 * `api-production` (automated sync with self-heal, tracking production/api) and `web-production` (automated
 * sync, no self-heal, tracking production/web), the tracked objects marked as Argo CD marks them.
 */
import { type Cluster, initMetadata, mustType } from '../cluster.ts';
import { registerCrd } from '../crds.ts';
import type { Unstructured } from '../types.ts';
import { reconcileApplications, TRACKING_ANNOTATION, trackingId } from './controller.ts';
import { APPLICATION_CRD } from './crd.ts';

export const ARGOCD_NAMESPACE = 'argocd';

const APPS = [
  { name: 'api-production', namespace: 'production', workload: 'api', selfHeal: true },
  { name: 'web-production', namespace: 'production', workload: 'web', selfHeal: false },
];

function application(app: (typeof APPS)[number]): Unstructured {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: app.name,
      namespace: ARGOCD_NAMESPACE,
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
    },
    spec: {
      project: 'default',
      source: {
        repoURL: 'https://github.com/acme/deploy.git',
        path: `apps/${app.workload}/${app.namespace}`,
        targetRevision: 'main',
      },
      destination: { server: 'https://kubernetes.default.svc', namespace: app.namespace },
      syncPolicy: { automated: { prune: true, selfHeal: app.selfHeal } },
    },
  };
}

function put(c: Cluster, group: string, plural: string, obj: Unstructured): Unstructured {
  initMetadata(c, obj);
  return c.store.put(mustType(c, group, plural), obj);
}

export function seedArgoCd(c: Cluster): void {
  put(c, '', 'namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: ARGOCD_NAMESPACE, labels: { 'kubernetes.io/metadata.name': ARGOCD_NAMESPACE } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  });
  registerCrd(c, put(c, 'apiextensions.k8s.io', 'customresourcedefinitions', structuredClone(APPLICATION_CRD)));
  const deployments = mustType(c, 'apps', 'deployments');
  for (const app of APPS) {
    const obj = c.store.get(deployments, app.namespace, app.workload);
    if (!obj) continue;
    // Argo CD marks what it applied; metadata only, so generation and the ReplicaSets stay as they are.
    obj.metadata.annotations = { ...obj.metadata.annotations, [TRACKING_ANNOTATION]: trackingId(app.name, obj) };
    c.store.put(deployments, obj);
    put(c, 'argoproj.io', 'applications', application(app));
  }
  reconcileApplications(c);
}
