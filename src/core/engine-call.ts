import type { ApprovalState } from '../approvals/approval.ts';
import { approvalNotify } from '../approvals/notify.ts';
import { getTool } from '../catalog/registry.ts';
import type { ToolContext } from '../catalog/tool.ts';
import { inverseOf, undoWords } from '../confirmations/inverse.ts';
import { costImpact } from '../cost/impact.ts';
import type { ExecutionJobInput, ExecutionOutcome } from '../execution/job.ts';
import { findManagingApp, gitopsNotice } from '../gitops/notice.ts';
import { orList } from '../kube/names.ts';
import { recordPolicy } from '../observability/record.ts';
import { currentTraceparent, withSpan } from '../observability/tracing.ts';
import type { PlanContext, ToolPlan } from '../planner/plan.ts';
import { evaluatePolicy } from '../policy/evaluate.ts';
import { needsNamespaceLabels } from '../policy/limits.ts';
import { eligibleApprovers } from '../policy/people.ts';
import type { Person } from '../policy/schema.ts';
import type { EngineDeps } from './engine-deps.ts';
import { identityOf } from './engine-people.ts';
import { asCoxswainError } from './errors.ts';
import type { IncomingRequest } from './request.ts';
import type { Result } from './result.ts';

export interface ToolCall {
  requestId: string;
  req: IncomingRequest;
  person: Person;
  plan: ToolPlan;
  ctx: PlanContext;
}

/** The Result of a pending approval: who may still approve, how many are needed, until when. */
export function pendingResult(state: ApprovalState, extra: Partial<Result> = {}): Result {
  const approved = state.approvedBy.map((a) => a.person);
  const needed = state.required.count - approved.length;
  const approvers = state.eligible.filter((p) => !approved.includes(p));
  return {
    requestId: state.requestId,
    outcome: 'pending',
    approvalId: state.id,
    reason: `${state.preview.summary.replace(/\.$/, '')}: this needs ${needed} more approval${needed === 1 ? '' : 's'} from ${orList(approvers) || 'an approver'} (${state.decision.rule}). Approval ${state.id} expires at ${state.expiresAt}.`,
    tool: state.tool,
    args: state.args,
    risk: state.risk,
    decision: state.decision,
    preview: state.preview,
    approvers,
    approvalsNeeded: needed,
    approvedBy: approved,
    expiresAt: state.expiresAt,
    ...(state.notices ? { notices: state.notices } : {}),
    ...(state.costImpact ? { costImpact: state.costImpact } : {}),
    ...extra,
  };
}

/** An execution's outcome as the Result a person sees. */
function outcomeResult(base: Result, outcome: ExecutionOutcome): Result {
  if (outcome.status === 'executed') return { ...base, outcome: 'executed', reason: outcome.summary, result: outcome.data };
  if (outcome.status === 'running') return { ...base, outcome: 'running', reason: outcome.reason };
  return {
    ...base,
    outcome: 'failed',
    reason: outcome.reason,
    ...(outcome.newApprovalId ? { approvalId: outcome.newApprovalId } : {}),
  };
}

/**
 * Runs an action through the queue and waits for it. The worker audits the execution or its failure; a wait
 * that times out leaves the action queued, not failed, and says so. The job carries the active trace (tracing
 * on), so the worker's execute span joins the request's trace.
 */
export async function runQueued(deps: EngineDeps, base: Result, job: ExecutionJobInput): Promise<Result> {
  let result: Result;
  try {
    result = outcomeResult(base, await deps.queue.run({ ...job, traceparent: currentTraceparent() }, deps.executionTimeoutMs));
  } catch (err) {
    return { ...base, outcome: 'failed', reason: asCoxswainError(err).message };
  }
  return result.outcome === 'executed' ? { ...result, ...(await offerUndo(deps, base, job, result.result)) } : result;
}

/**
 * Every executed write offers its undo: the inverse call computed from the dry run's before-state, kept under an
 * id (the approval id for an approved write, so its card can offer it too), or the sentence saying why there is none.
 */
async function offerUndo(deps: EngineDeps, base: Result, job: ExecutionJobInput, data: unknown): Promise<Partial<Result>> {
  const write = { requestId: job.requestId, tool: job.tool, args: job.args, changes: base.preview?.changes ?? [], data };
  const inverse = inverseOf(write);
  if ('none' in inverse) return { undo: inverse.none };
  const undoId = await deps.undos.save(write, job.approvalId);
  return { undoId, undo: undoWords(inverse.call) };
}

/**
 * A planned tool call, from policy to outcome: deny; a read answers inline; a write always runs its server-side
 * dry run first (a failing dry run ends here, nothing asked, nothing changed), then runs through the queue
 * when allowed or becomes an approval.
 */
/** The person is told who planned it, not only the audit: "The model could not be reached: …; planned offline." */
export function plannerNote(plan: { note?: string }): Pick<Result, 'note'> {
  return plan.note ? { note: `${plan.note.charAt(0).toUpperCase()}${plan.note.slice(1)}.` } : {};
}

