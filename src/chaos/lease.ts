import { type V1Lease, V1MicroTime } from '@kubernetes/client-node';
import { httpStatus, kubeError } from '../kube/errors.ts';
import { withRetry } from '../kube/retry.ts';
import { type ChaosApis, callOrMissing } from './kube.ts';

/**
 * Leader election on a coordination.k8s.io/v1 Lease, as client-go does it: the holder renews `renewTime`;
 * anyone may take the lease over once `renewTime + leaseDurationSeconds` has passed. Every write carries the
 * resourceVersion it read, so of two candidates racing for an expired lease exactly one wins.
 */
export interface LeaseOptions {
  api: ChaosApis;
  name: string;
  namespace: string;
  /** This replica's identity (holderIdentity). */
  identity: string;
  durationSeconds: number;
  now: () => Date;
}

export interface LeaseElector {
  /** Acquires or renews; true when this replica holds the lease afterwards. */
  acquire(): Promise<boolean>;
  /** Gives the lease up (if held) so another replica need not wait for it to expire. */
  release(): Promise<void>;
}

function time(t: unknown): number {
  return t ? new Date(t as string | Date).getTime() : 0;
}

export function leaseElector(o: LeaseOptions): LeaseElector {
  const { api, name, namespace } = o;
  const ctx = { resource: 'lease', namespace, name };

  const read = () => callOrMissing(api, { verb: 'get', ...ctx }, () => api.coordination.readNamespacedLease({ namespace, name }));

  /** A lost race (409: created or changed by another replica meanwhile) is a plain "not the leader". */
  async function attempt(verb: string, fn: () => Promise<unknown>): Promise<boolean> {
    try {
      await withRetry(`${verb} lease`, fn);
      return true;
    } catch (err) {
      if (httpStatus(err) === 409) return false;
      throw kubeError(err, { verb, ...ctx, user: api.user });
    }
  }

  const replace = (body: V1Lease) => attempt('update', () => api.coordination.replaceNamespacedLease({ namespace, name, body }));

  return {
    async acquire() {
      const now = o.now();
      const stamp = new V1MicroTime(now.getTime());
      const lease = await read();
      if (!lease) {
        const body: V1Lease = {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name, namespace },
          spec: {
            holderIdentity: o.identity,
            leaseDurationSeconds: o.durationSeconds,
            acquireTime: stamp,
            renewTime: stamp,
            leaseTransitions: 0,
          },
        };
        return attempt('create', () => api.coordination.createNamespacedLease({ namespace, body }));
      }
      const spec = lease.spec ?? {};
      if (spec.holderIdentity === o.identity) {
        return replace({ ...lease, spec: { ...spec, renewTime: stamp, leaseDurationSeconds: o.durationSeconds } });
      }
      const expiresAt = time(spec.renewTime) + (spec.leaseDurationSeconds ?? o.durationSeconds) * 1000;
      if (spec.holderIdentity && expiresAt > now.getTime()) return false;
      return replace({
        ...lease,
        spec: {
          ...spec,
          holderIdentity: o.identity,
          leaseDurationSeconds: o.durationSeconds,
          acquireTime: stamp,
          renewTime: stamp,
          leaseTransitions: (spec.leaseTransitions ?? 0) + 1,
        },
      });
    },

    async release() {
      const lease = await read();
      if (lease?.spec?.holderIdentity !== o.identity) return;
      // client-go's release: an empty holder with a 1s lease, so the next candidate takes over at once.
      await replace({ ...lease, spec: { ...lease.spec, holderIdentity: '', leaseDurationSeconds: 1 } });
    },
  };
}
