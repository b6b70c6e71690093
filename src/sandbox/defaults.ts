/**
 * Defaulting of the built-in kinds, as the API server's defaulters (and the ServiceAccount admission plugin)
 * fill what a client leaves out, so `kubectl describe` of an object created by `kubectl create` shows what it
 * shows on a real cluster: a Deployment's RollingUpdate 25%/25%, revisionHistoryLimit 10,
 * progressDeadlineSeconds 600, and the pod template's restart, DNS, scheduler and container defaults.
 */
import type { Unstructured } from './types.ts';

function imagePullPolicy(image: unknown): string {
  const ref = String(image ?? '');
  if (ref.includes('@')) return 'IfNotPresent';
  const last = ref.slice(ref.lastIndexOf('/') + 1);
  const tag = last.includes(':') ? last.slice(last.indexOf(':') + 1) : '';
  return !tag || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainer(ct: Unstructured): void {
  ct.terminationMessagePath ??= '/dev/termination-log';
  ct.terminationMessagePolicy ??= 'File';
  ct.imagePullPolicy ??= imagePullPolicy(ct.image);
  ct.resources ??= {};
  for (const p of ct.ports ?? []) p.protocol ??= 'TCP';
}

function defaultPodSpec(spec: Unstructured | undefined): void {
  if (!spec) return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.securityContext ??= {};
  for (const ct of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) defaultContainer(ct);
}

/** Service IPs from the service CIDR, derived from the name so the same Service gets the same address. */
function clusterIp(obj: Unstructured): string {
  let h = 0;
  for (const ch of `${obj.metadata.namespace}/${obj.metadata.name}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `10.96.${(h >>> 8) % 250}.${(h % 250) + 2}`;
}

const DEFAULTERS: Record<string, (o: Unstructured) => void> = {
  Deployment: (o) => {
    o.spec ??= {};
    const s = o.spec;
    s.replicas ??= 1;
    s.strategy ??= {};
    s.strategy.type ??= 'RollingUpdate';
    if (s.strategy.type === 'RollingUpdate') {
      s.strategy.rollingUpdate ??= {};
      s.strategy.rollingUpdate.maxUnavailable ??= '25%';
      s.strategy.rollingUpdate.maxSurge ??= '25%';
    }
    s.revisionHistoryLimit ??= 10;
    s.progressDeadlineSeconds ??= 600;
    defaultPodSpec(s.template?.spec);
  },
  ReplicaSet: (o) => {
    o.spec ??= {};
    const s = o.spec;
    s.replicas ??= 1;
    defaultPodSpec(s.template?.spec);
  },
  Pod: (o) => {
    o.spec ??= {};
    const s = o.spec;
    defaultPodSpec(s);
    s.serviceAccountName ??= 'default';
    s.serviceAccount ??= s.serviceAccountName;
    s.enableServiceLinks ??= true;
    s.preemptionPolicy ??= 'PreemptLowerPriority';
    s.priority ??= 0;
  },
  Service: (o) => {
    o.spec ??= {};
    const s = o.spec;
    s.type ??= 'ClusterIP';
    s.sessionAffinity ??= 'None';
    for (const p of s.ports ?? []) {
      p.protocol ??= 'TCP';
      p.targetPort ??= p.port;
    }
    if (s.type !== 'ExternalName') {
      s.clusterIP ??= clusterIp(o);
      s.clusterIPs ??= [s.clusterIP];
      s.ipFamilies ??= ['IPv4'];
      s.ipFamilyPolicy ??= 'SingleStack';
      s.internalTrafficPolicy ??= 'Cluster';
    }
  },
  HorizontalPodAutoscaler: (o) => {
    o.spec ??= {};
    o.spec.minReplicas ??= 1;
  },
  Namespace: (o) => {
    o.spec ??= {};
    o.spec.finalizers ??= ['kubernetes'];
    o.metadata.labels = { ...(o.metadata.labels ?? {}), 'kubernetes.io/metadata.name': o.metadata.name };
  },
};

/** Fills the defaults of a built-in kind in place (nothing for other kinds). */
export function applyDefaults(kind: string, obj: Unstructured): void {
  DEFAULTERS[kind]?.(obj);
}
