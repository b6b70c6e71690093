/**
 * The three patch types the API server accepts from the bot and kubectl: JSON merge patch (RFC 7386),
 * JSON patch (RFC 6902) and strategic merge patch (built-in kinds only; lists merged by their merge key).
 */
import { badRequest, StatusError, unsupportedMediaType } from './status.ts';
import type { Unstructured } from './types.ts';

const MERGE_PATCH = 'application/merge-patch+json';
const JSON_PATCH = 'application/json-patch+json';
const STRATEGIC_PATCH = 'application/strategic-merge-patch+json';
const APPLY_PATCH = 'application/apply-patch+yaml';

function isObject(v: unknown): v is Unstructured {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Unstructured = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** List fields merged element by element in a strategic merge patch, with their merge key (from the Go types). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  ports: 'containerPort',
  conditions: 'type',
  ownerReferences: 'uid',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
};

function strategicList(field: string, target: unknown, patch: unknown[]): unknown[] {
  const key = MERGE_KEYS[field];
  const directive = patch.find((p) => isObject(p) && p.$patch === 'replace');
  if (!key || directive || !Array.isArray(target))
    return patch.filter((p) => !(isObject(p) && '$patch' in p && p.$patch === 'replace')).map((p) => structuredClone(p));
  const out = target.map((t) => structuredClone(t));
  for (const p of patch) {
    if (!isObject(p)) continue;
    const idx = out.findIndex((t) => isObject(t) && t[key] === p[key]);
    if (p.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1);
    } else if (idx >= 0) out[idx] = strategicMerge(out[idx], p, field);
    else out.push(strategicMerge({}, p, field));
  }
  return out;
}

function strategicMerge(target: unknown, patch: unknown, _field = ''): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _, ...rest } = patch;
    return structuredClone(rest);
  }
  const out: Unstructured = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    // kubectl sends ordering hints ($setElementOrder/...) and $retainKeys; order and retention are not modelled.
    if (k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else if (Array.isArray(v)) out[k] = strategicList(k, out[k], v);
    else out[k] = strategicMerge(out[k], v, k);
  }
  return out;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

class PatchFailure extends Error {}

function walk(doc: unknown, pointer: string): { parent: Unstructured | unknown[]; key: string } {
  if (!pointer.startsWith('/')) throw new PatchFailure(`invalid JSON pointer "${pointer}"`);
  const parts = pointer.slice(1).split('/').map(unescapePointer);
  let cur: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isObject(cur)) cur = cur[part];
    else cur = undefined;
    if (cur === undefined) throw new PatchFailure(`doc is missing path: "${pointer}": missing value`);
  }
  if (!Array.isArray(cur) && !isObject(cur)) throw new PatchFailure(`doc is missing path: "${pointer}": missing value`);
  return { parent: cur, key: parts[parts.length - 1] };
}

function read(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  const { parent, key } = walk(doc, pointer);
  const v = Array.isArray(parent) ? parent[Number(key)] : parent[key];
  if (v === undefined) throw new PatchFailure(`doc is missing path: "${pointer}": missing value`);
  return v;
}

function remove(doc: unknown, pointer: string): unknown {
  const { parent, key } = walk(doc, pointer);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!(i >= 0 && i < parent.length)) throw new PatchFailure(`Unable to remove nonexistent key: ${key}: missing value`);
    return parent.splice(i, 1)[0];
  }
  if (!(key in parent)) throw new PatchFailure(`Unable to remove nonexistent key: ${key}: missing value`);
  const v = parent[key];
  delete parent[key];
  return v;
}

function add(doc: unknown, pointer: string, value: unknown, replace: boolean): unknown {
  if (pointer === '') return structuredClone(value);
  const { parent, key } = walk(doc, pointer);
  if (Array.isArray(parent)) {
    const i = key === '-' ? parent.length : Number(key);
    if (!(i >= 0 && i <= parent.length) || (replace && i >= parent.length))
      throw new PatchFailure(`Unable to access invalid index: ${key}: invalid index`);
    parent.splice(i, replace ? 1 : 0, structuredClone(value));
  } else {
    if (replace && !(key in parent))
      throw new PatchFailure(`replace operation does not apply: doc is missing key: ${pointer}: missing value`);
    parent[key] = structuredClone(value);
  }
  return doc;
}

function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let doc = structuredClone(target);
  for (const op of ops) {
    if (!isObject(op) || typeof op.path !== 'string')
      throw badRequest('the server rejected our request due to an error in our request');
    switch (op.op) {
      case 'add':
        doc = add(doc, op.path, op.value, false);
        break;
      case 'replace':
        doc = add(doc, op.path, op.value, true);
        break;
      case 'remove':
        remove(doc, op.path);
        break;
      case 'move': {
        const v = remove(doc, op.from);
        doc = add(doc, op.path, v, false);
        break;
      }
      case 'copy':
        doc = add(doc, op.path, read(doc, op.from), false);
        break;
      case 'test':
        if (JSON.stringify(read(doc, op.path)) !== JSON.stringify(op.value))
          throw new PatchFailure(`testing value ${op.path} failed: test failed`);
        break;
      default:
        throw badRequest(`Unexpected kind: ${String(op.op)}`);
    }
  }
  return doc;
}

/**
 * Applies a patch body of the given content type. Bad JSON is 400; a JSON patch that does not apply is 422,
 * as the API server answers; an unknown content type is 415.
 */
export function applyPatch(contentType: string, builtin: boolean, target: Unstructured, raw: string): Unstructured {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const accepted = builtin ? [JSON_PATCH, MERGE_PATCH, APPLY_PATCH, STRATEGIC_PATCH] : [JSON_PATCH, MERGE_PATCH, APPLY_PATCH];
  if (!accepted.includes(type) || type === APPLY_PATCH) {
    if (type === APPLY_PATCH)
      throw badRequest('server-side apply is not supported by the coxswain sandbox; use kubectl apply without --server-side');
    throw unsupportedMediaType(accepted);
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (e) {
    throw badRequest(`error decoding patch: ${(e as Error).message}`);
  }
  try {
    if (type === JSON_PATCH) return jsonPatch(target, body) as Unstructured;
    if (!isObject(body)) throw badRequest('error decoding patch: patch body must be a JSON object');
    return (type === MERGE_PATCH ? mergePatch(target, body) : strategicMerge(target, body)) as Unstructured;
  } catch (e) {
    if (e instanceof PatchFailure) {
      throw new StatusError({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `the server rejected our request due to an error in our request`,
        reason: 'Invalid',
        details: { causes: [{ reason: 'FieldValueInvalid', message: e.message, field: 'patch' }] },
        code: 422,
      });
    }
    throw e;
  }
}
