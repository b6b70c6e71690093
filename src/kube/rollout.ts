import type { Workload, WorkloadObject } from './objects.ts';
import { fingerprint, type PatchStep, type WritePlan } from './write.ts';

/** What the Argo Rollout tools show before → after. */
export function rolloutView(o: WorkloadObject): Record<string, unknown> {
  const s = o.status ?? {};
  return {
    'spec.paused': o.spec.paused ?? false,
    'status.currentStepIndex': s.currentStepIndex,
    'status.pauseConditions': (s.pauseConditions ?? []).map((p) => p.reason).join(', ') || null,
    'status.abort': s.abort ?? false,
    'status.promoteFull': s.promoteFull ?? false,
  };
}

/** The Rollout's step/pause/abort state: promote, abort, retry and pause act on exactly this. */
export function rolloutFingerprint(tool: string, w: Workload): string {
  const s = w.obj.status ?? {};
  return fingerprint({
    tool,
    paused: w.obj.spec.paused ?? false,
    step: s.currentStepIndex ?? null,
    pause: (s.pauseConditions ?? []).map((p) => p.reason),
    abort: s.abort ?? false,
    currentPodHash: s.currentPodHash ?? null,
    stableRS: s.stableRS ?? null,
    generation: w.obj.metadata.generation,
  });
}

/**
 * `kubectl argo rollouts promote` patches: unpause the spec when paused, then clear the pause conditions on the
 * status (a canary with steps also moves to the next step). Empty when there is nothing to promote.
 */
export function promoteSteps(w: Workload): PatchStep[] {
  const { spec } = w.obj;
  const status = w.obj.status ?? {};
  const steps: PatchStep[] = [];
  if (spec.paused) steps.push({ type: 'merge', body: { spec: { paused: false } } });
  const canarySteps = spec.strategy?.canary?.steps;
  const statusBody: Record<string, unknown> = { pauseConditions: null };
  let moves = false;
  if (canarySteps?.length) {
    const index = status.currentStepIndex ?? 0;
    moves = index < canarySteps.length;
    statusBody.currentStepIndex = moves ? index + 1 : index;
  }
  if (spec.paused || status.pauseConditions?.length || moves) {
    steps.push({ type: 'merge', subresource: 'status', body: { status: statusBody } });
  }
  return steps;
}

/** `promote --full`: only while the Rollout is still on its way to a new version. */
export function promoteFullSteps(w: Workload): PatchStep[] {
  const s = w.obj.status ?? {};
  return s.currentPodHash !== s.stableRS
    ? [{ type: 'merge', subresource: 'status', body: { status: { promoteFull: true } } }]
    : [];
}

/**
 * abort, retry and pause each set one field with one merge patch; when the field already holds the value,
 * nothing is sent and a re-run is a success.
 */
export function rolloutFlagPlan(
  w: Workload,
  tool: string,
  step: PatchStep,
  already: boolean,
  words: { action: string; already: string },
): WritePlan {
  return {
    target: w,
    steps: [step],
    view: rolloutView,
    action: words.action,
    fingerprint: rolloutFingerprint(tool, w),
    already: already ? words.already : undefined,
  };
}
