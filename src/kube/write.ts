import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Change, Preview, ToolContext, ToolResult } from '../catalog/tool.ts';
import { CoxswainError } from '../core/errors.ts';
import type { KubeCluster, PatchType, Subresource } from './cluster.ts';
import { kindWord, ref, type Workload, type WorkloadObject } from './objects.ts';

/** sha256 of the canonical JSON of a target's relevant state: equal fingerprints ⇔ nothing relevant changed. */
export function fingerprint(state: unknown): string {
  return createHash('sha256')
    .update(canonicalize(state) ?? 'null')
    .digest('hex');
}

export interface PatchStep {
  type: PatchType;
  body: unknown;
  subresource?: Subresource;
}

/** A write resolved against the live object: the exact patches, and what a person is shown. */
export interface WritePlan {
  target: Workload;
  steps: PatchStep[];
  /** The fields a person sees before → after, read from an object (live, or as the dry run answered). */
  view: (o: WorkloadObject) => Record<string, unknown>;
  /** What it does, as a verb phrase: "scale deployment staging/web from 2 to 4 replicas". */
  action: string;
  fingerprint: string;
  pinnedArgs?: Record<string, unknown>;
  /** Set when the object is already as asked: nothing is sent, and a re-run is a success. */
  already?: string;
}

/** The object after a patch answer: a scale answer only carries replicas, a status answer only status. */
function fold(before: WorkloadObject, answer: WorkloadObject, sub: Subresource | undefined): WorkloadObject {
  if (sub === 'scale') return { ...before, spec: { ...before.spec, replicas: answer.spec?.replicas } };
  if (sub === 'status') return { ...before, status: answer.status };
  return answer;
}

function changesBetween(view: WritePlan['view'], before: WorkloadObject, after: WorkloadObject): Change[] {
  const a = view(before);
  const b = view(after);
  return Object.keys({ ...a, ...b })
    .filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null))
    .map((path) => ({ path, before: a[path] ?? null, after: b[path] ?? null }));
}

async function run(kube: KubeCluster, plan: WritePlan, dryRun: boolean): Promise<WorkloadObject> {
  let obj = plan.target.obj;
  for (const step of plan.steps) obj = fold(obj, await kube.patchWorkload(plan.target, step, dryRun), step.subresource);
  return obj;
}

function targetOf(w: Workload): Preview['target'] {
  return { kind: w.kind, namespace: w.namespace, name: w.name };
}

/** The server-side dry run (dryRun=All) of exactly the calls execute will make. */
async function previewPlan(kube: KubeCluster, plan: WritePlan): Promise<Preview> {
  const base = {
    target: targetOf(plan.target),
    fingerprint: plan.fingerprint,
    ...(plan.pinnedArgs ? { pinnedArgs: plan.pinnedArgs } : {}),
  };
  if (plan.already) return { ...base, summary: plan.already, changes: [], dryRun: false };
  const after = await run(kube, plan, true);
  return { ...base, summary: `Would ${plan.action}`, changes: changesBetween(plan.view, plan.target.obj, after), dryRun: true };
}

async function executePlan(kube: KubeCluster, plan: WritePlan): Promise<ToolResult> {
  if (plan.already) return { summary: plan.already, data: { target: targetOf(plan.target), changed: false } };
  const after = await run(kube, plan, false);
  const changes = changesBetween(plan.view, plan.target.obj, after);
  const done = changes.map((c) => `${c.path}: ${String(c.before)} → ${String(c.after)}`).join(', ');
  return {
    summary: `Done: ${plan.action}${done ? ` (${done})` : ''}.`,
    // `before`: the tool's view of the object just before the change, for an undo that needs more than the diff.
    data: { target: targetOf(plan.target), changes, changed: true, before: plan.view(plan.target.obj) },
  };
}

/** Rollout-only tools refuse a Deployment by name and kind, so the person knows what to ask instead. */
export function requireRollout(w: Workload, action: string): void {
  if (w.kind !== 'Rollout') {
    throw new CoxswainError(
      'wrong_kind',
      'request',
      `${ref(w)} is a ${w.kind}; ${action} works on Argo Rollouts. For a Deployment use scale, restart, rollback or set_image.`,
    );
  }
}

export function what(w: Workload): string {
  return `${kindWord(w.kind)} ${ref(w)}`;
}

/** kubectl's RFC3339 timestamp, UTC, whole seconds: now, or the effect's own time (fixed when it was queued). */
export function rfc3339(at?: string): string {
  return (at ? new Date(at) : new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The tools' trivial preview for reads. */
export function readPreview(summary: string, state: unknown): Preview {
  return { summary, changes: [], fingerprint: fingerprint(state), dryRun: false };
}

/** Container images as a person reads them: `image` for one container, `image (name)` for several. */
export function imageView(o: WorkloadObject): Record<string, unknown> {
  const containers = o.spec?.template?.spec?.containers ?? [];
  return Object.fromEntries(containers.map((c) => [containers.length === 1 ? 'image' : `image (${c.name})`, c.image]));
}

/** A write tool's preview and execute from one plan function: the dry run and the real run send the same calls. */
export function planned<A>(plan: (args: A, kube: KubeCluster, ctx: ToolContext) => Promise<WritePlan>): {
  preview: (args: A, ctx: ToolContext) => Promise<Preview>;
  execute: (args: A, ctx: ToolContext) => Promise<ToolResult>;
} {
  return {
    preview: async (args, ctx) => previewPlan(ctx.kube, await plan(args, ctx.kube, ctx)),
    execute: async (args, ctx) => executePlan(ctx.kube, await plan(args, ctx.kube, ctx)),
  };
}
