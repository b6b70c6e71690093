/**
 * The object store: one global resourceVersion counter (as etcd's revision), objects kept as JSON and
 * cloned on the way in and out so no caller can change stored state by accident, and a bounded history of
 * changes for watches.
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

const HISTORY = 2000;

/** JSON objects only; a JSON round trip is several times faster than structuredClone for them. */
function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}

export class Store {
  private readonly buckets = new Map<string, Map<string, Unstructured>>();
  /** The uid of every stored object, so the garbage collector finds a live owner without scanning every kind. */
  private readonly uids = new Set<string>();
  private revision = 1000;
  private readonly history: Change[] = [];
  readonly changes = new EventEmitter();

  constructor() {
    this.changes.setMaxListeners(0);
  }

  private bucket(t: Pick<ResourceType, 'group' | 'plural'>): Map<string, Unstructured> {
    const key = `${t.group}/${t.plural}`;
    let b = this.buckets.get(key);
    if (!b) {
      b = new Map();
      this.buckets.set(key, b);
    }
    return b;
  }

  get currentRevision(): number {
    return this.revision;
  }

  /** The oldest revision a watch can still resume from. */
  get oldestWatchable(): number {
    return this.history[0]?.rv ?? this.revision;
  }

  get(t: Pick<ResourceType, 'group' | 'plural'>, namespace: string | undefined, name: string): Unstructured | undefined {
    const o = this.bucket(t).get(`${namespace ?? ''}/${name}`);
    return o ? clone(o) : undefined;
  }

  /**
   * Objects of a type, optionally of one namespace and passing `where` (which sees the stored object and
   * must not change it), sorted by namespace then name (as etcd keys sort).
   */
  list(t: Pick<ResourceType, 'group' | 'plural'>, namespace?: string, where?: (o: Unstructured) => boolean): Unstructured[] {
    const out: Unstructured[] = [];
    const bucket = this.bucket(t);
    for (const k of [...bucket.keys()].sort()) {
      const o = bucket.get(k) as Unstructured;
      if ((namespace === undefined || (o.metadata.namespace ?? '') === namespace) && (!where || where(o))) out.push(clone(o));
    }
    return out;
  }

  hasUid(uid: string): boolean {
    return this.uids.has(uid);
  }

  size(t: Pick<ResourceType, 'group' | 'plural'>): number {
    return this.bucket(t).size;
  }

  /** Stores the object with a new resourceVersion and returns the stored copy. */
  put(t: Pick<ResourceType, 'group' | 'plural'>, obj: Unstructured): Unstructured {
    const key = `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
    const previous = this.bucket(t).get(key);
    this.revision += 1;
    const stored = clone(obj);
    stored.metadata.resourceVersion = String(this.revision);
    this.bucket(t).set(key, stored);
    if (previous?.metadata.uid) this.uids.delete(previous.metadata.uid);
    if (stored.metadata.uid) this.uids.add(stored.metadata.uid);
    this.record({
      rv: this.revision,
      type: previous ? 'MODIFIED' : 'ADDED',
      group: t.group,
      plural: t.plural,
      object: clone(stored),
    });
    return clone(stored);
  }

  delete(t: Pick<ResourceType, 'group' | 'plural'>, namespace: string | undefined, name: string): Unstructured | undefined {
    const key = `${namespace ?? ''}/${name}`;
    const old = this.bucket(t).get(key);
    if (!old) return undefined;
    this.bucket(t).delete(key);
    if (old.metadata.uid) this.uids.delete(old.metadata.uid);
    this.revision += 1;
    const gone = clone(old);
    gone.metadata.resourceVersion = String(this.revision);
    this.record({ rv: this.revision, type: 'DELETED', group: t.group, plural: t.plural, object: gone });
    return clone(gone);
  }

  /** Changes after `rv` for one resource (for a watch resuming from a resourceVersion). */
  changesSince(t: Pick<ResourceType, 'group' | 'plural'>, rv: number): Change[] {
    return this.history.filter((c) => c.rv > rv && c.group === t.group && c.plural === t.plural);
  }

  clear(): void {
    this.buckets.clear();
    this.uids.clear();
    this.history.length = 0;
  }

  private record(c: Change): void {
    this.history.push(c);
    if (this.history.length > HISTORY) this.history.shift();
    this.changes.emit('change', c);
  }
}
