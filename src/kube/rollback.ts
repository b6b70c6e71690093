import { CoxswainError } from '../core/errors.ts';
import type { PodTemplate, ReplicaSetObject, Workload, WorkloadKind } from './objects.ts';

/** Where each controller keeps a ReplicaSet's revision and its pod-template hash label. */
const KEYS: Record<WorkloadKind, { revision: string; history: string; hashLabel: string }> = {
  Deployment: {
    revision: 'deployment.kubernetes.io/revision',
    history: 'deployment.kubernetes.io/revision-history',
    hashLabel: 'pod-template-hash',
  },
  Rollout: {
    revision: 'rollout.argoproj.io/revision',
    history: 'rollout.argoproj.io/revision-history',
    hashLabel: 'rollouts-pod-template-hash',
  },
};

/** kubectl rollout undo keeps the Deployment's own values of these and never copies them from the ReplicaSet. */
const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

export interface Revision {
  revision: number;
  /** Earlier revision numbers this ReplicaSet had (the controller renumbers a ReplicaSet it reuses). */
  history: number[];
  rs: ReplicaSetObject;
}

/** The template without the controller's hash label: what kubectl compares and what it writes back. */
export function stripHash(kind: WorkloadKind, template: PodTemplate | undefined): PodTemplate {
  const t = structuredClone(template ?? {}) as PodTemplate;
  if (t.metadata?.labels) {
    delete t.metadata.labels[KEYS[kind].hashLabel];
  }
  return t;
}

function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical);
  if (x && typeof x === 'object') {
    return Object.fromEntries(
      Object.entries(x)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return x;
}

function sameTemplate(kind: WorkloadKind, a: PodTemplate | undefined, b: PodTemplate | undefined): boolean {
  return JSON.stringify(canonical(stripHash(kind, a))) === JSON.stringify(canonical(stripHash(kind, b)));
}

/** The ReplicaSets the workload controls (controller ownerReference), with their revisions, newest first. */
export function revisionsOf(w: Workload, replicaSets: ReplicaSetObject[]): Revision[] {
  const keys = KEYS[w.kind];
  const uid = w.obj.metadata.uid;
  return replicaSets
    .filter((rs) =>
      rs.metadata.ownerReferences?.some((o) => o.controller && (uid ? o.uid === uid : o.name === w.name && o.kind === w.kind)),
    )
    .map((rs) => ({
      revision: Number(rs.metadata.annotations?.[keys.revision]),
      history: (rs.metadata.annotations?.[keys.history] ?? '').split(',').filter(Boolean).map(Number),
      rs,
    }))
    .filter((r) => Number.isInteger(r.revision) && r.revision > 0)
    .sort((a, b) => b.revision - a.revision);
}

export interface RollbackTarget {
  revision: number;
  template: PodTemplate;
  rs: ReplicaSetObject;
  /** True when the workload already runs this revision's template. */
  current: boolean;
}

/**
 * kubectl rollout undo's choice: `toRevision`, else the second-highest revision. A revision the controller has
 * since renumbered (it reused that ReplicaSet) is still found through the revision-history annotation, so a
 * re-run of a pinned rollback finds the template it already restored.
 */
export function pickRevision(w: Workload, revisions: Revision[], toRevision?: number): RollbackTarget {
  const where = `${w.namespace}/${w.name}`;
  let chosen: Revision | undefined;
  let revision = toRevision;
  if (toRevision !== undefined) {
    chosen = revisions.find((r) => r.revision === toRevision) ?? revisions.find((r) => r.history.includes(toRevision));
    if (!chosen) {
      const known = revisions
        .map((r) => r.revision)
        .sort((a, b) => a - b)
        .join(', ');
      throw new CoxswainError(
        'not_found',
        'request',
        `${w.kind} ${where} has no revision ${toRevision} (revisions in history: ${known || 'none'}). Pick one of those, or omit toRevision to go back one.`,
      );
    }
  } else {
    chosen = revisions[1];
    revision = chosen?.revision;
    if (!chosen) {
      throw new CoxswainError(
        'nothing_to_do',
        'request',
        `${w.kind} ${where} has no earlier revision to roll back to (it has only revision ${revisions[0]?.revision ?? 1}). Use set_image to run another image instead.`,
      );
    }
  }
  return {
    revision: revision as number,
    template: stripHash(w.kind, chosen.rs.spec.template),
    rs: chosen.rs,
    current: sameTemplate(w.kind, chosen.rs.spec.template, w.obj.spec.template),
  };
}

/** The JSON patch kubectl sends: the template, and for a Deployment its annotations taken from the ReplicaSet. */
export function rollbackPatch(w: Workload, target: RollbackTarget): unknown[] {
  const ops: unknown[] = [{ op: 'replace', path: '/spec/template', value: target.template }];
  if (w.kind === 'Deployment') {
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(w.obj.metadata.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
    for (const [k, v] of Object.entries(target.rs.metadata.annotations ?? {}))
      if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
    ops.push({ op: 'replace', path: '/metadata/annotations', value: annotations });
  }
  return ops;
}

export function currentRevision(w: Workload, revisions: Revision[]): number | undefined {
  const own = Number(w.obj.metadata.annotations?.[KEYS[w.kind].revision]);
  if (Number.isInteger(own) && own > 0) return own;
  return revisions.find((r) => sameTemplate(w.kind, r.rs.spec.template, w.obj.spec.template))?.revision;
}
