/** The `scale` subresource: an autoscaling/v1 Scale view of any resource that declares one. */
import { selectorString } from './selectors.ts';
import type { ResourceType, Unstructured } from './types.ts';

function getPath(obj: Unstructured, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.replace(/^\./, '').split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Unstructured)[part];
  }
  return cur;
}

function setPath(obj: Unstructured, path: string, value: unknown): void {
  const parts = path.replace(/^\./, '').split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    cur[part] = cur[part] && typeof cur[part] === 'object' ? cur[part] : {};
    cur = cur[part];
  }
  cur[parts[parts.length - 1]] = value;
}

export function toScale(t: ResourceType, obj: Unstructured): Unstructured {
  const spec = t.scale ?? { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' };
  const rawSelector = spec.labelSelectorPath ? getPath(obj, spec.labelSelectorPath) : undefined;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      creationTimestamp: obj.metadata.creationTimestamp,
    },
    spec: { replicas: getPath(obj, spec.specReplicasPath) ?? 0 },
    status: {
      replicas: getPath(obj, spec.statusReplicasPath) ?? 0,
      selector: typeof rawSelector === 'string' ? rawSelector : selectorString(rawSelector as Unstructured | undefined),
    },
  };
}

/** The object with the Scale's `spec.replicas` written back to where the resource keeps it. */
export function fromScale(t: ResourceType, obj: Unstructured, scale: Unstructured): Unstructured {
  const out = structuredClone(obj);
  setPath(out, t.scale?.specReplicasPath ?? '.spec.replicas', scale.spec?.replicas);
  if (scale.metadata?.resourceVersion !== undefined) out.metadata.resourceVersion = scale.metadata.resourceVersion;
  return out;
}
