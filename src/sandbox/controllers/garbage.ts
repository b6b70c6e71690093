/**
 * The garbage collector: an object whose owners (`metadata.ownerReferences`, matched by uid) are all gone is
 * deleted, and a dangling reference next to a live one is dropped, as kube-controller-manager's collector
 * does after a Background (default) or Foreground deletion. An Orphan deletion instead removes the owner's
 * references from its dependents first, so they stay.
 */
import type { Cluster } from '../cluster.ts';
import type { ResourceType, Unstructured } from '../types.ts';

type Ref = { uid?: string };

/** One type per stored bucket (a CRD serving several versions keeps one bucket). */
function storedTypes(c: Cluster): ResourceType[] {
  const seen = new Set<string>();
  return c.types.all().filter((t) => {
    const key = `${t.group}/${t.plural}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function refs(o: Unstructured): Ref[] {
  return o.metadata.ownerReferences ?? [];
}

/** Deletes dependents level by level (a Deployment's ReplicaSets, then their pods) until nothing dangles. */
export function collectGarbage(c: Cluster): void {
  const dangles = (r: Ref) => !r.uid || !c.store.hasUid(r.uid);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of storedTypes(c)) {
      for (const obj of c.store.list(t, undefined, (o) => refs(o).some(dangles))) {
        const live = refs(obj).filter((r) => !dangles(r));
        if (live.length) c.store.put(t, { ...obj, metadata: { ...obj.metadata, ownerReferences: live } });
        else c.store.delete(t, obj.metadata.namespace, obj.metadata.name);
        changed = true;
      }
    }
  }
}

/** `propagationPolicy=Orphan` (query or DeleteOptions) or the older `orphanDependents: true`. */
export function orphans(query: URLSearchParams, options: Unstructured): boolean {
  return (
    (query.get('propagationPolicy') ?? options.propagationPolicy) === 'Orphan' ||
    String(query.get('orphanDependents') ?? options.orphanDependents) === 'true'
  );
}

/** Removes references to `ownerUid` from every object, before an Orphan deletion of the owner. */
export function orphanDependents(c: Cluster, ownerUid: string): void {
  for (const t of storedTypes(c)) {
    for (const obj of c.store.list(t, undefined, (o) => refs(o).some((r) => r.uid === ownerUid))) {
      const kept = refs(obj).filter((r) => r.uid !== ownerUid);
      const metadata = { ...obj.metadata, ownerReferences: kept };
      if (!kept.length) delete metadata.ownerReferences;
      c.store.put(t, { ...obj, metadata });
    }
  }
}
