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

/**
 * `/openapi/v2`: kubectl before 1.30 reads it (as protobuf, `application/com.github.proto-openapi.spec.v2@v1.0+protobuf`)
 * before `apply` and client-side validation. The sandbox serves a document with no definitions: kubectl then
 * skips client-side validation (the server validates, see fieldValidation) and computes strategic merge patches
 * from its compiled-in types, as it does for a kind the document does not describe.
 */
export function openapiV2(accept: string | undefined): { body: string | Buffer; contentType: string } {
  const title = 'Kubernetes';
  const version = 'v1.32.0';
  if (accept?.includes('protobuf')) {
    const info = Buffer.concat([field(1, title), field(2, version)]);
    const doc = Buffer.concat([field(1, '2.0'), field(2, info), field(8, Buffer.alloc(0)), field(9, Buffer.alloc(0))]);
    return { body: doc, contentType: 'application/octet-stream' };
  }
  return {
    body: JSON.stringify({ swagger: '2.0', info: { title, version }, paths: {}, definitions: {} }),
    contentType: 'application/json',
  };
}

/** One length-delimited protobuf field (wire type 2). */
function field(no: number, value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  return Buffer.concat([varint((no << 3) | 2), varint(bytes.length), bytes]);
}

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return Buffer.from(out);
}
