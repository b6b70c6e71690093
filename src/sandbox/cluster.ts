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

/** Random bytes from a pool refilled 4 KiB at a time: seeding takes some for each of thousands of pods and events. */
const pool = { bytes: Buffer.alloc(0), at: 0 };
function random(n: number): Buffer {
  if (pool.at + n > pool.bytes.length) {
    pool.bytes = randomBytes(4096);
    pool.at = 0;
  }
  pool.at += n;
  return pool.bytes.subarray(pool.at - n, pool.at);
}

export function randomSuffix(n = 5): string {
  return [...random(n)].map((b) => SAFE[b % SAFE.length]).join('');
}

export function randomHex(bytes: number): string {
  return random(bytes).toString('hex');
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

/** Stored objects are never changed, so the comparable form of a stored pod template is computed once. */
const templateKeys = new WeakMap<object, string>();
function templateKey(template: Readonly<Unstructured> | undefined): string {
  if (!template) return stable(bareTemplate(template));
  let key = templateKeys.get(template);
  if (key === undefined) {
    key = stable(bareTemplate(template));
    templateKeys.set(template, key);
  }
  return key;
}

/** Whether two pod templates of stored objects (never changed: their keys are cached) are equal but for hash labels. */
export function storedTemplatesEqual(a: Readonly<Unstructured> | undefined, b: Readonly<Unstructured> | undefined): boolean {
  return templateKey(a) === templateKey(b);
}

/**
 * A deterministic hash of a stored object's pod template (never changed: its key is cached), spelled in the safe
 * alphabet like `pod-template-hash` values.
 */
export function templateHash(template: Readonly<Unstructured> | undefined): string {
  const digest = createHash('sha256').update(templateKey(template)).digest();
  return [...digest.subarray(0, 10)].map((b) => SAFE[b % SAFE.length]).join('');
}

export function specEqual(a: Unstructured | undefined, b: Unstructured | undefined): boolean {
  // Equal JSON is the common case (a status write); only different JSON needs the key-order-blind comparison.
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null) || stable(a ?? null) === stable(b ?? null);
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
 * resourceVersion). A spec change bumps generation, as the API server's strategies do. Returns the stored
 * object itself, to read only.
 */
export function save(c: Cluster, t: ResourceType, obj: Unstructured): Readonly<Unstructured> {
  // Compared without a copy: most reconciles change nothing, and a copy of every object they look at was the
  // sandbox's main cost at scale.
  const old = c.store.peek(t, obj.metadata.namespace, obj.metadata.name);
  if (old) {
    const { resourceVersion: _a, ...oldMeta } = old.metadata;
    const { resourceVersion: _b, ...newMeta } = obj.metadata;
    // Key order is stable here (both sides come from the stored object), so plain JSON compares fast.
    if (JSON.stringify({ ...old, metadata: oldMeta }) === JSON.stringify({ ...obj, metadata: newMeta })) return old;
    if (!specEqual(old.spec, obj.spec)) obj.metadata.generation = (old.metadata.generation ?? 1) + 1;
  }
  return c.store.write(t, obj);
}

export function mustType(c: Cluster, group: string, plural: string): ResourceType {
  const t = c.types.byResource(group, plural);
  if (!t) throw new Error(`the sandbox does not serve ${plural}.${group}`);
  return t;
}
