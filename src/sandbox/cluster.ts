/**
 * The state every part of the sandbox shares (store, served types, clock) and the small object helpers
 * the handlers and controllers both use: metadata defaults, generation, owner references, template hashes.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ResourceTypes } from './resource-types.ts';
import type { Store } from './store.ts';
import type { ResourceType, Unstructured } from './types.ts';

export interface Cluster {
  store: Store;
  types: ResourceTypes;
  now(): Date;
}

/** The alphabet Kubernetes uses for generated name suffixes and template hashes (no vowels, no look-alikes). */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(n = 5): string {
  return [...randomBytes(n)].map((b) => SAFE[b % SAFE.length]).join('');
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Unstructured)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Drops null fields, as decoding into the API server's Go types does for built-in kinds (kubectl sends
 * `creationTimestamp: null` in pod templates, for example).
 */
export function dropNulls<T>(v: T): T {
  if (Array.isArray(v)) return v.map(dropNulls) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, dropNulls(x)]),
    ) as T;
  }
  return v;
}

/** A pod template without the controller's own hash labels, for comparing templates as the controllers do. */
function bareTemplate(template: Unstructured | undefined): Unstructured {
  const t = dropNulls(template ?? {});
  const labels = t.metadata?.labels;
  if (labels) {
    delete labels['pod-template-hash'];
    delete labels['rollouts-pod-template-hash'];
  }
  return t;
}

export function templatesEqual(a: Unstructured | undefined, b: Unstructured | undefined): boolean {
  return stable(bareTemplate(a)) === stable(bareTemplate(b));
}

/** A deterministic hash of a pod template, spelled in the safe alphabet like `pod-template-hash` values. */
export function templateHash(template: Unstructured | undefined): string {
  const digest = createHash('sha256')
    .update(stable(bareTemplate(template)))
    .digest();
  return [...digest.subarray(0, 10)].map((b) => SAFE[b % SAFE.length]).join('');
}

export function specEqual(a: Unstructured | undefined, b: Unstructured | undefined): boolean {
  return stable(a ?? null) === stable(b ?? null);
}

/** Fills the metadata the API server owns on create. */
export function initMetadata(c: Cluster, obj: Unstructured): void {
  const m = obj.metadata;
  m.uid = randomUUID();
  m.creationTimestamp = c
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  m.generation = 1;
  delete m.resourceVersion;
  delete m.deletionTimestamp;
}

/** RFC 3339 without fractions, as metav1.Time marshals. */
export function timestamp(c: Cluster): string {
  return c
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}

export function controllerRef(owner: Unstructured): Unstructured {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

export function isControlledBy(obj: Unstructured, owner: Unstructured): boolean {
  return (obj.metadata.ownerReferences ?? []).some((r: Unstructured) => r.controller && r.uid === owner.metadata.uid);
}

/**
 * Writes an object a controller changed, unless nothing changed (so idle reconciles do not bump
 * resourceVersion). A spec change bumps generation, as the API server's strategies do.
 */
export function save(c: Cluster, t: ResourceType, obj: Unstructured): Unstructured {
  // Compared without a copy: most reconciles change nothing, and a copy of every object they look at was the
  // sandbox's main cost at scale.
  const old = c.store.peek(t, obj.metadata.namespace, obj.metadata.name);
  if (old) {
    const { resourceVersion: _a, ...oldMeta } = old.metadata;
    const { resourceVersion: _b, ...newMeta } = obj.metadata;
    // Key order is stable here (both sides come from the stored object), so plain JSON compares fast.
    if (JSON.stringify({ ...old, metadata: oldMeta }) === JSON.stringify({ ...obj, metadata: newMeta }))
      return JSON.parse(JSON.stringify(old));
    if (!specEqual(old.spec, obj.spec)) obj.metadata.generation = (old.metadata.generation ?? 1) + 1;
  }
  return c.store.put(t, obj);
}

export function mustType(c: Cluster, group: string, plural: string): ResourceType {
  const t = c.types.byResource(group, plural);
  if (!t) throw new Error(`the sandbox does not serve ${plural}.${group}`);
  return t;
}
