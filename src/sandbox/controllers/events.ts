/** core/v1 Events the controllers emit, so `kubectl describe` and the bot's describe show recent history. */
import { type Cluster, mustType, randomHex, timestamp } from '../cluster.ts';
import type { Unstructured } from '../types.ts';

export function recordEvent(
  c: Cluster,
  about: Unstructured,
  reason: string,
  message: string,
  component: string,
  type = 'Normal',
): void {
  const now = timestamp(c);
  c.store.handOver(mustType(c, '', 'events'), {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${about.metadata.name}.${randomHex(8)}`,
      namespace: about.metadata.namespace ?? 'default',
      uid: crypto.randomUUID(),
      creationTimestamp: now,
    },
    involvedObject: {
      apiVersion: about.apiVersion,
      kind: about.kind,
      name: about.metadata.name,
      namespace: about.metadata.namespace,
      uid: about.metadata.uid,
      resourceVersion: about.metadata.resourceVersion,
    },
    reason,
    message,
    source: { component },
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
    type,
    eventTime: null,
    reportingComponent: component,
    reportingInstance: '',
  });
}
