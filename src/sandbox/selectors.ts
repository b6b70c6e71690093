/**
 * Label selectors (`app=web`, `tier!=db`, `env in (a,b)`, `notin`, `x`, `!x`) and field selectors
 * (`metadata.name=web`, `involvedObject.uid=...`), parsed as the API server parses the query strings.
 */
import { badRequest } from './status.ts';
import type { ResourceType, Unstructured } from './types.ts';

type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | 'notexists' }
  | { key: string; op: '=' | '!='; values: string[] };

/** Splits on commas that are not inside parentheses. */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((t) => t.trim()).filter(Boolean);
}

function parseLabelSelector(s: string): Requirement[] {
  return splitTerms(s).map((term) => {
    const set = /^([^\s!=()]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (set)
      return {
        key: set[1],
        op: set[2] as 'in' | 'notin',
        values: set[3]
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      };
    const eq = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=()]*)$/.exec(term);
    if (eq) return { key: eq[1], op: eq[2] === '!=' ? '!=' : '=', values: [eq[3]] };
    const not = /^!\s*([^\s!=()]+)$/.exec(term);
    if (not) return { key: not[1], op: 'notexists' };
    if (/^[^\s!=()]+$/.test(term)) return { key: term, op: 'exists' };
    throw badRequest(`unable to parse requirement: found '${term}', expected: identifier`);
  });
}

function matches(reqs: Requirement[], get: (key: string) => string | undefined): boolean {
  return reqs.every((r) => {
    const v = get(r.key);
    switch (r.op) {
      case 'exists':
        return v !== undefined;
      case 'notexists':
        return v === undefined;
      case '=':
      case 'in':
        return v !== undefined && r.values.includes(v);
      case '!=':
      case 'notin':
        return v === undefined || !r.values.includes(v);
    }
    return false;
  });
}

export function matchesLabels(selector: string | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return true;
  return matches(parseLabelSelector(selector), (k) => labels?.[k]);
}

/** A metav1.LabelSelector (matchLabels + matchExpressions) against labels, as controllers use it. */
export function matchesSelectorObject(sel: Unstructured | undefined, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = e.key in l;
    if (e.operator === 'In' && !(has && e.values.includes(l[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values.includes(l[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** `app=web,tier=front` from a LabelSelector's matchLabels, as Scale.status.selector carries it. */
export function selectorString(sel: Unstructured | undefined): string {
  return Object.entries(sel?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

function fieldValue(obj: Unstructured, path: string): string | undefined {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Unstructured)[part];
  }
  return cur === undefined || cur === null ? undefined : String(cur);
}

export function matchesFields(selector: string | undefined, obj: Unstructured): boolean {
  if (!selector) return true;
  return splitTerms(selector).every((term) => {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(term);
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${term}'`);
    const v = fieldValue(obj, m[1].trim()) ?? '';
    return m[2] === '!=' ? v !== m[3] : v === m[3];
  });
}

/** Field labels each built-in kind supports beyond metadata.name and metadata.namespace (from their field label conversion funcs). */
const FIELD_LABELS: Record<string, string[]> = {
  Pod: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.podIPs',
    'status.nominatedNodeName',
  ],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  ReplicaSet: ['status.replicas'],
  Namespace: ['status.phase'],
  Secret: ['type'],
};

/** A field selector naming a field the kind cannot be selected by is refused, as the API server refuses it. */
export function checkFieldSelector(t: Pick<ResourceType, 'kind' | 'builtin'>, selector: string | undefined): void {
  if (!selector) return;
  const allowed = ['metadata.name', 'metadata.namespace', ...((t.builtin && FIELD_LABELS[t.kind]) || [])];
  for (const term of splitTerms(selector)) {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(term);
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${term}'`);
    const field = m[1].trim();
    if (!allowed.includes(field)) throw badRequest(`field label not supported: ${field}`);
  }
}
