/**
 * The object store: one global resourceVersion counter (as etcd's revision), objects kept as JSON and
 * cloned on the way in and out so no caller can change stored state by accident, and a bounded history of
 * changes for watches. Indexed so that each request costs what it touches, not the cluster's size: objects
 * by type, then namespace, then name (a namespaced list reads one namespace; sorted names are cached until
 * an object is added or removed), and dependents by owner uid (the garbage collector and the controllers find
 * an owner's ReplicaSets or pods without a scan). Deleted uids and objects written with a dangling owner are
 * queued for the garbage collector.
 */
import { EventEmitter } from 'node:events';
import type { ResourceType, Unstructured } from './types.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** A stored change. `object` is shared with the store and with other listeners: read it, never change it. */
export interface Change {
  rv: number;
  type: WatchEventType;
  group: string;
  plural: string;
  object: Unstructured;
}

/** Where a stored object is: its type bucket, namespace ('' when cluster-scoped) and name. */
export interface ObjectKey {
  group: string;
  plural: string;
  namespace: string;
  name: string;
}

type TypeRef = Pick<ResourceType, 'group' | 'plural'>;

const HISTORY = 2000;

/** JSON objects only; a JSON round trip is several times faster than structuredClone for them. */
function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}

class Namespace {
  readonly objects = new Map<string, Unstructured>();
  private sorted: string[] | undefined;
  names(): string[] {
    this.sorted ??= [...this.objects.keys()].sort();
    return this.sorted;
  }
  set(name: string, o: Unstructured): void {
    if (!this.objects.has(name)) this.sorted = undefined;
    this.objects.set(name, o);
  }
  delete(name: string): void {
    if (this.objects.delete(name)) this.sorted = undefined;
  }
}

class Bucket {
  readonly namespaces = new Map<string, Namespace>();
  private sorted: string[] | undefined;
  size = 0;
  ns(name: string, create: boolean): Namespace | undefined {
    let n = this.namespaces.get(name);
    if (!n && create) {
      n = new Namespace();
      this.namespaces.set(name, n);
      this.sorted = undefined;
    }
    return n;
  }
  namespaceNames(): string[] {
    this.sorted ??= [...this.namespaces.keys()].sort();
    return this.sorted;
  }
}

const ownerKey = (k: ObjectKey) => `${k.group}\n${k.plural}\n${k.namespace}\n${k.name}`;
function parseOwnerKey(s: string): ObjectKey {
  const [group, plural, namespace, name] = s.split('\n');
  return { group, plural, namespace, name };
}
const ownerUids = (o: Unstructured): string[] =>
  (o.metadata.ownerReferences ?? []).map((r: Unstructured) => r.uid).filter((u: unknown): u is string => !!u);

export class Store {
  private readonly buckets = new Map<string, Bucket>();
  /** The uid of every stored object, so the garbage collector finds a live owner without scanning every kind. */
  private readonly uids = new Set<string>();
  /** owner uid → keys of the objects naming it in ownerReferences. */
  private readonly dependentsByUid = new Map<string, Set<string>>();
  private revision = 1000;
  private readonly history: Change[] = [];
  /** Uids deleted, and objects stored with an owner that is not there, since the garbage collector last ran. */
  readonly gone: string[] = [];
  readonly dangling: ObjectKey[] = [];
  readonly changes = new EventEmitter();

  constructor() {
    this.changes.setMaxListeners(0);
  }

  private bucket(t: TypeRef): Bucket {
    const key = `${t.group}/${t.plural}`;
    let b = this.buckets.get(key);
    if (!b) {
      b = new Bucket();
      this.buckets.set(key, b);
    }
    return b;
  }

  private raw(t: TypeRef, namespace: string | undefined, name: string): Unstructured | undefined {
    return this.bucket(t)
      .ns(namespace ?? '', false)
      ?.objects.get(name);
  }

  get currentRevision(): number {
    return this.revision;
  }

  /** The oldest revision a watch can still resume from. */
  get oldestWatchable(): number {
    return this.history[0]?.rv ?? this.revision;
  }

  get(t: TypeRef, namespace: string | undefined, name: string): Unstructured | undefined {
    const o = this.raw(t, namespace, name);
    return o ? clone(o) : undefined;
  }

  /** The stored object itself, for a caller that only reads it (no copy): never change it, never hand it out. */
  peek(t: TypeRef, namespace: string | undefined, name: string): Readonly<Unstructured> | undefined {
    return this.raw(t, namespace, name);
  }

  /**
   * Objects of a type, optionally of one namespace and passing `where` (which sees the stored object and
   * must not change it), sorted by namespace then name (as etcd keys sort).
   */
  list(t: TypeRef, namespace?: string, where?: (o: Unstructured) => boolean): Unstructured[] {
    return this.read(t, namespace, where).map(clone);
  }

  /**
   * The stored objects themselves, in list order, for a caller that only reads them (a list answer about to be
   * serialized): no copy, so a list of thousands of pods costs one serialization, not three.
   */
  read(t: TypeRef, namespace?: string, where?: (o: Unstructured) => boolean): readonly Unstructured[] {
    const out: Unstructured[] = [];
    const b = this.bucket(t);
    const namespaces = namespace === undefined ? b.namespaceNames() : [namespace];
    for (const nsName of namespaces) {
      const ns = b.ns(nsName, false);
      if (!ns) continue;
      for (const name of ns.names()) {
        const o = ns.objects.get(name) as Unstructured;
        if (!where || where(o)) out.push(o);
      }
    }
    return out;
  }

