/**
 * The HTTP front: identity (bearer token, impersonation), injected faults, routing to discovery, resources,
 * watches and the OpenCost emulator, metav1.Status for every failure, and the request log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { accessReview } from './access-review.ts';
import type { Cluster } from './cluster.ts';
import { coreVersions, group, groupList, resources, version } from './discovery.ts';
import { handle } from './handlers.ts';
import { followLine } from './logs.ts';
import { openapiGroupVersion, openapiIndex, openapiV2 } from './openapi.ts';
import { allocation } from './opencost/allocation.ts';
import type { UsageHistory } from './opencost/usage.ts';
import { decodeProtobuf } from './protobuf.ts';
import { flag } from './query.ts';
import type { Authorizer, Faults, LoggedRequest, RequestLog } from './request-log.ts';
import { forbidden, injectedFailure, methodNotAllowed, pathNotFound, StatusError, unauthorized } from './status.ts';
import { toTable, wantsTable } from './table.ts';
import type { Target, Unstructured } from './types.ts';
import { serveWatch } from './watch.ts';

export interface ServerDeps {
  cluster: Cluster;
  log: RequestLog;
  faults: Faults;
  authz: Authorizer;
  usage: UsageHistory;
  token: string;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const PROTOBUF = 'application/vnd.kubernetes.protobuf';

/** `/api/v1/namespaces/staging/pods/x/log` -> the pods type, namespace, name and subresource. */
function parseTarget(c: Cluster, segs: string[]): Target | undefined {
  let g = '';
  let v: string;
  let rest: string[];
  if (segs[0] === 'api') [v, ...rest] = segs.slice(1);
  else if (segs[0] === 'apis') [g, v, ...rest] = segs.slice(1);
  else return undefined;
  if (!v || !rest.length) return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const type = c.types.find(g, v, rest[0]);
  if (!type || rest.length > 3 || (namespace && !type.namespaced)) return undefined;
  return { type, namespace: type.namespaced ? namespace : undefined, name: rest[1], subresource: rest[2] };
}

function verbOf(method: string, target: Target, watch: boolean): string {
  if (method === 'GET') return target.name ? 'get' : watch ? 'watch' : 'list';
  if (method === 'POST') return 'create';
  if (method === 'PUT') return 'update';
  if (method === 'PATCH') return 'patch';
  if (method === 'DELETE') return target.name ? 'delete' : 'deletecollection';
  return method.toLowerCase();
}

function discovery(c: Cluster, segs: string[]): unknown {
  const p = segs.join('/');
  if (p === 'version') return version();
  if (p === 'api') return coreVersions();
  if (p === 'apis') return groupList(c.types);
  if (segs[0] === 'api' && segs.length === 2) return resources(c.types, '', segs[1]);
  if (segs[0] === 'apis' && segs.length === 2) return group(c.types, segs[1]);
  if (segs[0] === 'apis' && segs.length === 3) return resources(c.types, segs[1], segs[2]);
  if (p === 'openapi/v3') return openapiIndex(c.types);
  if (segs[0] === 'openapi' && segs[1] === 'v3') return openapiGroupVersion(c.types, segs.slice(2).join('/'));
  return undefined;
}

