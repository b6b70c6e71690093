/**
 * The Deployment controller, reduced to what the bot and kubectl observe: one ReplicaSet per distinct pod
 * template (hash label `pod-template-hash`, annotation `deployment.kubernetes.io/revision`), the current one
 * at `spec.replicas` and the others at 0 (the roll is instant), `spec.paused` honoured, and status.
 */
import {
  type Cluster,
  controllerRef,
  initMetadata,
  isControlledBy,
  mustType,
  save,
  storedTemplatesEqual,
  templateHash,
  timestamp,
} from '../cluster.ts';
import type { Unstructured } from '../types.ts';
import { recordEvent } from './events.ts';
import { syncReplicaSet } from './replicasets.ts';

const REVISION = 'deployment.kubernetes.io/revision';

export function revisionOf(obj: Unstructured, annotation: string): number {
  return Number(obj.metadata.annotations?.[annotation] ?? 0) || 0;
}

/** The owner's ReplicaSets as stored (read them; write changed copies). */
export function ownedReplicaSets(c: Cluster, owner: Unstructured): Readonly<Unstructured>[] {
  return c.store.dependents(mustType(c, 'apps', 'replicasets'), owner.metadata.uid).filter((rs) => isControlledBy(rs, owner));
}

/** A ReplicaSet for the owner's current template, with the hash label added to its labels and selector. */
function newReplicaSet(
  c: Cluster,
  owner: Unstructured,
  hashLabel: string,
  revisionAnnotation: string,
  revision: number,
): Unstructured {
  const hash = templateHash(owner.spec.template);
  const template = structuredClone(owner.spec.template);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [hashLabel]: hash } };
  const rs: Unstructured = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${owner.metadata.name}-${hash}`,
      namespace: owner.metadata.namespace,
      labels: { ...template.metadata.labels },
      annotations: { [revisionAnnotation]: String(revision) },
      ownerReferences: [controllerRef(owner)],
    },
    spec: {
      replicas: 0,
      minReadySeconds: owner.spec.minReadySeconds ?? 0,
      selector: {
        ...(owner.spec.selector ?? {}),
        matchLabels: { ...(owner.spec.selector?.matchLabels ?? {}), [hashLabel]: hash },
      },
      template,
    },
  };
  initMetadata(c, rs);
  return c.store.write(mustType(c, 'apps', 'replicasets'), rs);
}

/**
 * Sets a ReplicaSet's replicas (with the ScalingReplicaSet event on the owner) and syncs its pods. `rs` may be
 * the stored object: it is not changed. Returns the stored ReplicaSet after, to read only.
 */
export function scaleReplicaSet(
  c: Cluster,
  owner: Unstructured,
  stored: Readonly<Unstructured>,
  replicas: number,
  component: string,
): Readonly<Unstructured> {
  const from = stored.spec.replicas ?? 0;
  if (from !== replicas) {
    const dir = replicas > from ? 'up' : 'down';
    recordEvent(
      c,
      owner,
      'ScalingReplicaSet',
      `Scaled ${dir} replica set ${stored.metadata.name} from ${from} to ${replicas}`,
      component,
    );
  }
  const annotations = { ...(stored.metadata.annotations ?? {}) };
  if (owner.kind === 'Deployment') {
    annotations['deployment.kubernetes.io/desired-replicas'] = String(owner.spec.replicas ?? 1);
    annotations['deployment.kubernetes.io/max-replicas'] = String((owner.spec.replicas ?? 1) + 1);
  }
  // Most reconciles change neither: then nothing is copied or compared whole.
  const changed = from !== replicas || JSON.stringify(annotations) !== JSON.stringify(stored.metadata.annotations);
  const saved = changed
    ? save(c, mustType(c, 'apps', 'replicasets'), {
        ...stored,
        metadata: { ...stored.metadata, annotations },
        spec: { ...stored.spec, replicas },
      })
    : stored;
  syncReplicaSet(c, saved);
  return c.store.peek(mustType(c, 'apps', 'replicasets'), saved.metadata.namespace, saved.metadata.name) as Unstructured;
}

/**
 * The current ReplicaSet for an owner's template: an existing one with an equal template (a rollback to an
 * old template reuses it and gives it the next revision, as the real controller does), or a new one.
 */
export function currentReplicaSet(
  c: Cluster,
  owner: Unstructured,
  owned: Readonly<Unstructured>[],
  hashLabel: string,
  annotation: string,
): Readonly<Unstructured> {
  const maxRevision = Math.max(0, ...owned.map((rs) => revisionOf(rs, annotation)));
  const match = owned.find((rs) => storedTemplatesEqual(rs.spec.template, owner.spec.template));
  if (!match) return newReplicaSet(c, owner, hashLabel, annotation, maxRevision + 1);
  if (revisionOf(match, annotation) < maxRevision) {
    // As the real controllers do, the numbers it had are kept in `<revision>-history`, so a pinned rollback finds it.
    const history = `${annotation}-history`;
    const before = [match.metadata.annotations?.[history], String(revisionOf(match, annotation))].filter(Boolean).join(',');
    const annotations = { ...(match.metadata.annotations ?? {}), [annotation]: String(maxRevision + 1), [history]: before };
    return save(c, mustType(c, 'apps', 'replicasets'), { ...match, metadata: { ...match.metadata, annotations } });
  }
  return match;
}

/** Old ReplicaSets beyond `revisionHistoryLimit` (scaled to 0) are removed, oldest first. */
export function pruneHistory(c: Cluster, owner: Unstructured, annotation: string, keepName: string): void {
  const limit = owner.spec.revisionHistoryLimit ?? 10;
  const old = ownedReplicaSets(c, owner)
    .filter((rs) => rs.metadata.name !== keepName && (rs.spec.replicas ?? 0) === 0)
    .sort((a, b) => revisionOf(a, annotation) - revisionOf(b, annotation));
  for (const rs of old.slice(0, Math.max(0, old.length - limit))) {
    c.store.delete(mustType(c, 'apps', 'replicasets'), rs.metadata.namespace, rs.metadata.name);
  }
}

export function reconcileDeployment(c: Cluster, d: Unstructured): void {
  const owned = ownedReplicaSets(c, d);
  const paused = Boolean(d.spec.paused);
  // A paused Deployment keeps running its newest ReplicaSet and does not roll out a changed template.
  const newest = [...owned].sort((a, b) => revisionOf(b, REVISION) - revisionOf(a, REVISION))[0];
  const current = paused && newest ? newest : currentReplicaSet(c, d, owned, 'pod-template-hash', REVISION);
  const replicas = d.spec.replicas ?? 1;
  for (const rs of ownedReplicaSets(c, d)) {
    if (rs.metadata.name !== current.metadata.name) scaleReplicaSet(c, d, rs, 0, 'deployment-controller');
  }
  const cur = scaleReplicaSet(
    c,
    d,
    c.store.peek(mustType(c, 'apps', 'replicasets'), current.metadata.namespace, current.metadata.name) as Unstructured,
    replicas,
    'deployment-controller',
  );
  pruneHistory(c, d, REVISION, cur.metadata.name);

  const fresh = c.store.peek(mustType(c, 'apps', 'deployments'), d.metadata.namespace, d.metadata.name);
  if (!fresh) return;
  const ready = cur.status?.readyReplicas ?? 0;
  const now = timestamp(c);
  const prev: Unstructured[] = fresh.status?.conditions ?? [];
  const condition = (type: string, status: string, reason: string, message: string) => {
    const old = prev.find((p) => p.type === type);
    const same = old && old.status === status && old.reason === reason;
    return {
      type,
      status,
      lastUpdateTime: same ? old.lastUpdateTime : now,
      lastTransitionTime: old && old.status === status ? old.lastTransitionTime : now,
      reason,
      message,
    };
  };
  const annotations = { ...(fresh.metadata.annotations ?? {}), [REVISION]: String(revisionOf(cur, REVISION)) };
  const status: Unstructured = {
    observedGeneration: fresh.metadata.generation ?? 1,
    replicas: cur.status?.replicas ?? 0,
    updatedReplicas: cur.status?.replicas ?? 0,
    readyReplicas: ready,
    availableReplicas: ready,
    conditions: [
      condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'),
      paused
        ? condition('Progressing', 'Unknown', 'DeploymentPaused', 'Deployment is paused')
        : condition(
            'Progressing',
            'True',
            'NewReplicaSetAvailable',
            `ReplicaSet "${cur.metadata.name}" has successfully progressed.`,
          ),
    ],
  };
  if (!ready) {
    delete status.readyReplicas;
    delete status.availableReplicas;
  }
  save(c, mustType(c, 'apps', 'deployments'), { ...fresh, metadata: { ...fresh.metadata, annotations }, status });
}
