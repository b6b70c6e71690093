/**
 * `?watch=true`: a stream of `{"type","object"}` lines, as informers and `kubectl get -w` read it. The headers go
 * out at once (clients wait for them before they count a watch as started), and the stream ends after
 * `timeoutSeconds`, so `kubectl wait --timeout` and `rollout status --timeout` end. From a resourceVersion the
 * stream replays later changes (410 Expired when that is too old); without one it starts with ADDED for every
 * current object (and with `sendInitialEvents=true`, a BOOKMARK marking their end). With a Table Accept header
 * (`kubectl get -w`), each event's object is a one-row Table.
 */
import type { ServerResponse } from 'node:http';
import type { Cluster } from './cluster.ts';
import { listObjects } from './handlers.ts';
import { flag } from './query.ts';
import { checkFieldSelector, matchesFields, matchesLabels } from './selectors.ts';
import type { Change } from './store.ts';
import { toTable } from './table.ts';
import { groupVersion, type ResourceType, type Unstructured } from './types.ts';

/** The longest watch the sandbox keeps open, and the one it keeps when the client names none. */
const MAX_WATCH_SECONDS = 1800;
const DEFAULT_WATCH_SECONDS = 300;

export function serveWatch(
  c: Cluster,
  t: ResourceType,
  namespace: string | undefined,
  q: URLSearchParams,
  res: ServerResponse,
  table: boolean,
): void {
  const labelSelector = q.get('labelSelector') ?? undefined;
  const fieldSelector = q.get('fieldSelector') ?? undefined;
  checkFieldSelector(t, fieldSelector);
  const matches = (o: Unstructured) =>
    (namespace === undefined || o.metadata.namespace === namespace) &&
    matchesLabels(labelSelector, o.metadata.labels) &&
    matchesFields(fieldSelector, o);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache' });
  res.flushHeaders();
  const include = q.get('includeObject');
  const send = (type: string, object: Unstructured) => {
    const body =
      table && type !== 'ERROR' && type !== 'BOOKMARK'
        ? toTable(t, [object], { resourceVersion: object.metadata.resourceVersion }, include, c.now())
        : object;
    res.write(`${JSON.stringify({ type, object: body })}\n`);
  };
  const withKind = (o: Unstructured) => ({ apiVersion: o.apiVersion ?? groupVersion(t), kind: o.kind ?? t.kind, ...o });
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
  if (fromRv > 0 && !flag(q, 'sendInitialEvents')) {
    for (const ch of c.store.changesSince(t, fromRv)) if (matches(ch.object)) send(ch.type, ch.object);
  } else {
    const initial = new URLSearchParams();
    if (labelSelector) initial.set('labelSelector', labelSelector);
    if (fieldSelector) initial.set('fieldSelector', fieldSelector);
    const list = listObjects(c, t, namespace, initial);
    for (const o of list.items as Unstructured[]) send('ADDED', withKind(o));
    if (flag(q, 'sendInitialEvents')) {
      send('BOOKMARK', {
        apiVersion: groupVersion(t),
        kind: t.kind,
        metadata: { resourceVersion: list.metadata.resourceVersion, annotations: { 'k8s.io/initial-events-end': 'true' } },
      });
    }
  }
  const onChange = (ch: Change) => {
    if (ch.group === t.group && ch.plural === t.plural && matches(ch.object)) send(ch.type, ch.object);
  };
  c.store.changes.on('change', onChange);
  const requested = Number(q.get('timeoutSeconds') ?? DEFAULT_WATCH_SECONDS);
  const seconds = Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_WATCH_SECONDS) : DEFAULT_WATCH_SECONDS;
  const timer = setTimeout(() => res.end(), seconds * 1000);
  timer.unref();
  const stop = () => {
    clearTimeout(timer);
    c.store.changes.off('change', onChange);
  };
  res.on('close', stop);
  res.on('finish', stop);
}
