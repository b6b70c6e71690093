import type { Change } from '../catalog/tool.ts';
import { describeCall } from '../planner/describe-call.ts';

/** What an executed write left behind: enough to compute its inverse without reading the cluster again. */
export interface ExecutedWrite {
  requestId: string;
  tool: string;
  args: Record<string, unknown>;
  /** The before → after of the dry run that preceded it (before = the state it changed). */
  changes: Change[];
  /** The tool's result data (e.g. the name of the chaos experiment it launched). */
  data?: unknown;
}

export type Inverse = { call: { tool: string; args: Record<string, unknown> } } | { none: string };

const NO_INVERSE: Record<string, string> = {
  delete_pod: 'A deleted pod cannot be brought back; its controller has already started a new one in its place.',
  restart: 'A restart cannot be undone: the old pods are already replaced, and restarting again would not bring them back.',
  create_deployment:
    'coxswain has no tool that deletes a Deployment, so this cannot be undone here; scale it to 0 if you want it idle.',
  stop_chaos: 'Undo does not start a stopped chaos experiment again; launch a new one if you want it.',
};

/** The container an `image` / `image (name)` change is about. */
function containerOf(path: string): string | undefined {
  return /^image \((.+)\)$/.exec(path)?.[1];
}

/**
 * The call that puts back what a write changed, computed from the before-state its dry run read: scale back to
 * the old count, the old image (after set_image or rollback), abort after a promotion, retry after an abort,
 * promote (resume) after a pause, stop the chaos experiment it launched. Or a sentence saying why there is none.
 */
export function inverseOf(w: ExecutedWrite): Inverse {
  const where = { ...(typeof w.args.cluster === 'string' ? { cluster: w.args.cluster } : {}), namespace: w.args.namespace };
  const ref = { ...where, name: w.args.name };
  if (w.tool in NO_INVERSE) return { none: NO_INVERSE[w.tool] as string };
  if (w.changes.length === 0 && w.tool !== 'launch_chaos') return { none: 'Nothing was changed, so there is nothing to undo.' };
  switch (w.tool) {
    case 'scale': {
      const before = w.changes.find((c) => c.path === 'spec.replicas')?.before;
      return typeof before === 'number'
        ? { call: { tool: 'scale', args: { ...ref, replicas: before } } }
        : { none: 'The replica count before this change is not known, so it cannot be undone.' };
    }
    case 'set_image':
    case 'rollback': {
      const images = w.changes.filter((c) => c.path.startsWith('image') && typeof c.before === 'string');
      if (images.length === 1) {
        const [c] = images as [Change];
        const container = containerOf(c.path);
        return { call: { tool: 'set_image', args: { ...ref, image: c.before, ...(container ? { container } : {}) } } };
      }
      // Several containers changed at once: rolling back restores the whole previous template.
      return w.tool === 'set_image'
        ? { call: { tool: 'rollback', args: ref } }
        : { none: 'This rollback changed more than one container image; roll back again to a chosen revision instead.' };
    }
    case 'promote_rollout':
      return { call: { tool: 'abort_rollout', args: ref } };
    case 'abort_rollout':
      return { call: { tool: 'retry_rollout', args: ref } };
    case 'retry_rollout':
      return { call: { tool: 'abort_rollout', args: ref } };
    case 'pause_rollout': {
      // Promote resumes a rollout paused mid-step, but one already waiting at a pause step would move past it:
      // the pause never did that, so there is no inverse.
      const waiting = (w.data as { before?: Record<string, unknown> } | undefined)?.before?.['status.pauseConditions'];
      if (typeof waiting === 'string' && waiting) {
        return {
          none: `It was already waiting at a pause step (${waiting}) when it was paused; promoting it would move it past that step, which the pause never did. Promote it when you mean to go on.`,
        };
      }
      return { call: { tool: 'promote_rollout', args: { ...ref, full: false } } };
    }
    case 'launch_chaos': {
      const d = w.data as { name?: unknown; namespace?: unknown } | undefined;
      return typeof d?.name === 'string'
        ? { call: { tool: 'stop_chaos', args: { ...where, namespace: d.namespace ?? w.args.namespace, name: d.name } } }
        : { none: 'The name of the experiment it launched is not known; stop it with stop_chaos by name.' };
    }
    default:
      return { none: `There is no undo for ${w.tool}.` };
  }
}

/** The undo in words, as a result and a card show it: "Undo: scale staging/web to 2 replicas." */
export function undoWords(call: { tool: string; args: Record<string, unknown> }): string {
  const words = describeCall(call.tool, call.args);
  return `Undo: ${words.charAt(0).toLowerCase()}${words.slice(1)}`;
}
