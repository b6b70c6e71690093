/** Argo CD's Application CRD as its installation manifest declares it (the printer columns `kubectl get app` shows). */
import type { Unstructured } from '../types.ts';

export const APPLICATION_CRD: Unstructured = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: {
    name: 'applications.argoproj.io',
    labels: { 'app.kubernetes.io/name': 'applications.argoproj.io', 'app.kubernetes.io/part-of': 'argocd' },
  },
  spec: {
    group: 'argoproj.io',
    names: {
      kind: 'Application',
      listKind: 'ApplicationList',
      plural: 'applications',
      singular: 'application',
      shortNames: ['app', 'apps'],
    },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1alpha1',
        served: true,
        storage: true,
        schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
        subresources: {},
        additionalPrinterColumns: [
          { name: 'Sync Status', type: 'string', jsonPath: '.status.sync.status' },
          { name: 'Health Status', type: 'string', jsonPath: '.status.health.status' },
          { name: 'Revision', type: 'string', jsonPath: '.status.sync.revision', priority: 10 },
          { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
        ],
      },
    ],
  },
};