  /**
   * Objects of type `t` that name `ownerUid` in their ownerReferences, sorted by name: the stored objects
   * themselves (no copy), for the controllers, which look at every ReplicaSet and pod of what they reconcile and
   * change few of them. Never change them: write a changed copy.
   */
  dependents(t: TypeRef, ownerUid: string): Readonly<Unstructured>[] {
    const out: Unstructured[] = [];
    for (const k of this.dependentKeys(ownerUid)) {
      if (k.group !== t.group || k.plural !== t.plural) continue;
      const o = this.raw(t, k.namespace, k.name);
      if (o) out.push(o);
    }
    return out.sort((a, b) => String(a.metadata.name).localeCompare(String(b.metadata.name)));
  }

  /** Where the objects naming `ownerUid` as an owner are, of any type. */
  dependentKeys(ownerUid: string): ObjectKey[] {
    return [...(this.dependentsByUid.get(ownerUid) ?? [])].map(parseOwnerKey);
  }

  hasUid(uid: string): boolean {
    return this.uids.has(uid);
  }

  size(t: TypeRef): number {
    return this.bucket(t).size;
  }

  private index(key: ObjectKey, o: Unstructured | undefined, add: boolean): void {
    if (!o) return;
    if (o.metadata.uid) {
      if (add) this.uids.add(o.metadata.uid);
      else this.uids.delete(o.metadata.uid);
    }
    const k = ownerKey(key);
    for (const uid of ownerUids(o)) {
      let set = this.dependentsByUid.get(uid);
      if (add) {
        if (!set) {
          set = new Set();
          this.dependentsByUid.set(uid, set);
        }
        set.add(k);
      } else if (set) {
        set.delete(k);
        if (!set.size) this.dependentsByUid.delete(uid);
      }
    }
  }

  /** Stores the object with a new resourceVersion and returns a copy of what was stored. */
  put(t: TypeRef, obj: Unstructured): Unstructured {
    return clone(this.write(t, obj));
  }

  /**
   * Stores the object with a new resourceVersion and returns the stored object itself (no copy), for a caller
   * that only reads what it wrote, or nothing: never change it.
   */
  write(t: TypeRef, obj: Unstructured): Readonly<Unstructured> {
    return this.handOver(t, clone(obj));
  }

  /**
   * Stores `obj` itself (no copy) with a new resourceVersion: for an object the caller has just built for the
   * store and will not keep or change (a controller's new pod or event). Returns it, to read only.
   */
  handOver(t: TypeRef, obj: Unstructured): Readonly<Unstructured> {
    const namespace = obj.metadata.namespace ?? '';
    const key: ObjectKey = { group: t.group, plural: t.plural, namespace, name: obj.metadata.name };
    const b = this.bucket(t);
    const ns = b.ns(namespace, true) as Namespace;
    const previous = ns.objects.get(obj.metadata.name);
    this.revision += 1;
    obj.metadata.resourceVersion = String(this.revision);
    this.index(key, previous, false);
    ns.set(obj.metadata.name, obj);
    if (!previous) b.size += 1;
    this.index(key, obj, true);
    if (ownerUids(obj).some((u) => !this.uids.has(u))) this.dangling.push(key);
    this.record({
      rv: this.revision,
      type: previous ? 'MODIFIED' : 'ADDED',
      group: t.group,
      plural: t.plural,
      // Stored objects are replaced, never changed in place, so listeners can share this one.
      object: obj,
    });
    return obj;
  }

  /** Removes the object; returns it as the DELETED event carries it (shared with watchers: read it only). */
  delete(t: TypeRef, namespace: string | undefined, name: string): Readonly<Unstructured> | undefined {
    const b = this.bucket(t);
    const ns = b.ns(namespace ?? '', false);
    const old = ns?.objects.get(name);
    if (!ns || !old) return undefined;
    ns.delete(name);
    b.size -= 1;
    this.index({ group: t.group, plural: t.plural, namespace: namespace ?? '', name }, old, false);
    if (old.metadata.uid) this.gone.push(old.metadata.uid);
    this.revision += 1;
    // The stored object is never changed, so the event shares all of it but the metadata.
    const gone = { ...old, metadata: { ...old.metadata, resourceVersion: String(this.revision) } };
    this.record({ rv: this.revision, type: 'DELETED', group: t.group, plural: t.plural, object: gone });
    return gone;
  }

  /** Changes after `rv` for one resource (for a watch resuming from a resourceVersion). */
  changesSince(t: TypeRef, rv: number): Change[] {
    return this.history.filter((c) => c.rv > rv && c.group === t.group && c.plural === t.plural);
  }

  clear(): void {
    this.buckets.clear();
    this.uids.clear();
    this.dependentsByUid.clear();
    this.history.length = 0;
    this.gone.length = 0;
    this.dangling.length = 0;
  }

  private record(c: Change): void {
    this.history.push(c);
    if (this.history.length > HISTORY) this.history.shift();
    this.changes.emit('change', c);
  }
}
