/**
 * Argo CD's application controller, reduced to what the bot reads: each Application's tracked objects (by the
 * `argocd.argoproj.io/tracking-id` annotation, or the older `app.kubernetes.io/instance` label) are compared
 * with their Git state; drift makes the app OutOfSync, and an app with `syncPolicy.automated.selfHeal` is synced
 * back to Git after the configured delay, with the sync recorded in `status.operationState` and `status.history`.
 */
import { createHash } from 'node:crypto';
import { type Cluster, save, specEqual, timestamp } from '../cluster.ts';
import type { ResourceType, Unstructured } from '../types.ts';
import { argoState, wakeAfter } from './state.ts';

export const TRACKING_ANNOTATION = 'argocd.argoproj.io/tracking-id';
export const INSTANCE_LABEL = 'app.kubernetes.io/instance';

const TRACKED_KINDS = [
  { group: 'apps', plural: 'deployments' },
  { group: 'argoproj.io', plural: 'rollouts' },
];

function typeOf(c: Cluster, group: string, plural: string): ResourceType | undefined {
  return c.types.all().find((t) => t.group === group && t.plural === plural);
}

/** `<app>:<group>/<kind>:<namespace>/<name>`, Argo CD's annotation tracking id. */
export function trackingId(app: string, obj: Unstructured): string {
  const group = String(obj.apiVersion ?? '').includes('/') ? String(obj.apiVersion).split('/')[0] : '';
  return `${app}:${group}/${obj.kind}:${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
}

function appOf(obj: Unstructured): string | undefined {
  const id = obj.metadata.annotations?.[TRACKING_ANNOTATION];
  if (typeof id === 'string' && id.includes(':')) return id.slice(0, id.indexOf(':'));
  return obj.metadata.labels?.[INSTANCE_LABEL];
}

/** A fake commit sha per app, stable across runs. */
export function revisionOf(app: string): string {
  return createHash('sha1').update(`git:${app}`).digest('hex');
}

/** The fields Git declares for a tracked workload. */
export function desiredOf(obj: Unstructured): Unstructured {
  return { replicas: obj.spec?.replicas ?? 1, template: structuredClone(obj.spec?.template ?? {}) };
}

function drifted(obj: Unstructured, desired: Unstructured): boolean {
  return (obj.spec?.replicas ?? 1) !== desired.replicas || !specEqual(obj.spec?.template, desired.template);
}

interface TrackedObject {
  t: ResourceType;
  obj: Unstructured;
  key: string;
}

function trackedBy(c: Cluster): Map<string, TrackedObject[]> {
  const byApp = new Map<string, TrackedObject[]>();
  for (const k of TRACKED_KINDS) {
    const t = typeOf(c, k.group, k.plural);
    if (!t) continue;
    // Only tracked objects are copied out of the store (at scale most workloads are not tracked).
    for (const obj of c.store.list(t, undefined, (o) => appOf(o) !== undefined)) {
      const app = appOf(obj);
      if (!app) continue;
      byApp.set(app, [...(byApp.get(app) ?? []), { t, obj, key: trackingId(app, obj) }]);
    }
  }
  return byApp;
}

function resourceRow(o: TrackedObject, status: 'Synced' | 'OutOfSync'): Unstructured {
  return {
    group: o.t.group,
    version: o.t.version,
    kind: o.t.kind,
    namespace: o.obj.metadata.namespace,
    name: o.obj.metadata.name,
    status,
    health: { status: 'Healthy' },
  };
}

/** Syncs one app's drifted objects back to Git and records the operation, as an automated self-heal sync does. */
function selfHeal(c: Cluster, app: Unstructured, objects: TrackedObject[], git: Map<string, Unstructured>): void {
  const startedAt = timestamp(c);
  const revision = revisionOf(app.metadata.name);
  const results: Unstructured[] = [];
  for (const o of objects) {
    const desired = git.get(o.key);
    if (!desired || !drifted(o.obj, desired)) continue;
    o.obj.spec.replicas = desired.replicas;
    o.obj.spec.template = structuredClone(desired.template);
    o.obj = save(c, o.t, o.obj);
    results.push({
      group: o.t.group,
      version: o.t.version,
      kind: o.t.kind,
      namespace: o.obj.metadata.namespace,
      name: o.obj.metadata.name,
      status: 'Synced',
      message: `${o.t.kind.toLowerCase()}.${o.t.group}/${o.obj.metadata.name} configured`,
      hookPhase: 'Running',
      syncPhase: 'Sync',
    });
  }
  const history: Unstructured[] = app.status?.history ?? [];
  const source = app.spec?.source;
  app.status = {
    ...app.status,
    operationState: {
      operation: { sync: { revision }, initiatedBy: { automated: true }, retry: { limit: 5 } },
      phase: 'Succeeded',
      message: 'successfully synced (all tasks run)',
      syncResult: { revision, source, resources: results },
      startedAt,
      finishedAt: startedAt,
    },
    history: [
      ...history,
      {
        id: (history.at(-1)?.id ?? -1) + 1,
        revision,
        deployStartedAt: startedAt,
        deployedAt: startedAt,
        source,
        initiatedBy: { automated: true },
      },
    ].slice(-10),
  };
}

/** One pass over every Application: sync status, and the self-heal of apps whose drift is older than the delay. */
export function reconcileApplications(c: Cluster): void {
  const appType = typeOf(c, 'argoproj.io', 'applications');
  if (!appType) return;
  const state = argoState(c);
  const tracked = trackedBy(c);
  const now = c.now().getTime();
  for (const app of c.store.list(appType)) {
    const name = app.metadata.name;
    const objects = tracked.get(name) ?? [];
    let git = state.git.get(name);
    if (!git) {
      git = new Map();
      state.git.set(name, git);
    }
    // An object seen for the first time is taken as it is in Git (the sandbox has no repository to read).
    for (const o of objects) if (!git.has(o.key)) git.set(o.key, desiredOf(o.obj));
    let outOfSync = objects.some((o) => drifted(o.obj, git.get(o.key) as Unstructured));
    const selfHealing = app.spec?.syncPolicy?.automated?.selfHeal === true;
    if (outOfSync && selfHealing) {
      const since = state.driftSince.get(name);
      if (since === undefined) {
        state.driftSince.set(name, now);
        wakeAfter(c, state.selfHealDelayMs);
      } else if (now - since >= state.selfHealDelayMs) {
        selfHeal(c, app, objects, git);
        state.driftSince.delete(name);
        outOfSync = false;
      }
    } else {
      state.driftSince.delete(name);
    }
    const status = outOfSync ? 'OutOfSync' : 'Synced';
    app.status = {
      ...app.status,
      sync: {
        status,
        revision: revisionOf(name),
        comparedTo: { source: app.spec?.source, destination: app.spec?.destination },
      },
      health: { status: 'Healthy' },
      resources: objects.map((o) => resourceRow(o, drifted(o.obj, git.get(o.key) as Unstructured) ? 'OutOfSync' : 'Synced')),
      sourceType: 'Directory',
    };
    save(c, appType, app);
  }
}
