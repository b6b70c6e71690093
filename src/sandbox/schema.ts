/**
 * What the apiextensions server does to a custom object with its CRD's structural OpenAPI v3 schema, in its
 * order: prune unknown fields (unless `x-kubernetes-preserve-unknown-fields`), drop nulls of non-nullable
 * fields, apply `default`s, then validate. Causes carry kube-openapi's field paths and wording, e.g.
 * `spec.level: Invalid value: 11: spec.level in body should be less than or equal to 10`.
 */
import type { StatusCause } from './status.ts';
import { fieldInvalid, fieldRequired } from './status.ts';
import type { Unstructured } from './types.ts';

/** One node of a CRD's openAPIV3Schema, as it is on the wire (JSONSchemaProps). */
export type Schema = Unstructured;

/** apiVersion, kind and metadata are the API server's own at the root (and in embedded resources). */
const OBJECT_META_FIELDS = ['apiVersion', 'kind', 'metadata'];

const isObject = (v: unknown): v is Unstructured => typeof v === 'object' && v !== null && !Array.isArray(v);
const preserves = (s: Schema) => s['x-kubernetes-preserve-unknown-fields'] === true;

/** The schema of one field of an object (its property, or the map's value schema). */
function fieldSchema(s: Schema, key: string): Schema | undefined {
  if (s.properties?.[key]) return s.properties[key];
  return isObject(s.additionalProperties) ? s.additionalProperties : undefined;
}

/** `spec.parts[0].name`: a field path as the API server prints it. */
function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function walk(v: unknown, s: Schema, path: string, pruned: string[]): void {
  if (Array.isArray(v)) {
    if (s.items) for (const [i, item] of v.entries()) walk(item, s.items, child(path, i), pruned);
    return;
  }
  if (!isObject(v)) return;
  const isMeta = (key: string) => (!path || s['x-kubernetes-embedded-resource'] === true) && OBJECT_META_FIELDS.includes(key);
  for (const key of Object.keys(v)) {
    if (isMeta(key)) continue;
    const sub = fieldSchema(s, key);
    if (!sub) {
      if (!preserves(s) && s.additionalProperties !== true) {
        delete v[key];
        pruned.push(child(path, key));
      }
      continue;
    }
    if (v[key] === null && !sub.nullable && sub.default === undefined) delete v[key];
  }
  for (const [key, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
    if ((v[key] === undefined || (v[key] === null && !sub.nullable)) && sub.default !== undefined)
      v[key] = structuredClone(sub.default);
  }
  for (const key of Object.keys(v)) {
    const sub = isMeta(key) ? undefined : fieldSchema(s, key);
    if (sub) walk(v[key], sub, child(path, key), pruned);
  }
}

/**
 * Prunes, drops non-nullable nulls and defaults the object in place (apiVersion, kind and metadata are the
 * server's own). Returns the paths of the unknown fields it pruned, which `fieldValidation=Strict` refuses.
 */
export function normalize(obj: Unstructured, s: Schema): string[] {
  const pruned: string[] = [];
  walk(obj, s, '', pruned);
  return pruned;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(v: unknown, s: Schema): boolean {
  const actual = jsonType(v);
  if (s['x-kubernetes-int-or-string']) return actual === 'integer' || actual === 'string';
  if (!s.type) return true;
  return actual === s.type || (s.type === 'number' && actual === 'integer');
}

/** kube-openapi's sentence (`spec.level in body should be ...`) as a FieldValueInvalid cause. */
const inBody = (path: string, value: unknown, rule: string) => fieldInvalid(path, value, `${path} in body ${rule}`);

function scalarCauses(v: unknown, s: Schema, path: string): StatusCause[] {
  const out: StatusCause[] = [];
  if (typeof v === 'number') {
    if (s.maximum !== undefined && (s.exclusiveMaximum ? v >= s.maximum : v > s.maximum))
      out.push(inBody(path, v, `should be less than ${s.exclusiveMaximum ? '' : 'or equal to '}${s.maximum}`));
    if (s.minimum !== undefined && (s.exclusiveMinimum ? v <= s.minimum : v < s.minimum))
      out.push(inBody(path, v, `should be greater than ${s.exclusiveMinimum ? '' : 'or equal to '}${s.minimum}`));
  }
  if (typeof v === 'string') {
    const length = [...v].length;
    if (s.maxLength !== undefined && length > s.maxLength)
      out.push({ reason: 'FieldValueTooLong', message: `Too long: may not be more than ${s.maxLength} bytes`, field: path });
    if (s.minLength !== undefined && length < s.minLength)
      out.push(inBody(path, v, `should be at least ${s.minLength} chars long`));
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(v)) out.push(inBody(path, v, `should match '${s.pattern}'`));
  }
  return out;
}

function tooMany(path: string, actual: number, max: number): StatusCause {
  return { reason: 'FieldValueTooMany', message: `Too many: ${actual}: must have at most ${max} items`, field: path };
}

/** Causes for `v` at `path` (empty at the root: the object itself). */
export function schemaCauses(v: unknown, s: Schema, path = ''): StatusCause[] {
  if (v === null && s.nullable) return [];
  if (!typeMatches(v, s)) {
    const type = s['x-kubernetes-int-or-string'] ? 'integer,string' : s.type;
    return [fieldInvalid(path, jsonType(v), `${path} in body must be of type ${type}: "${jsonType(v)}"`)];
  }
  const out: StatusCause[] = [];
  if (Array.isArray(s.enum) && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(v))) {
    const allowed = s.enum.map((e: unknown) => JSON.stringify(typeof e === 'string' ? e : JSON.stringify(e))).join(', ');
    out.push({
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: ${JSON.stringify(v)}: supported values: ${allowed}`,
      field: path,
    });
  }
  if (Array.isArray(v)) {
    if (s.maxItems !== undefined && v.length > s.maxItems) out.push(tooMany(path, v.length, s.maxItems));
    if (s.minItems !== undefined && v.length < s.minItems)
      out.push(inBody(path, v.length, `should have at least ${s.minItems} items`));
    if (s.items)
      v.forEach((item, i) => {
        out.push(...schemaCauses(item, s.items, child(path, i)));
      });
    return out;
  }
  if (isObject(v)) {
    for (const key of (s.required ?? []) as string[]) if (v[key] === undefined) out.push(fieldRequired(child(path, key)));
    const size = Object.keys(v).length;
    if (s.maxProperties !== undefined && size > s.maxProperties) out.push(tooMany(path, size, s.maxProperties));
    if (s.minProperties !== undefined && size < s.minProperties)
      out.push(inBody(path, size, `should have at least ${s.minProperties} properties`));
    for (const [key, value] of Object.entries(v)) {
      if (!path && OBJECT_META_FIELDS.includes(key)) continue;
      const sub = fieldSchema(s, key);
      if (sub) out.push(...schemaCauses(value, sub, child(path, key)));
    }
    return out;
  }
  return [...out, ...scalarCauses(v, s, path)];
}
