/**
 * The verbs on a resource (get, list, create, update, patch, delete, deletecollection) with the API server's
 * semantics: resourceVersion preconditions, generation, status and scale subresources, dry run, selectors
 * and pagination. Controllers run after every stored write.
 */

import { parse as parseYaml } from 'yaml';
import { builtinSchema } from './builtin-schema.ts';
import { type Cluster, dropNulls, initMetadata, randomSuffix, specEqual } from './cluster.ts';
import { orphanDependents, orphans } from './controllers/garbage.ts';
import { runControllers } from './controllers/index.ts';
import { crdSchema, registerCrd, unregisterCrd } from './crds.ts';
import { applyDefaults } from './defaults.ts';
import { podLogs } from './logs.ts';
import { applyPatch } from './patch.ts';
import { flag } from './query.ts';
import { fromScale, toScale } from './scale.ts';
import { normalize, type Schema } from './schema.ts';
import { checkFieldSelector, matchesFields, matchesLabels } from './selectors.ts';
import {
  alreadyExists,
  badRequest,
  conflict,
  invalid,
  methodNotAllowed,
  notFound,
  notSupported,
  strictDecoding,
  success,
} from './status.ts';
import { groupVersion, type ResourceType, type Target, type Unstructured } from './types.ts';
import { validate } from './validation.ts';

export interface ApiCall {
  method: string;
  target: Target;
  query: URLSearchParams;
  body: string;
  contentType: string;
  dryRun: boolean;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
  contentType?: string;
  /** Sent as `Warning: 299 - "..."` headers (unknown fields under fieldValidation=Warn). */
  warnings?: string[];
  /** `pods/log?follow=true`: the router keeps the response open and writes new lines of this container. */
  follow?: { pod: Unstructured; container: string };
}

/** Pod subresources that reach into a container (and the kubectl command using each): the sandbox runs none, and says so. */
const STREAMING: Record<string, string> = {
  exec: 'exec (and cp)',
  attach: 'attach',
  portforward: 'port-forward',
  proxy: 'proxy',
  ephemeralcontainers: 'debug (ephemeral containers)',
};

function parseBody(raw: string): Unstructured {
  try {
    const v = JSON.parse(raw);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
  } catch (e) {
    throw badRequest(`the object provided is unrecognized: ${(e as Error).message}`);
  }
  throw badRequest('the object provided is unrecognized (must be of type object)');
}

function namespaceMustExist(c: Cluster, t: ResourceType, ns: string | undefined): void {
  if (!t.namespaced || !ns) return;
  const nsType = c.types.find('', 'v1', 'namespaces') as ResourceType;
  if (!c.store.get(nsType, undefined, ns)) throw notFound(nsType, ns);
}

function current(c: Cluster, target: Target): Unstructured {
  const obj = c.store.get(target.type, target.namespace, target.name as string);
  if (!obj) throw notFound(target.type, target.name as string);
  return obj;
}

/** Built-in list items carry no kind/apiVersion on the wire; custom resources do. */
function listItem(t: ResourceType, obj: Unstructured): Unstructured {
  if (!t.builtin) return obj;
  const { kind: _k, apiVersion: _a, ...rest } = obj;
  return rest;
}