function parseJson(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** `logs -f`: the log so far, then a new line every two seconds until the client goes away. */
function followLog(
  res: ServerResponse,
  text: string,
  f: { pod: Unstructured; container: string },
  q: URLSearchParams,
  c: Cluster,
): void {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' });
  res.write(text);
  const timestamps = flag(q, 'timestamps');
  const timer = setInterval(() => res.write(followLine(f.pod, f.container, c.now().getTime(), timestamps)), 2000);
  timer.unref();
  res.on('close', () => clearInterval(timer));
}

export function createHandler(d: ServerDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const c = d.cluster;
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const protobuf = raw.length > 0 && (req.headers['content-type'] ?? '').startsWith(PROTOBUF);
    let body = protobuf ? '' : raw.toString('utf8');
    const auth = req.headers.authorization;
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      contentType: req.headers['content-type'],
      body: parseJson(body),
      user: req.headers['impersonate-user'] as string | undefined,
      groups: req.headersDistinct['impersonate-group'] ?? [],
      token: auth?.startsWith('Bearer ') ? auth.slice(7) : undefined,
      dryRun: url.searchParams.getAll('dryRun').includes('All'),
      status: 0,
    };
    d.log.add(entry);
    const send = (status: number, payload: unknown, contentType = 'application/json', warnings: string[] = []) => {
      entry.status = status;
      res.writeHead(status, {
        'Content-Type': contentType,
        ...(status === 429 ? { 'Retry-After': '1' } : {}),
        ...(warnings.length ? { Warning: warnings.map((w) => `299 - ${JSON.stringify(w)}`) } : {}),
      });
      const raw = Buffer.isBuffer(payload) || (typeof payload === 'string' && contentType !== 'application/json');
      res.end(raw ? payload : JSON.stringify(payload));
    };
    try {
      const fault = d.faults.take(method, url.pathname);
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault?.status) throw injectedFailure(fault.status, fault.message);
      const segs = url.pathname.split('/').filter(Boolean);
      if (url.pathname === '/allocation' || url.pathname === '/allocation/compute') {
        const answer = allocation(c, d.usage, url.searchParams);
        return send(answer.code, answer);
      }
      if (['healthz', 'livez', 'readyz'].includes(segs[0])) return send(200, 'ok', 'text/plain');
      // kubectl sends no bearer token over plain http, so a missing token is served (as anonymous with full
      // access would be); a wrong one is refused, so tests can check that the bot sends the right credentials.
      if (entry.token !== undefined && entry.token !== d.token) throw unauthorized();
      if (method === 'GET' && url.pathname === '/openapi/v2') {
        const doc = openapiV2(req.headers.accept);
        return send(200, doc.body, doc.contentType);
      }
      if (method === 'GET') {
        const doc = discovery(c, segs);
        if (doc) return send(200, doc);
      }
      const target = parseTarget(c, segs);
      if (!target) throw pathNotFound();
      const watch = flag(url.searchParams, 'watch');
      entry.verb = verbOf(method, target, watch);
      entry.resource = {
        group: target.type.group,
        plural: target.type.plural,
        namespace: target.namespace,
        name: target.name,
        subresource: target.subresource,
      };
      const resource = target.subresource ? `${target.type.plural}/${target.subresource}` : target.type.plural;
      if (d.authz.isForbidden(entry.user, entry.verb, resource, target.namespace)) {
        throw forbidden({
          user: entry.user as string,
          verb: entry.verb,
          type: target.type,
          subresource: target.subresource,
          namespace: target.namespace,
          name: target.name,
        });
      }
      if (watch && method === 'GET' && !target.name) {
        entry.status = 200;
        return serveWatch(c, target.type, target.namespace, url.searchParams, res, wantsTable(req.headers.accept));
      }
      if (protobuf) {
        body = JSON.stringify(decodeProtobuf(raw));
        entry.body = parseJson(body);
      }
      if (target.type.group === 'authorization.k8s.io') {
        if (method !== 'POST') throw methodNotAllowed();
        return send(201, accessReview(target.type.kind, parseJson(body) as Unstructured, entry.user, d.authz));
      }
      const answer = handle(c, {
        method,
        target,
        query: url.searchParams,
        body,
        contentType: protobuf ? 'application/json' : (req.headers['content-type'] ?? ''),
        dryRun: entry.dryRun,
      });
      if (method === 'GET' && !target.subresource && wantsTable(req.headers.accept)) {
        const b = answer.body as Unstructured;
        const items = target.name ? [b] : (b.items as Unstructured[]);
        const meta = target.name ? { resourceVersion: b.metadata.resourceVersion } : b.metadata;
        return send(200, toTable(target.type, items, meta, url.searchParams.get('includeObject'), c.now()));
      }
      if (answer.follow) return followLog(res, answer.body as string, answer.follow, url.searchParams, c);
      return send(answer.status, answer.body, answer.contentType, answer.warnings);
    } catch (e) {
      if (e instanceof StatusError) return send(e.code, e.body);
      const err = injectedFailure(500, `Internal error occurred: ${(e as Error).message}`);
      return send(500, err.body);
    }
  };
}
