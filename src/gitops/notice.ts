import type { GitopsNotice } from '../core/notices.ts';
import type { KubeCluster } from '../kube/cluster.ts';
import { type ArgoApp, listArgoApps, managingApp, resourceSync, type WorkloadRef } from './argocd.ts';

/** Tools that change a workload's spec (what Argo CD compares with Git and self-heal puts back). */
const SPEC_TOOLS = new Set(['scale', 'restart', 'rollback', 'set_image', 'pause_rollout']);
/** Tools that only move a Rollout's state (status), which Argo CD does not compare or revert. */
const STATE_TOOLS = new Set(['promote_rollout', 'abort_rollout', 'retry_rollout']);

/** Whether a write with this tool is about an existing workload Argo CD may manage. */
export function touchesManagedSpec(tool: string): boolean {
  return SPEC_TOOLS.has(tool) || STATE_TOOLS.has(tool);
}

/** The notice for a write with `tool` on a workload `app` manages: what happens after, and what to do instead. */
export function gitopsNotice(app: ArgoApp, tool: string, w: WorkloadRef): GitopsNotice {
  const what = `${w.namespace}/${w.name}`;
  const reverted = app.selfHeal && SPEC_TOOLS.has(tool);
  const policy = app.selfHeal ? 'automated sync with self-heal' : app.autoSync ? 'automated sync, no self-heal' : 'manual sync';
  let after: string;
  if (STATE_TOOLS.has(tool)) {
    after = `this only moves the rollout's state, which Argo CD does not revert; Git still decides its spec.`;
  } else if (reverted) {
    after = `Argo CD will revert this change to what Git says, usually within seconds and at most a few minutes (its next reconciliation).`;
  } else if (app.autoSync) {
    after = `the change stays, but ${app.name} shows OutOfSync, and the next sync from Git (any new commit) overwrites it.`;
  } else {
    after = `the change stays and ${app.name} shows OutOfSync until someone syncs it, which overwrites it.`;
  }
  const syncStatus = resourceSync(app, w);
  return {
    kind: 'gitops',
    app: app.name,
    appNamespace: app.namespace,
    selfHeal: app.selfHeal,
    autoSync: app.autoSync,
    reverted,
    ...(syncStatus ? { syncStatus } : {}),
    message: `${what} is managed by Argo CD app ${app.name} (${policy}): ${after}`,
    instead: [
      `Change ${w.name} in the Git source of ${app.name}, so the change lasts.`,
      `Or pause auto-sync first (argocd app set ${app.name} --sync-policy none) and turn it back on afterwards.`,
      `To go back to an earlier version, use Argo CD's rollback (argocd app rollback ${app.name}).`,
    ],
  };
}

/** The managing app of a workload a write touches, read from the cluster (none without Argo CD). */
export async function findManagingApp(kube: KubeCluster, tool: string, w: WorkloadRef | undefined) {
  if (!w || !touchesManagedSpec(tool)) return undefined;
  const apps = await listArgoApps(kube);
  return apps.length ? managingApp(apps, w) : undefined;
}
