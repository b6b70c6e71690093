import { isRecord, num, pick, type Row } from './data.ts';
import { mrkdwnEscape } from './message.ts';
import { cell } from './table.ts';

/** Pause reasons as Argo reports them: a string, or pauseConditions [{reason}]. */
function pauseReason(r: Row): string | undefined {
  const direct = pick(r, 'pauseReason');
  if (typeof direct === 'string') return direct;
  const conds = pick(r, 'pauseReasons', 'pauseConditions');
  if (Array.isArray(conds)) {
    const reasons = conds.map((c) => (isRecord(c) ? c.reason : c)).filter((x) => typeof x === 'string');
    if (reasons.length) return reasons.join(', ');
  }
  return undefined;
}

/** One Deployment or Rollout in a few lines: replicas and images, then for a Rollout its step, weight and pause. */
export function workloadStatus(r: Row): string {
  const kind = cell(pick(r, 'kind'));
  const ns = cell(pick(r, 'namespace'));
  const name = cell(pick(r, 'name'));
  const phase = pick(r, 'phase');
  const lines = [
    `*${mrkdwnEscape(kind)} ${mrkdwnEscape(ns)}/${mrkdwnEscape(name)}*${phase ? ` — ${mrkdwnEscape(cell(phase))}` : ''}`,
  ];
  const counts = isRecord(r.replicas) ? r.replicas : r;
  const ready = num(pick(counts, 'ready', 'readyReplicas'));
  const desired = num(pick(counts, 'desired', 'replicas'));
  const parts = [];
  if (desired !== undefined) parts.push(`replicas ${ready ?? '?'}/${desired}`);
  const images = pick(r, 'images', 'image');
  if (images !== undefined) parts.push(`image ${cell(images)}`);
  const revision = pick(r, 'revision');
  if (revision !== undefined) parts.push(`revision ${cell(revision)}`);
  if (parts.length) lines.push(mrkdwnEscape(parts.join(' · ')));

  if (kind === 'Rollout' || pick(r, 'strategy', 'currentStepIndex', 'step') !== undefined) {
    const rawStep = pick(r, 'step', 'currentStepIndex');
    const step = typeof rawStep === 'string' ? rawStep : num(rawStep);
    const steps = pick(r, 'steps', 'stepCount', 'totalSteps');
    const total = typeof rawStep === 'string' ? undefined : Array.isArray(steps) ? steps.length : num(steps);
    const weight = num(pick(r, 'weight', 'canaryWeight', 'setWeight', 'currentWeight'));
    const rollout = [];
    const strategy = pick(r, 'strategy');
    if (strategy !== undefined) rollout.push(`strategy ${cell(strategy)}`);
    if (step !== undefined) rollout.push(`step ${step}${total !== undefined ? `/${total}` : ''}`);
    if (weight !== undefined) rollout.push(`weight ${weight}%`);
    const reason = pauseReason(r);
    rollout.push(reason ? `paused: ${reason}` : 'not paused');
    lines.push(mrkdwnEscape(rollout.join(' · ')));
  }
  const events = Array.isArray(r.events) ? r.events.filter(isRecord).slice(-3) : [];
  for (const e of events) lines.push(mrkdwnEscape(`• ${cell(e.reason)}: ${cell(e.message)}${e.age ? ` (${cell(e.age)})` : ''}`));
  return lines.join('\n');
}
