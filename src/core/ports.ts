import type { AuditEventInput } from '../audit/event.ts';
import type { KubeCluster } from '../kube/cluster.ts';
import type { CoreEvent } from './core.ts';

/**
 * The small interfaces the engine and the workers reach their collaborators through. The composition root
 * (src/app/runtime.ts) plugs in the real ones: the audit log on a Redis Stream, Redis pub/sub, the cluster registry.
 */

/** The audit log (src/audit/log.ts) as the engine and workers see it: append only. */
export interface AuditSink {
  append(entry: AuditEventInput): Promise<unknown>;
}

/** Approval updates to every replica (Slack cards are updated by whichever replica hears them). */
export interface EventPublisher {
  publish(event: CoreEvent): Promise<void>;
}

/** Who a Kubernetes call runs as when impersonation is on. */
export interface Identity {
  user: string;
  groups?: string[];
}

/** The cluster for a call: a configured name (omitted = the default) and, with impersonation, the person. */
export type ClusterResolver = (cluster: string | undefined, identity?: Identity) => KubeCluster;
