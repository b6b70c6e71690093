/**
 * `?watch=true`: a stream of `{"type","object"}` lines, as informers and `kubectl get -w` read it. From a
 * resourceVersion the stream replays later changes (410 Expired when that is too old); without one it starts
 * with ADDED for every current object.
 */
import type { ServerResponse } from 'node:http';
import type { Cluster } from './cluster.ts';
import { listObjects } from './handlers.ts';
import { matchesFields, matchesLabels } from './selectors.ts';
import type { Change } from './store.ts';
import type { ResourceType, Unstructured } from './types.ts';

export function serveWatch(
  c: Cluster,
  t: ResourceType,
  namespace: string | undefined,
  q: URLSearchParams,
  res: ServerResponse,
): void {
  const matches = (o: Unstructured) =>
    (namespace === undefined || o.metadata.namespace === namespace) &&
    matchesLabels(q.get('labelSelector') ?? undefined, o.metadata.labels) &&
    matchesFields(q.get('fieldSelector') ?? undefined, o);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
  const send = (type: string, object: Unstructured) => res.write(`${JSON.stringify({ type, object })}\n`);
  const fromRv = Number(q.get('resourceVersion') ?? 0);
  if (fromRv > 0 && fromRv < c.store.oldestWatchable - 1) {
    send('ERROR', {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `too old resource version: ${fromRv} (${c.store.oldestWatchable})`,
      reason: 'Expired',
      code: 410,
    });
    res.end();
    return;
  }
  if (fromRv > 0) {
    for (const ch of c.store.changesSince(t, fromRv)) if (matches(ch.object)) send(ch.type, ch.object);
  } else {
    for (const o of listObjects(c, t, namespace, new URLSearchParams()).items as Unstructured[]) {
      if (matches(o))
        send('ADDED', {
          apiVersion: o.apiVersion ?? (t.group ? `${t.group}/${t.version}` : t.version),
          kind: o.kind ?? t.kind,
          ...o,
        });
    }
  }
  const onChange = (ch: Change) => {
    if (ch.group === t.group && ch.plural === t.plural && matches(ch.object)) send(ch.type, ch.object);
  };
  c.store.changes.on('change', onChange);
  const timeout = Math.min(Number(q.get('timeoutSeconds') ?? 300), 1800) * 1000;
  const timer = setTimeout(() => res.end(), timeout);
  timer.unref();
  const stop = () => {
    clearTimeout(timer);
    c.store.changes.off('change', onChange);
  };
  res.on('close', stop);
  res.on('finish', stop);
}
