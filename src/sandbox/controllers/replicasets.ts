/**
 * The ReplicaSet controller: keeps `spec.replicas` pods per ReplicaSet, each Running and Ready at once
 * (the sandbox has no scheduler or kubelet to wait for), and reports the counts in status.
 */
import {
  type Cluster,
  controllerRef,
  initMetadata,
  isControlledBy,
  mustType,
  randomSuffix,
  save,
  timestamp,
} from '../cluster.ts';
import type { Unstructured } from '../types.ts';
import { recordEvent } from './events.ts';

const NODE_NAME = 'sandbox-node-1';

function podIp(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `10.244.${(h >>> 8) % 250}.${(h % 250) + 2}`;
}

function newPod(c: Cluster, rs: Unstructured): Unstructured {
  const name = `${rs.metadata.name}-${randomSuffix()}`;
  const now = timestamp(c);
  const template = structuredClone(rs.spec.template ?? {});
  const spec: Unstructured = {
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    schedulerName: 'default-scheduler',
    ...template.spec,
    nodeName: NODE_NAME,
  };
  const containers: Unstructured[] = spec.containers ?? [];
  const requests = containers.some((ct) => ct.resources?.requests);
  const cond = (type: string) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: now });
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: `${rs.metadata.name}-`,
      namespace: rs.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}) },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [controllerRef(rs)],
    },
    spec,
    status: {
      phase: 'Running',
      conditions: [
        cond('PodReadyToStartContainers'),
        cond('Initialized'),
        cond('Ready'),
        cond('ContainersReady'),
        cond('PodScheduled'),
      ],
      hostIP: '10.0.0.10',
      hostIPs: [{ ip: '10.0.0.10' }],
      podIP: podIp(name),
      podIPs: [{ ip: podIp(name) }],
      startTime: now,
      qosClass: requests ? 'Burstable' : 'BestEffort',
      containerStatuses: containers.map((ct) => ({
        name: ct.name,
        state: { running: { startedAt: now } },
        lastState: {},
        ready: true,
        restartCount: 0,
        image: ct.image,
        imageID: `${String(ct.image).split(':')[0]}@sha256:${Buffer.from(String(ct.image)).toString('hex').padEnd(64, '0').slice(0, 64)}`,
        containerID: `containerd://${Buffer.from(name + ct.name)
          .toString('hex')
          .padEnd(64, '0')
          .slice(0, 64)}`,
        started: true,
      })),
    },
  };
}

/** The ReplicaSet's pods as stored (read them only). */
export function podsOf(c: Cluster, rs: Unstructured): Readonly<Unstructured>[] {
  return c.store.dependents(mustType(c, '', 'pods'), rs.metadata.uid).filter((p) => isControlledBy(p, rs));
}

/** Creates or deletes pods to match `spec.replicas`, then writes the ReplicaSet's status (`rs` is not changed). */
export function syncReplicaSet(c: Cluster, rs: Readonly<Unstructured>): void {
  const podType = mustType(c, '', 'pods');
  const pods = podsOf(c, rs);
  const want = rs.spec.replicas ?? 1;
  for (let i = pods.length; i < want; i++) {
    const pod = newPod(c, rs);
    initMetadata(c, pod);
    c.store.handOver(podType, pod);
    pods.push(pod);
    recordEvent(c, rs, 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 'replicaset-controller');
  }
  if (pods.length > want) {
    const doomed = [...pods]
      .sort((a, b) => String(b.metadata.creationTimestamp).localeCompare(String(a.metadata.creationTimestamp)))
      .slice(0, pods.length - want);
    for (const p of doomed) {
      c.store.delete(podType, p.metadata.namespace, p.metadata.name);
      recordEvent(c, rs, 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'replicaset-controller');
    }
  }
  const count = Math.min(pods.length, want);
  const status: Unstructured = {
    replicas: count,
    fullyLabeledReplicas: count,
    readyReplicas: count,
    availableReplicas: count,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  if (count === 0) {
    delete status.readyReplicas;
    delete status.availableReplicas;
  }
  if (JSON.stringify(status) !== JSON.stringify(rs.status)) save(c, mustType(c, 'apps', 'replicasets'), { ...rs, status });
}
