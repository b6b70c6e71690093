/**
 * The garbage collector: an object whose owners (`metadata.ownerReferences`, matched by uid) are all gone is
 * deleted, and a dangling reference next to a live one is dropped, as kube-controller-manager's collector
 * does after a Background (default) or Foreground deletion. An Orphan deletion instead removes the owner's
 * references from its dependents first, so they stay. It works from the store's queue of deleted uids and of
 * objects written with a missing owner, and finds dependents through the owner index: no scan of the cluster.
 */
import type { Cluster } from '../cluster.ts';
import type { ObjectKey } from '../store.ts';
import type { Unstructured } from '../types.ts';

type Ref = { uid?: string };

function refs(o: Unstructured): Ref[] {
  return o.metadata.ownerReferences ?? [];
}

/** Deletes dependents level by level (a Deployment's ReplicaSets, then their pods) until nothing dangles. */
export function collectGarbage(c: Cluster): void {
  const s = c.store;
  const dangles = (r: Ref) => !r.uid || !s.hasUid(r.uid);
  const check = (k: ObjectKey) => {
    const obj = s.peek(k, k.namespace || undefined, k.name);
    if (!obj || !refs(obj).some(dangles)) return;
    const live = refs(obj).filter((r) => !dangles(r));
    if (live.length) s.put(k, { ...obj, metadata: { ...obj.metadata, ownerReferences: live } });
    else s.delete(k, k.namespace || undefined, k.name);
  };
  while (s.gone.length || s.dangling.length) {
    for (const uid of s.gone.splice(0)) for (const k of s.dependentKeys(uid)) check(k);
    for (const k of s.dangling.splice(0)) check(k);
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
  for (const k of c.store.dependentKeys(ownerUid)) {
    const obj = c.store.get(k, k.namespace || undefined, k.name);
    if (!obj) continue;
    const kept = refs(obj).filter((r) => r.uid !== ownerUid);
    const metadata = { ...obj.metadata, ownerReferences: kept };
    if (!kept.length) delete metadata.ownerReferences;
    c.store.put(k, { ...obj, metadata });
  }
}
