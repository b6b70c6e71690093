/**
 * The Argo Rollouts controller, for the status fields the bot and `kubectl argo rollouts` read: canary steps
 * (setWeight, `pause: {}` until promoted, timed pauses that end after real time), blue-green with
 * `autoPromotionEnabled: false`, promote/promoteFull/abort/retry/pause, `spec.restartAt`, and ReplicaSets
 * labelled `rollouts-pod-template-hash` with `rollout.argoproj.io/revision` so that undo works.
 */
import { type Cluster, mustType, save, timestamp } from '../cluster.ts';
import { selectorString } from '../selectors.ts';
import type { Unstructured } from '../types.ts';
import { currentReplicaSet, ownedReplicaSets, pruneHistory, revisionOf, scaleReplicaSet } from './deployments.ts';
import { recordEvent } from './events.ts';
import { podsOf } from './replicasets.ts';

const ROLLOUT_REVISION = 'rollout.argoproj.io/revision';
const ROLLOUT_HASH = 'rollouts-pod-template-hash';

/** Go-style durations as Argo accepts them in `pause.duration`: `30s`, `10m`, `1h`, or a bare number of seconds. */
function durationMs(d: string | number): number {
  if (typeof d === 'number') return d * 1000;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const m of d.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(m[1]) * units[m[2]];
  return /^\d+$/.test(d) ? Number(d) * 1000 : total;
}

interface Progress {
  stable: string;
  index: number;
  weight: number;
  pauseConditions: Unstructured[];
  controllerPause: boolean;
}

/** Walks canary steps from the current index until a pause holds or the steps end. */
function walkCanary(c: Cluster, steps: Unstructured[], p: Progress, paused: boolean): void {
  // A pause the controller set and someone then cleared (promote) is a completed pause step.
  if (p.controllerPause && p.pauseConditions.length === 0) {
    if (steps[p.index]?.pause) p.index += 1;
    p.controllerPause = false;
  }
  while (p.index < steps.length && !paused) {
    const step = steps[p.index];
    if (step.setWeight !== undefined) {
      p.weight = step.setWeight;
      p.index += 1;
      continue;
    }
    if (step.pause) {
      const held = p.pauseConditions.find((pc) => pc.reason === 'CanaryPauseStep');
      if (!held) {
        p.pauseConditions.push({ reason: 'CanaryPauseStep', startTime: timestamp(c) });
        p.controllerPause = true;
        return;
      }
      const duration = step.pause.duration;
      if (duration !== undefined && c.now().getTime() >= Date.parse(held.startTime) + durationMs(duration)) {
        p.pauseConditions = p.pauseConditions.filter((pc) => pc !== held);
        p.controllerPause = false;
        p.index += 1;
        continue;
      }
      return;
    }
    // Steps the sandbox does not model (analysis, experiment, setCanaryScale...) pass at once.
    p.index += 1;
  }
}

function restartPods(c: Cluster, ro: Unstructured, status: Unstructured): void {
  const at = ro.spec.restartAt;
  if (!at || (status.restartedAt && Date.parse(status.restartedAt) >= Date.parse(at)) || Date.parse(at) > c.now().getTime())
    return;
  const podType = mustType(c, '', 'pods');
  for (const rs of ownedReplicaSets(c, ro)) {
    for (const pod of podsOf(c, rs)) c.store.delete(podType, pod.metadata.namespace, pod.metadata.name);
  }
  status.restartedAt = at;
  recordEvent(c, ro, 'RolloutRestarted', `Rollout restarted pods created before ${at}`, 'rollouts-controller');
}

