import { describeCall } from '../planner/describe-call.ts';
import { planOffline } from '../planner/offline/index.ts';
import type { PlanContext, ToolPlan } from '../planner/plan.ts';
import { findPerson } from '../policy/people.ts';
import type { Person } from '../policy/schema.ts';
import { runToolCall } from './engine-call.ts';
import type { EngineDeps } from './engine-deps.ts';
import { describeActor, unknownPersonReason } from './engine-people.ts';
import { withLiveReplicas } from './live.ts';
import type { ConfirmInput, IncomingRequest } from './request.ts';
import type { Result } from './result.ts';

/** How long a confirmation or a question waits for its requester (an approval's default). */
export const QUESTION_TTL_SECONDS = 1800;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A write whose reading is not sure: nothing runs and nobody is asked to approve. The requester gets the reading in
 * words, the exact call and a confirmation id; confirming sends that call down the normal path. Audited as `confirm`.
 */
export async function askToConfirm(
  deps: EngineDeps,
  c: { requestId: string; req: IncomingRequest; person: Person; plan: ToolPlan; ctx: PlanContext; why: string },
): Promise<Result> {
  const { requestId, req, person, plan, ctx } = c;
  const target = ctx.inventory.workloads.find((w) => w.namespace === plan.args.namespace && w.name === plan.args.name);
  const reading = describeCall(plan.tool, plan.args, target);
  const q = await deps.questions.create({
    kind: 'confirm',
    requestId,
    requester: person.id,
    channel: req.channel,
    text: req.text,
    call: { tool: plan.tool, args: plan.args },
    reading,
    ...(plan.tool === 'scale' && target ? { seenReplicas: target.replicas } : {}),
    replyTo: req.replyTo,
    ttlSeconds: QUESTION_TTL_SECONDS,
  });
  await deps.audit.append({
    type: 'confirm',
    requestId,
    actor: person.id,
    tool: plan.tool,
    args: plan.args,
    namespace: typeof plan.args.namespace === 'string' ? plan.args.namespace : undefined,
    detail: { confirmationId: q.id, reading, why: c.why, source: plan.source, expiresAt: q.expiresAt },
  });
  return {
    requestId,
    outcome: 'confirm',
    confirmationId: q.id,
    reason: `I read this as: ${lowerFirst(reading)} Nothing has run: ${c.why}, so only ${person.id} can confirm it (it then goes through the policy and approvals as usual) or drop it. Confirmation ${q.id} expires at ${q.expiresAt}.`,
    tool: plan.tool,
    args: plan.args,
    expiresAt: q.expiresAt,
  };
}

/** Someone other than the requester tried to confirm or drop: recorded, against the question's request when it exists. */
async function auditRefusal(deps: EngineDeps, input: ConfirmInput, actor: string, code: string, reason: string): Promise<void> {
  const q = await deps.questions.get(input.confirmationId);
  if (!q) return;
  await deps.audit.append({
    type: 'denied',
    requestId: q.requestId,
    actor,
    ...(q.call ? { tool: q.call.tool, args: q.call.args } : {}),
    detail: { refused: input.decision, confirmationId: q.id, code, reason },
  });
}

/** The requester's confirm (the exact call takes the normal path) or drop; both audited, decided once. */
export async function decideConfirmation(deps: EngineDeps, input: ConfirmInput): Promise<Result> {
  const policy = deps.policy();
  const person = findPerson(policy, input.actor);
  const id = input.confirmationId;
  if (!person) {
    const reason = unknownPersonReason(policy, input.actor);
    await auditRefusal(deps, input, describeActor(input.actor), 'unknown_person', reason);
    return { requestId: id, confirmationId: id, outcome: 'refused', reason };
  }
  const t = await deps.questions.take(id, input.decision, person.id);
  if (t.kind === 'refused') {
    if (t.code === 'not_requester') await auditRefusal(deps, input, person.id, t.code, t.reason);
    // Whoever finds it expired records the expiry, once (the store moved it to `expired` in that same step).
    if (t.code === 'expired' && t.state) {
      await deps.audit.append({
        type: 'expired',
        requestId: t.state.requestId,
        actor: person.id,
        ...(t.state.call ? { tool: t.state.call.tool, args: t.state.call.args } : {}),
        detail: { confirmationId: id, expiresAt: t.state.expiresAt },
      });
    }
    return { requestId: t.state?.requestId ?? id, confirmationId: id, outcome: 'refused', reason: t.reason };
  }
  const q = t.state;
  const call = q.call as NonNullable<typeof q.call>;
  await deps.audit.append({
    type: input.decision === 'confirm' ? 'confirmed' : 'dropped',
    requestId: q.requestId,
    actor: person.id,
    tool: call.tool,
    args: call.args,
    namespace: typeof call.args.namespace === 'string' ? call.args.namespace : undefined,
    detail: { confirmationId: q.id, channel: input.channel },
  });
  if (input.decision === 'drop') {
    return {
      requestId: q.requestId,
      confirmationId: q.id,
      outcome: 'denied',
      reason: `${person.id} dropped it; nothing ran. Say it again in other words if you want something done.`,
      tool: call.tool,
      args: call.args,
    };
  }
  const plan: ToolPlan = { outcome: 'tool', tool: call.tool, args: call.args, source: 'direct', message: q.reading ?? '' };
  const live = await withLiveReplicas(deps, plan, await deps.planContext(), person);
  const req: IncomingRequest = {
    channel: q.channel,
    actor: { personId: person.id },
    ...(q.text ? { text: q.text } : {}),
    replyTo: input.replyTo ?? q.replyTo,
  };
  // "add 2 replicas" read at 1 as "1 to 3", confirmed after an outside scale to 10: the count the person agreed
  // to no longer means what they asked. Nothing runs; the words are read again against the live object and put to
  // them once more.
  const now = live.ctx.inventory.workloads.find((w) => w.namespace === call.args.namespace && w.name === call.args.name);
  if (call.tool === 'scale' && q.seenReplicas !== undefined && now && now.replicas !== q.seenReplicas) {
    const again = planOffline(q.text ?? '', live.ctx).plan;
    const why = `${call.args.namespace}/${call.args.name} changed from ${q.seenReplicas} to ${now.replicas} replicas since you were asked`;
    if (again.outcome === 'tool' && again.tool === 'scale') {
      return askToConfirm(deps, { requestId: q.requestId, req, person, plan: again, ctx: live.ctx, why });
    }
    return {
      requestId: q.requestId,
      confirmationId: q.id,
      outcome: 'refused',
      reason: `Nothing ran: ${why}. Say what you want again, e.g. "scale ${call.args.name} in ${call.args.namespace} to ${now.replicas}".`,
      tool: call.tool,
      args: call.args,
    };
  }
  const result = await runToolCall(deps, { requestId: q.requestId, req, person, plan, ctx: live.ctx });
  return { ...result, confirmationId: q.id };
}
