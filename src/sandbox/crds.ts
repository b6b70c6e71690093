/**
 * CustomResourceDefinitions: a stored CRD makes its group/version/plural served generically (as the
 * apiextensions server does), and is marked Established; deleting it stops serving and drops its objects.
 */
import { type Cluster, save, timestamp } from './cluster.ts';
import { typesFromCrd } from './resource-types.ts';
import type { Schema } from './schema.ts';
import type { ResourceType, Unstructured } from './types.ts';

export function registerCrd(c: Cluster, crd: Unstructured): void {
  for (const t of typesFromCrd(crd)) c.types.add(t);
  if (crd.status?.conditions?.some((x: Unstructured) => x.type === 'Established')) return;
  const now = timestamp(c);
  const t = c.types.find('apiextensions.k8s.io', 'v1', 'customresourcedefinitions');
  if (!t) return;
  crd.status = {
    conditions: [
      { type: 'NamesAccepted', status: 'True', lastTransitionTime: now, reason: 'NoConflicts', message: 'no conflicts found' },
      {
        type: 'Established',
        status: 'True',
        lastTransitionTime: now,
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted',
      },
    ],
    acceptedNames: crd.spec.names,
    storedVersions: (crd.spec.versions ?? []).filter((v: Unstructured) => v.storage).map((v: Unstructured) => v.name),
  };
  save(c, t, crd);
}

export function unregisterCrd(c: Cluster, crd: Unstructured): void {
  const group = crd.spec.group;
  const plural = crd.spec.names.plural;
  const t = c.types.all().find((x) => x.group === group && x.plural === plural);
  if (t) for (const o of c.store.list(t)) c.store.delete(t, o.metadata.namespace, o.metadata.name);
  c.types.removeGroupResource(group, plural);
}

/** The openAPIV3Schema of the CRD version that serves `t`, or undefined for built-in kinds and schemaless CRDs. */
export function crdSchema(c: Cluster, t: ResourceType): Schema | undefined {
  if (t.builtin) return undefined;
  const crdType = c.types.find('apiextensions.k8s.io', 'v1', 'customresourcedefinitions');
  const crd = crdType && c.store.get(crdType, undefined, `${t.plural}.${t.group}`);
  return crd?.spec?.versions?.find((v: Unstructured) => v.name === t.version)?.schema?.openAPIV3Schema;
}
