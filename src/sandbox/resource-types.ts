/**
 * The served resources: the built-in kinds the bot and kubectl touch, plus whatever CRDs register at run
 * time. Discovery, routing and the Table printer all read this one registry.
 */
import type { PrinterColumn, ResourceType, Unstructured } from './types.ts';

const AGE: PrinterColumn = { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' };

function builtin(
  t: Omit<ResourceType, 'builtin' | 'categories' | 'status'> & Partial<Pick<ResourceType, 'categories' | 'status'>>,
): ResourceType {
  return { categories: [], status: false, ...t, builtin: true };
}

const BUILTIN_TYPES: ResourceType[] = [
  builtin({
    group: '',
    version: 'v1',
    plural: 'namespaces',
    singular: 'namespace',
    kind: 'Namespace',
    namespaced: false,
    shortNames: ['ns'],
    status: true,
  }),
  builtin({
    group: '',
    version: 'v1',
    plural: 'pods',
    singular: 'pod',
    kind: 'Pod',
    namespaced: true,
    shortNames: ['po'],
    categories: ['all'],
    status: true,
    log: true,
  }),
  builtin({ group: '', version: 'v1', plural: 'events', singular: 'event', kind: 'Event', namespaced: true, shortNames: ['ev'] }),
  builtin({
    group: '',
    version: 'v1',
    plural: 'configmaps',
    singular: 'configmap',
    kind: 'ConfigMap',
    namespaced: true,
    shortNames: ['cm'],
  }),
  builtin({
    group: '',
    version: 'v1',
    plural: 'services',
    singular: 'service',
    kind: 'Service',
    namespaced: true,
    shortNames: ['svc'],
    categories: ['all'],
    status: true,
  }),
  builtin({
    group: 'apps',
    version: 'v1',
    plural: 'deployments',
    singular: 'deployment',
    kind: 'Deployment',
    namespaced: true,
    shortNames: ['deploy'],
    categories: ['all'],
    status: true,
    scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas', labelSelectorPath: '.spec.selector' },
  }),
  builtin({
    group: 'apps',
    version: 'v1',
    plural: 'replicasets',
    singular: 'replicaset',
    kind: 'ReplicaSet',
    namespaced: true,
    shortNames: ['rs'],
    categories: ['all'],
    status: true,
    scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas', labelSelectorPath: '.spec.selector' },
  }),
  builtin({
    group: 'coordination.k8s.io',
    version: 'v1',
    plural: 'leases',
    singular: 'lease',
    kind: 'Lease',
    namespaced: true,
    shortNames: [],
  }),
  builtin({
    group: 'autoscaling',
    version: 'v1',
    plural: 'horizontalpodautoscalers',
    singular: 'horizontalpodautoscaler',
    kind: 'HorizontalPodAutoscaler',
    namespaced: true,
    shortNames: ['hpa'],
    categories: ['all'],
    status: true,
  }),
  builtin({
    group: 'authorization.k8s.io',
    version: 'v1',
    plural: 'selfsubjectaccessreviews',
    singular: '',
    kind: 'SelfSubjectAccessReview',
    namespaced: false,
    shortNames: [],
    verbs: ['create'],
  }),
  builtin({
    group: 'authorization.k8s.io',
    version: 'v1',
    plural: 'selfsubjectrulesreviews',
    singular: '',
    kind: 'SelfSubjectRulesReview',
    namespaced: false,
    shortNames: [],
    verbs: ['create'],
  }),
  builtin({
    group: 'apiextensions.k8s.io',
    version: 'v1',
    plural: 'customresourcedefinitions',
    singular: 'customresourcedefinition',
    kind: 'CustomResourceDefinition',
    namespaced: false,
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    status: true,
  }),
];

/** The resource types a CRD object serves (one per served version). */
export function typesFromCrd(crd: Unstructured): ResourceType[] {
  const spec = crd.spec ?? {};
  const names = spec.names ?? {};
  return (spec.versions ?? [])
    .filter((v: Unstructured) => v.served !== false)
    .map((v: Unstructured) => {
      const sub = v.subresources ?? {};
      const columns: PrinterColumn[] | undefined = v.additionalPrinterColumns;
      return {
        group: spec.group,
        version: v.name,
        plural: names.plural,
        singular: names.singular ?? String(names.kind ?? '').toLowerCase(),
        kind: names.kind,
        namespaced: spec.scope !== 'Cluster',
        shortNames: names.shortNames ?? [],
        categories: names.categories ?? [],
        status: Boolean(sub.status),
        scale: sub.scale
          ? {
              specReplicasPath: sub.scale.specReplicasPath,
              statusReplicasPath: sub.scale.statusReplicasPath,
              labelSelectorPath: sub.scale.labelSelectorPath,
            }
          : undefined,
        builtin: false,
        printerColumns: columns ? [...columns, ...(columns.some((c) => c.jsonPath === AGE.jsonPath) ? [] : [AGE])] : undefined,
      } satisfies ResourceType;
    });
}

export class ResourceTypes {
  private readonly types = new Map<string, ResourceType>();

  constructor(initial: ResourceType[] = BUILTIN_TYPES) {
    for (const t of initial) this.add(t);
  }

  private static key(group: string, version: string, plural: string): string {
    return `${group}/${version}/${plural}`;
  }

  add(t: ResourceType): void {
    this.types.set(ResourceTypes.key(t.group, t.version, t.plural), t);
  }

  removeGroupResource(group: string, plural: string): void {
    for (const [k, t] of this.types) if (t.group === group && t.plural === plural) this.types.delete(k);
  }

  find(group: string, version: string, plural: string): ResourceType | undefined {
    return this.types.get(ResourceTypes.key(group, version, plural));
  }

  /** A served type of this group and plural (any version): how controllers name the kinds they work on. */
  byResource(group: string, plural: string): ResourceType | undefined {
    for (const t of this.types.values()) if (t.group === group && t.plural === plural) return t;
    return undefined;
  }

  /** The type for a kind in a group (any served version), e.g. to look up the owner of a ReplicaSet. */
  byKind(group: string, kind: string): ResourceType | undefined {
    for (const t of this.types.values()) if (t.group === group && t.kind === kind) return t;
    return undefined;
  }

  all(): ResourceType[] {
    return [...this.types.values()];
  }

  /** Groups and their versions, in registration order (core group excluded). */
  groups(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const t of this.types.values()) {
      if (!t.group) continue;
      const versions = out.get(t.group) ?? [];
      if (!versions.includes(t.version)) versions.push(t.version);
      out.set(t.group, versions);
    }
    return out;
  }

  inGroupVersion(group: string, version: string): ResourceType[] {
    return this.all().filter((t) => t.group === group && t.version === version);
  }
}
