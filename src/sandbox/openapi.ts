/**
 * Just enough OpenAPI v3 for kubectl: the index of group versions and, per group version, the write
 * operations with their `x-kubernetes-group-version-kind` and `fieldValidation` parameter, so that kubectl
 * (create, replace, apply) uses server-side field validation instead of downloading full schemas.
 */
import type { ResourceTypes } from './resource-types.ts';
import type { Unstructured } from './types.ts';

function gvPaths(types: ResourceTypes): string[] {
  const out = ['api/v1'];
  for (const [g, versions] of types.groups()) for (const v of versions) out.push(`apis/${g}/${v}`);
  return out;
}

export function openapiIndex(types: ResourceTypes): Unstructured {
  return { paths: Object.fromEntries(gvPaths(types).map((p) => [p, { serverRelativeURL: `/openapi/v3/${p}?hash=sandbox` }])) };
}

const PARAMS = ['dryRun', 'fieldManager', 'fieldValidation', 'pretty'].map((name) => ({
  name,
  in: 'query',
  schema: { type: 'string', uniqueItems: true },
}));

export function openapiGroupVersion(types: ResourceTypes, gvPath: string): Unstructured | undefined {
  if (!gvPaths(types).includes(gvPath)) return undefined;
  const [root, ...rest] = gvPath.split('/');
  const [group, version] = root === 'api' ? ['', rest[0]] : [rest[0], rest[1]];
  const paths: Unstructured = {};
  for (const t of types.inGroupVersion(group, version)) {
    const gvk = { group, version, kind: t.kind };
    const op = (id: string) => ({
      operationId: id,
      'x-kubernetes-group-version-kind': gvk,
      parameters: PARAMS,
      responses: { '200': { description: 'OK' } },
    });
    const base = `/${gvPath}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.plural}`;
    paths[base] = { post: op(`create${t.kind}`), parameters: [] };
    paths[`${base}/{name}`] = { put: op(`replace${t.kind}`), patch: op(`patch${t.kind}`), parameters: [] };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.0' }, paths, components: { schemas: {} } };
}
