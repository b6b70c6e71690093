/**
 * Validation the API server does on the objects the bot and kubectl write, with its field paths and
 * wording, answered as 422 Invalid.
 */
import { specEqual } from './cluster.ts';
import { type Schema, schemaCauses } from './schema.ts';
import { matchesSelectorObject } from './selectors.ts';
import { fieldInvalid, fieldRequired, invalid, type StatusCause } from './status.ts';
import type { ResourceType, Unstructured } from './types.ts';

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function goMap(labels: Record<string, string> | undefined): string {
  return `map[string]string{${Object.entries(labels ?? {})
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(', ')}}`;
}

function podSpecCauses(spec: Unstructured | undefined, path: string): StatusCause[] {
  const containers: Unstructured[] | undefined = spec?.containers;
  if (!Array.isArray(containers) || containers.length === 0) return [fieldRequired(`${path}.containers`)];
  const out: StatusCause[] = [];
  containers.forEach((ct, i) => {
    if (!ct.name) out.push(fieldRequired(`${path}.containers[${i}].name`));
    if (!ct.image) out.push(fieldRequired(`${path}.containers[${i}].image`));
  });
  return out;
}

function replicasCauses(obj: Unstructured): StatusCause[] {
  const r = obj.spec?.replicas;
  if (r === undefined) return [];
  if (!Number.isInteger(r) || r < 0) return [fieldInvalid('spec.replicas', r, 'must be greater than or equal to 0')];
  return [];
}

function workloadCauses(obj: Unstructured, old: Unstructured | undefined): StatusCause[] {
  const out = replicasCauses(obj);
  const sel = obj.spec?.selector;
  if (!sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length))
    out.push(fieldRequired('spec.selector'));
  else if (!matchesSelectorObject(sel, obj.spec?.template?.metadata?.labels)) {
    out.push(
      fieldInvalid(
        'spec.template.metadata.labels',
        null,
        '`selector` does not match template `labels`',
        goMap(obj.spec?.template?.metadata?.labels),
      ),
    );
  }
  if (old && obj.kind !== 'Rollout' && !specEqual(old.spec?.selector, sel))
    out.push(fieldInvalid('spec.selector', sel, 'field is immutable'));
  out.push(...podSpecCauses(obj.spec?.template?.spec, 'spec.template.spec'));
  return out;
}

function crdCauses(obj: Unstructured): StatusCause[] {
  const s = obj.spec ?? {};
  const out: StatusCause[] = [];
  if (!s.group) out.push(fieldRequired('spec.group'));
  if (!s.names?.plural) out.push(fieldRequired('spec.names.plural'));
  if (!s.names?.kind) out.push(fieldRequired('spec.names.kind'));
  if (!Array.isArray(s.versions) || !s.versions.length)
    out.push(fieldRequired('spec.versions', 'must have exactly one version marked as storage version'));
  if (s.group && s.names?.plural && obj.metadata.name !== `${s.names.plural}.${s.group}`) {
    out.push(fieldInvalid('metadata.name', obj.metadata.name, 'must be spec.names.plural+"."+spec.group'));
  }
  return out;
}

/**
 * Throws 422 Invalid when the object would not pass the API server's validation: its metadata, the built-in
 * kinds' rules, and a custom object's CRD schema (`schema`, the object already normalized with it).
 */
export function validate(t: ResourceType, obj: Unstructured, old?: Unstructured, schema?: Schema): void {
  const name = obj.metadata?.name;
  const out: StatusCause[] = [];
  if (!name) out.push(fieldRequired('metadata.name', 'name or generateName is required'));
  else if (name.length > 253 || !SUBDOMAIN.test(name)) {
    out.push(
      fieldInvalid(
        'metadata.name',
        name,
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ),
    );
  }
  if (t.kind === 'Deployment' || t.kind === 'ReplicaSet') out.push(...workloadCauses(obj, old));
  else if (t.kind === 'Rollout' && t.group === 'argoproj.io') out.push(...replicasCauses(obj));
  else if (t.kind === 'Pod') out.push(...podSpecCauses(obj.spec, 'spec'));
  else if (t.kind === 'CustomResourceDefinition') out.push(...crdCauses(obj));
  if (schema) out.push(...schemaCauses(obj, schema));
  if (out.length) throw invalid(t, name ?? '', out);
}