export function listObjects(c: Cluster, t: ResourceType, namespace: string | undefined, q: URLSearchParams): Unstructured {
  checkFieldSelector(t, q.get('fieldSelector') ?? undefined);
  const labels = q.get('labelSelector') ?? undefined;
  const fields = q.get('fieldSelector') ?? undefined;
  // Read-only: the items are serialized as they are (listItem copies only the top level it changes).
  const items = c.store.read(
    t,
    namespace,
    labels || fields ? (o) => matchesLabels(labels, o.metadata.labels) && matchesFields(fields, o) : undefined,
  );
  let start = 0;
  const token = q.get('continue');
  if (token) {
    try {
      const after = JSON.parse(Buffer.from(token, 'base64url').toString()).after as string;
      start = items.findIndex((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}` > after);
      if (start < 0) start = items.length;
    } catch {
      throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
    }
  }
  const limit = Number(q.get('limit') ?? 0);
  const page = limit > 0 ? items.slice(start, start + limit) : items.slice(start);
  const rest = items.length - start - page.length;
  const last = page[page.length - 1];
  const metadata: Unstructured = { resourceVersion: String(c.store.currentRevision) };
  if (rest > 0 && last) {
    metadata.continue = Buffer.from(JSON.stringify({ after: `${last.metadata.namespace ?? ''}/${last.metadata.name}` })).toString(
      'base64url',
    );
    metadata.remainingItemCount = rest;
  }
  return { kind: `${t.kind}List`, apiVersion: groupVersion(t), metadata, items: page.map((o) => listItem(t, o)) };
}

/**
 * Decodes an object as the API server does: unknown fields pruned (a built-in kind's by its Go fields, a custom
 * object's by its CRD schema, also defaulted), then reported by `fieldValidation`: Strict refuses them, Warn
 * (the default) answers a Warning header for each, Ignore says nothing. Built-in kinds get their defaults.
 * Returns the CRD schema to validate against, and the warnings.
 */
function decode(c: Cluster, call: ApiCall, obj: Unstructured): { schema?: Schema; warnings: string[] } {
  const t = call.target.type;
  const crd = crdSchema(c, t);
  const pruning = t.builtin ? builtinSchema(t.kind) : crd;
  const unknown = pruning ? normalize(obj, pruning) : [];
  if (t.builtin) applyDefaults(t.kind, obj);
  const mode = call.query.get('fieldValidation') ?? 'Warn';
  if (!['Strict', 'Warn', 'Ignore'].includes(mode))
    throw badRequest(`fieldValidation must be one of Strict, Warn or Ignore, not "${mode}"`);
  if (unknown.length && mode === 'Strict') throw strictDecoding(t, unknown);
  return { schema: crd, warnings: mode === 'Warn' ? unknown.map((f) => `unknown field "${f}"`) : [] };
}

function afterWrite(c: Cluster, t: ResourceType, obj: Unstructured): Unstructured {
  runControllers(c);
  return c.store.get(t, obj.metadata.namespace, obj.metadata.name) ?? obj;
}

function create(c: Cluster, call: ApiCall): ApiAnswer {
  const { type: t, namespace } = call.target;
  const obj = t.builtin ? dropNulls(parseBody(call.body)) : parseBody(call.body);
  obj.apiVersion ??= groupVersion(t);
  obj.kind ??= t.kind;
  obj.metadata ??= {};
  if (namespace && obj.metadata.namespace && obj.metadata.namespace !== namespace) {
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  if (t.namespaced) obj.metadata.namespace = namespace;
  else delete obj.metadata.namespace;
  if (!obj.metadata.name && obj.metadata.generateName) obj.metadata.name = `${obj.metadata.generateName}${randomSuffix()}`;
  namespaceMustExist(c, t, namespace);
  // Status is the controllers' to write: the API server drops it on create for kinds with a status subresource.
  if (t.status && t.kind !== 'Namespace') delete obj.status;
  const { schema, warnings } = decode(c, call, obj);
  validate(t, obj, undefined, schema);
  if (c.store.get(t, namespace, obj.metadata.name)) throw alreadyExists(t, obj.metadata.name);
  initMetadata(c, obj);
  if (t.kind === 'Namespace') obj.status = { phase: 'Active' };
  if (call.dryRun) return { status: 201, body: obj, warnings };
  const stored = c.store.put(t, obj);
  if (t.kind === 'CustomResourceDefinition') registerCrd(c, stored);
  return { status: 201, body: afterWrite(c, t, stored), warnings };
}

/** Merges an incoming full object over the stored one the way update strategies do, then stores it. */
function write(c: Cluster, call: ApiCall, old: Unstructured, incoming: Unstructured, requireVersion: boolean): ApiAnswer {
  const t = call.target.type;
  const sub = call.target.subresource;
  if (incoming.metadata?.name && incoming.metadata.name !== old.metadata.name) {
    throw badRequest(
      `the name of the object (${incoming.metadata.name}) does not match the name on the URL (${old.metadata.name})`,
    );
  }
  const rv = incoming.metadata?.resourceVersion;
  if (rv !== undefined && rv !== '' && rv !== old.metadata.resourceVersion) throw conflict(t, old.metadata.name);
  if (requireVersion && !rv && !t.builtin) {
    throw invalid(t, old.metadata.name, [
      {
        reason: 'FieldValueInvalid',
        message: 'Invalid value: 0x0: must be specified for an update',
        field: 'metadata.resourceVersion',
      },
    ]);
  }
  let next: Unstructured;
  if (sub === 'status') next = { ...old, status: incoming.status };
  else {
    next = { ...incoming, apiVersion: old.apiVersion, kind: old.kind };
    next.metadata = {
      ...incoming.metadata,
      name: old.metadata.name,
      namespace: old.metadata.namespace,
      uid: old.metadata.uid,
      creationTimestamp: old.metadata.creationTimestamp,
      generation: old.metadata.generation,
    };
    if (t.status) next.status = old.status;
    if (!specEqual(old.spec, next.spec)) next.metadata.generation = (old.metadata.generation ?? 1) + 1;
  }
  if (next.status === undefined) delete next.status;
  if (t.builtin) next = dropNulls(next);
  const { schema, warnings } = decode(c, call, next);
  validate(t, next, old, schema);
  if (call.dryRun) return { status: 200, body: sub === 'scale' ? toScale(t, next) : next, warnings };
  const stored = c.store.put(t, next);
  if (t.kind === 'CustomResourceDefinition') registerCrd(c, stored);
  const fresh = afterWrite(c, t, stored);
  return { status: 200, body: sub === 'scale' ? toScale(t, fresh) : fresh, warnings };
}

function update(c: Cluster, call: ApiCall): ApiAnswer {
  const old = current(c, call.target);
  const body = parseBody(call.body);
  if (call.target.subresource === 'scale') return write(c, call, old, fromScale(call.target.type, old, body), false);
  return write(c, call, old, body, true);
}

/**
 * Server-side apply, reduced: the applied object creates what does not exist, and is merged over what does
 * (strategic merge for built-in kinds, merge patch for custom ones). Field ownership is not tracked, so a field
 * removed from the manifest stays (with a Warning saying so).
 */
function serverSideApply(c: Cluster, call: ApiCall): ApiAnswer {
  const t = call.target.type;
  if (!call.query.get('fieldManager')) throw badRequest('PATCH, application/apply-patch+yaml requires fieldManager to be set');
  let applied: unknown;
  try {
    applied = parseYaml(call.body);
  } catch (e) {
    throw badRequest(`error decoding YAML: ${(e as Error).message}`);
  }
  if (!applied || typeof applied !== 'object' || Array.isArray(applied)) throw badRequest('the applied object must be a map');
  const obj = applied as Unstructured;
  obj.metadata ??= {};
  obj.metadata.name ??= call.target.name;
  if (obj.metadata.name !== call.target.name) {
    throw badRequest(`the name of the object (${obj.metadata.name}) does not match the name on the URL (${call.target.name})`);
  }
  const body = JSON.stringify(obj);
  const note = 'the coxswain sandbox applies server-side without field ownership: fields removed from the manifest are kept';
  const existing = c.store.get(t, call.target.namespace, call.target.name as string);
  if (!existing) {
    const answer = create(c, { ...call, body, method: 'POST', contentType: 'application/json' });
    return { ...answer, warnings: [...(answer.warnings ?? []), note] };
  }
  const type = t.builtin ? 'application/strategic-merge-patch+json' : 'application/merge-patch+json';
  const answer = write(c, call, existing, applyPatch(type, t.builtin, existing, body), false);
  return { ...answer, warnings: [...(answer.warnings ?? []), note] };
}

function patch(c: Cluster, call: ApiCall): ApiAnswer {
  const t = call.target.type;
  if (call.contentType.startsWith('application/apply-patch') && !call.target.subresource) return serverSideApply(c, call);
  const old = current(c, call.target);
  if (call.target.subresource === 'scale') {
    const patched = applyPatch(call.contentType, true, toScale(t, old), call.body);
    return write(c, call, old, fromScale(t, old, patched), false);
  }
  const patched = applyPatch(call.contentType, t.builtin, old, call.body);
  return write(c, call, old, patched, false);
}

function remove(c: Cluster, call: ApiCall): ApiAnswer {
  const t = call.target.type;
  const old = current(c, call.target);
  const opts = call.body ? parseBody(call.body) : {};
  const pre = opts.preconditions ?? {};
  if (
    (pre.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion) ||
    (pre.uid && pre.uid !== old.metadata.uid)
  ) {
    throw conflict(t, old.metadata.name);
  }
  const dryRun = call.dryRun || (opts.dryRun ?? []).includes('All');
  // Pods answer with the object being deleted (graceful deletion); other kinds with a Success Status.
  const answer =
    t.kind === 'Pod'
      ? {
          ...old,
          metadata: { ...old.metadata, deletionTimestamp: old.metadata.creationTimestamp, deletionGracePeriodSeconds: 30 },
        }
      : success(t, old.metadata.name, old.metadata.uid);
  if (dryRun) return { status: 200, body: answer };
  // Background (the default) and Foreground both end with the dependents deleted by the garbage collector,
  // which runControllers runs below.
  if (orphans(call.query, opts)) orphanDependents(c, old.metadata.uid);
  c.store.delete(t, old.metadata.namespace, old.metadata.name);
  if (t.kind === 'Namespace')
    for (const nt of c.types.all().filter((x) => x.namespaced))
      for (const o of c.store.list(nt, old.metadata.name)) c.store.delete(nt, o.metadata.namespace, o.metadata.name);
  if (t.kind === 'CustomResourceDefinition') unregisterCrd(c, old);
  runControllers(c);
  return { status: 200, body: answer };
}

function removeCollection(c: Cluster, call: ApiCall): ApiAnswer {
  const t = call.target.type;
  const list = listObjects(c, t, call.target.namespace, call.query);
  if (!call.dryRun) {
    const orphaning = orphans(call.query, call.body ? parseBody(call.body) : {});
    for (const o of list.items) {
      if (orphaning) orphanDependents(c, o.metadata.uid);
      c.store.delete(t, call.target.namespace ?? o.metadata.namespace, o.metadata.name);
    }
    runControllers(c);
  }
  return { status: 200, body: list };
}

export function handle(c: Cluster, call: ApiCall): ApiAnswer {
  const { target, method } = call;
  const { type: t, name, subresource } = target;
  if (subresource && t.kind === 'Pod' && t.builtin && STREAMING[subresource]) {
    current(c, target);
    throw notSupported(
      `pods/${subresource}`,
      `${STREAMING[subresource]} is not supported by the coxswain sandbox: it runs no containers (get, describe, logs, scale and rollout work)`,
    );
  }
  if (
    subresource &&
    !(subresource === 'status' && t.status) &&
    !(subresource === 'scale' && t.scale) &&
    !(subresource === 'log' && t.log)
  ) {
    throw notFound(t, name ?? '');
  }
  if (subresource === 'log') {
    if (method !== 'GET') throw methodNotAllowed();
    const pod = current(c, target);
    const { text, container } = podLogs(pod, call.query, c.now());
    return {
      status: 200,
      body: text,
      contentType: 'text/plain',
      ...(flag(call.query, 'follow') ? { follow: { pod, container } } : {}),
    };
  }
  if (!name) {
    if (method === 'GET') return { status: 200, body: listObjects(c, t, target.namespace, call.query) };
    if (method === 'POST') return create(c, call);
    if (method === 'DELETE') return removeCollection(c, call);
    throw methodNotAllowed();
  }
  switch (method) {
    case 'GET': {
      const obj = current(c, target);
      return { status: 200, body: subresource === 'scale' ? toScale(t, obj) : obj };
    }
    case 'PUT':
      return update(c, call);
    case 'PATCH':
      return patch(c, call);
    case 'DELETE':
      if (subresource) throw methodNotAllowed();
      return remove(c, call);
    default:
      throw methodNotAllowed();
  }
}