export function reconcileRollout(c: Cluster, ro: Unstructured): void {
  const owned = ownedReplicaSets(c, ro);
  const current = currentReplicaSet(c, ro, owned, ROLLOUT_HASH, ROLLOUT_REVISION);
  const hash = current.metadata.labels[ROLLOUT_HASH];
  const old: Unstructured = structuredClone(ro.status ?? {});
  const status: Unstructured = structuredClone(old);
  const canary = ro.spec.strategy?.canary;
  const blueGreen = ro.spec.strategy?.blueGreen;
  const steps: Unstructured[] = canary?.steps ?? [];
  const knownStable = owned.some((rs) => rs.metadata.labels?.[ROLLOUT_HASH] === status.stableRS);
  const p: Progress = {
    stable: knownStable ? status.stableRS : hash,
    index: status.currentStepIndex ?? 0,
    weight: status.canary?.weights?.canary?.weight ?? 0,
    pauseConditions: status.pauseConditions ?? [],
    controllerPause: Boolean(status.controllerPause),
  };
  let abort = Boolean(status.abort);
  let promoteFull = Boolean(status.promoteFull);
  if (status.currentPodHash !== undefined && status.currentPodHash !== hash) {
    // A new template starts its strategy from the beginning.
    Object.assign(p, { index: 0, weight: 0, pauseConditions: [], controllerPause: false });
    abort = false;
    promoteFull = false;
  }
  const paused = Boolean(ro.spec.paused);

  if (p.stable !== hash && abort) {
    if (!old.abort || !old.abortedAt) status.abortedAt = timestamp(c);
    Object.assign(p, { index: 0, weight: 0, pauseConditions: [], controllerPause: false });
  } else if (p.stable !== hash && promoteFull) {
    p.stable = hash;
  } else if (p.stable !== hash && canary) {
    walkCanary(c, steps, p, paused);
    if (p.index >= steps.length) p.stable = hash;
  } else if (p.stable !== hash && blueGreen) {
    const released = p.controllerPause && p.pauseConditions.length === 0;
    if (released || blueGreen.autoPromotionEnabled !== false) p.stable = hash;
    else if (!p.pauseConditions.some((pc) => pc.reason === 'BlueGreenPause')) {
      p.pauseConditions.push({ reason: 'BlueGreenPause', startTime: timestamp(c) });
      p.controllerPause = true;
    }
  } else if (p.stable !== hash) {
    p.stable = hash;
  }
  const promoted = p.stable === hash;
  if (promoted) Object.assign(p, { index: steps.length, weight: 100, pauseConditions: [], controllerPause: false });

  // Replica counts per ReplicaSet: the canary carries its weight's share; blue-green runs both colours.
  const replicas = ro.spec.replicas ?? 1;
  const canaryCount =
    promoted || abort ? 0 : canary ? Math.ceil((replicas * p.weight) / 100) : (blueGreen?.previewReplicaCount ?? replicas);
  const want = (rs: Unstructured): number => {
    const h = rs.metadata.labels?.[ROLLOUT_HASH];
    if (h === p.stable) return promoted ? replicas : canary ? Math.max(replicas - canaryCount, 0) : replicas;
    if (h === hash) return canaryCount;
    return 0;
  };
  const scaled = ownedReplicaSets(c, ro).map((rs) => scaleReplicaSet(c, ro, rs, want(rs), 'rollouts-controller'));
  pruneHistory(c, ro, ROLLOUT_REVISION, current.metadata.name);
  restartPods(c, ro, status);

  const currentRs = scaled.find((rs) => rs.metadata.name === current.metadata.name) ?? current;
  const total = scaled.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
  const ready = scaled.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0);
  const revision = revisionOf(currentRs, ROLLOUT_REVISION);
  const phase = promoted
    ? paused
      ? 'Paused'
      : 'Healthy'
    : abort
      ? 'Degraded'
      : paused || p.pauseConditions.length
        ? 'Paused'
        : 'Progressing';
  const message =
    abort && !promoted
      ? `RolloutAborted: Rollout aborted update to revision ${revision}`
      : paused
        ? 'manually paused'
        : !promoted && p.pauseConditions.length
          ? p.pauseConditions[0].reason
          : undefined;

  Object.assign(status, {
    observedGeneration: String(ro.metadata.generation ?? 1),
    replicas: total,
    updatedReplicas: currentRs.status?.replicas ?? 0,
    readyReplicas: ready,
    availableReplicas: ready,
    HPAReplicas: total,
    currentPodHash: hash,
    stableRS: p.stable,
    selector: selectorString(ro.spec.selector),
    phase,
    message,
    pauseConditions: p.pauseConditions.length ? p.pauseConditions : undefined,
    controllerPause: p.controllerPause || undefined,
    abort: abort || undefined,
    abortedAt: abort ? status.abortedAt : undefined,
    promoteFull: undefined,
  });
  if (canary) {
    status.currentStepIndex = p.index;
    status.canary = {
      weights: {
        canary: { podTemplateHash: hash, weight: promoted ? 0 : p.weight },
        stable: { podTemplateHash: p.stable, weight: promoted ? 100 : 100 - p.weight },
      },
    };
  }
  if (blueGreen) status.blueGreen = { activeSelector: p.stable, ...(promoted ? {} : { previewSelector: hash }) };
  status.conditions = rolloutConditions(c, old.conditions ?? [], phase, ready >= replicas);
  for (const k of Object.keys(status)) if (status[k] === undefined) delete status[k];

  const fresh = c.store.peek(mustType(c, 'argoproj.io', 'rollouts'), ro.metadata.namespace, ro.metadata.name);
  if (!fresh) return;
  const annotations = { ...(fresh.metadata.annotations ?? {}), [ROLLOUT_REVISION]: String(revision) };
  save(c, mustType(c, 'argoproj.io', 'rollouts'), { ...fresh, metadata: { ...fresh.metadata, annotations }, status });
}

function rolloutConditions(c: Cluster, prev: Unstructured[], phase: string, available: boolean): Unstructured[] {
  const now = timestamp(c);
  const cond = (type: string, st: string, reason: string, message: string) => {
    const o = prev.find((p) => p.type === type);
    const same = o && o.status === st && o.reason === reason;
    return {
      type,
      status: st,
      reason,
      message,
      lastUpdateTime: same ? o.lastUpdateTime : now,
      lastTransitionTime: o && o.status === st ? o.lastTransitionTime : now,
    };
  };
  const out = [
    cond(
      'Available',
      available ? 'True' : 'False',
      'AvailableReason',
      available ? 'Rollout has minimum availability' : 'Rollout does not have minimum availability',
    ),
    phase === 'Degraded'
      ? cond('Progressing', 'False', 'RolloutAborted', 'Rollout aborted update')
      : phase === 'Paused'
        ? cond('Progressing', 'Unknown', 'RolloutPaused', 'Rollout is paused')
        : cond('Progressing', 'True', 'NewReplicaSetAvailable', 'Rollout has completed rollout'),
  ];
  if (phase === 'Paused') out.push(cond('Paused', 'True', 'RolloutPaused', 'Rollout is paused'));
  return out;
}

/** The rollout will move with time alone: held at a timed pause step, or a restartAt still ahead. */
export function waitsOnTime(c: Cluster, ro: Unstructured): boolean {
  const steps: Unstructured[] = ro.spec?.strategy?.canary?.steps ?? [];
  const step = steps[ro.status?.currentStepIndex ?? -1];
  const held = (ro.status?.pauseConditions ?? []).some((pc: Unstructured) => pc.reason === 'CanaryPauseStep');
  if (held && step?.pause?.duration !== undefined) return true;
  const at = ro.spec?.restartAt;
  return Boolean(at && Date.parse(at) > c.now().getTime());
}