export async function runToolCall(deps: EngineDeps, call: ToolCall): Promise<Result> {
  const { requestId, req, person, plan, ctx } = call;
  const policy = deps.policy();
  const tool = getTool(plan.tool);
  const args = plan.args;
  // The cluster the call names (the job carries it as given), and the one policy and audit see (named or default).
  const named = typeof args.cluster === 'string' ? args.cluster : undefined;
  const cluster = named ?? ctx.defaultCluster ?? 'default';
  const namespace = typeof args.namespace === 'string' ? args.namespace : undefined;
  const target = typeof args.name === 'string' ? args.name : typeof args.target === 'string' ? args.target : undefined;
  const kube = deps.clusters(named, identityOf(person));
  const toolCtx: ToolContext = { kube, requestText: req.text, requestedBy: person.id };
  const base: Result = {
    requestId,
    outcome: 'failed',
    tool: tool.name,
    args,
    risk: tool.risk,
    ...plannerNote(plan),
  };
  const audit = (type: 'denied' | 'pending' | 'executed' | 'failed', detail: Record<string, unknown>, approvalId?: string) =>
    deps.audit.append({ type, requestId, approvalId, actor: person.id, tool: tool.name, args, cluster, namespace, detail });

  try {
    const current = ctx.inventory.workloads.find(
      (w) => w.namespace === namespace && w.name === target && (w.cluster === cluster || !w.cluster),
    );
    // One API call, and only for the policy switch that reads labels (chaosRequiresInjectLabel).
    const namespaceLabels =
      namespace && needsNamespaceLabels(policy, tool.name) ? await kube.namespaceLabels(namespace) : undefined;
    // The GitOps app managing the target (none without Argo CD): a rule may deny or ask approval for it, and the
    // answer carries a notice of what happens after the change.
    const ref = current && namespace && target ? { kind: current.kind, namespace, name: target } : undefined;
    const app = tool.risk === 'read' ? undefined : await findManagingApp(kube, tool.name, ref);
    const notices = app && ref ? { notices: [gitopsNotice(app, tool.name, ref)] } : {};
    const decision = withSpan('coxswain.policy', { requestId, tool: tool.name }, () =>
      evaluatePolicy(policy, {
        person,
        tool: tool.name,
        risk: tool.risk,
        args,
        cluster,
        namespace,
        current: current ? { replicas: current.replicas } : undefined,
        namespaceLabels,
        gitops: app ? { app: app.name, selfHeal: app.selfHeal } : undefined,
      }),
    );
    recordPolicy(tool.name, decision);
    if (decision.effect === 'deny') {
      await audit('denied', { rule: decision.rule, reason: decision.reason });
      return { ...base, outcome: 'denied', reason: decision.reason, decision, ...notices };
    }
    if (tool.risk === 'read' && decision.effect === 'allow') {
      const r = await tool.execute(args, toolCtx);
      await audit('executed', { summary: r.summary, rule: decision.rule });
      return { ...base, outcome: 'answer', reason: r.summary, result: r.data, decision };
    }
    const preview = await tool.preview(args, toolCtx);
    const pinned = { ...args, ...(preview.pinnedArgs ?? {}) };
    const impact = await costImpact(kube, tool.name, pinned, preview, { replicas: current?.replicas });
    const extra = { ...notices, ...(impact ? { costImpact: impact } : {}) };
    if (decision.effect === 'allow') {
      const job = {
        id: requestId,
        requestId,
        tool: tool.name,
        args: pinned,
        cluster: named,
        namespace,
        requester: person.id,
        identity: identityOf(person),
        text: req.text,
        // The state the dry run saw: a step-wise write (promote) that finds it moved does not step again.
        fingerprint: preview.fingerprint,
      };
      return await runQueued(deps, { ...base, decision, preview, ...extra }, job);
    }
    if (preview.changes.length === 0 && !preview.dryRun) {
      // The target is already as asked: nothing would change, so no approver is bothered for it.
      await audit('executed', { summary: preview.summary, rule: decision.rule, changed: false });
      return { ...base, outcome: 'answer', reason: preview.summary, decision, preview };
    }
    const required = decision.approval ?? { from: [], count: 1, ttlSeconds: 1800 };
    const eligible = eligibleApprovers(policy, required.from, person.id);
    const approval = await deps.approvals.create({
      requestId,
      requester: person.id,
      channel: req.channel,
      text: req.text,
      tool: tool.name,
      args: pinned,
      cluster,
      namespace,
      risk: tool.risk,
      preview,
      decision,
      required: { from: required.from, count: required.count },
      eligible,
      notify: approvalNotify(policy, required, eligible, person.id),
      replyTo: req.replyTo,
      ttlSeconds: required.ttlSeconds,
      ...extra,
    });
    await audit(
      'pending',
      {
        rule: decision.rule,
        approvers: approval.eligible,
        count: required.count,
        expiresAt: approval.expiresAt,
        fingerprint: preview.fingerprint,
      },
      approval.id,
    );
    await deps.events.publish({ type: 'approval-updated', approval });
    return pendingResult(approval);
  } catch (err) {
    const e = asCoxswainError(err);
    await audit('failed', { code: e.code, reason: e.message });
    return { ...base, outcome: 'failed', reason: e.message };
  }
}
