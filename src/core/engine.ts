import { randomUUID } from 'node:crypto';
import type { ApprovalState } from '../approvals/approval.ts';
import { approvedWrite } from '../confirmations/approved.ts';
import { inverseOf } from '../confirmations/inverse.ts';
import { QuestionStore } from '../confirmations/store.ts';
import { UndoStore } from '../confirmations/undo-store.ts';
import { trackDecision, trackRequest } from '../observability/record.ts';
import { withSpan } from '../observability/tracing.ts';
import type { Plan, PlanContext } from '../planner/plan.ts';
import { resolveCall } from '../planner/resolve.ts';
import { findPerson } from '../policy/people.ts';
import { withAnswer } from './clarify.ts';
import { unsureReading } from './confidence.ts';
import type { Core } from './core.ts';
import { plannerNote, runToolCall } from './engine-call.ts';
import { askToConfirm, decideConfirmation, QUESTION_TTL_SECONDS } from './engine-confirm.ts';
import { decideApproval } from './engine-decide.ts';
import type { CoreDeps, EngineDeps } from './engine-deps.ts';
import { describeActor, unknownPersonReason } from './engine-people.ts';
import { asCoxswainError } from './errors.ts';
import { withLiveReplicas } from './live.ts';
import { OnceStore } from './once.ts';
import type { Actor, Channel, IncomingRequest, UndoInput } from './request.ts';
import type { Result } from './result.ts';

export type { CoreDeps } from './engine-deps.ts';

/** The Core, plus what the workers need from it: re-planning a request whose target drifted. */
export interface CoreEngine extends Core {
  /** Plans the approval's request again, as its requester, into a new approval; returns the new approval id if any. */
  replan(approval: ApprovalState): Promise<string | undefined>;
}

export function createCore(coreDeps: CoreDeps): CoreEngine {
  const deps: EngineDeps = {
    ...coreDeps,
    questions: new QuestionStore(coreDeps.redis, coreDeps.prefix),
    undos: new UndoStore(coreDeps.redis, coreDeps.prefix),
  };
  const once = new OnceStore(deps.redis, deps.prefix);
  const subscriptions = new Set<() => void>();

  /** The planner's proposal, passed through the same catalog, schema and name checks a direct call passes. */
  async function planOf(req: IncomingRequest, text: string | undefined, ctx: PlanContext, requestId: string): Promise<Plan> {
    const proposed = req.call
      ? resolveCall(req.call.tool, req.call.args, ctx, 'direct')
      : await withSpan('coxswain.plan', { requestId }, () => deps.planner.plan(text ?? '', ctx));
    // The planner is not trusted: its tool call passes the checks a direct call passes; its confidence is kept.
    if (proposed.outcome !== 'tool' || proposed.source === 'direct') return proposed;
    const checked = resolveCall(proposed.tool, proposed.args, ctx, proposed.source);
    return checked.outcome === 'tool'
      ? {
          ...checked,
          ...(proposed.note ? { note: proposed.note } : {}),
          ...(proposed.confident !== undefined ? { confident: proposed.confident } : {}),
        }
      : checked;
  }

  async function handleNew(req: IncomingRequest, requestId: string): Promise<Result> {
    const policy = deps.policy();
    const person = findPerson(policy, req.actor);
    const actor = person?.id ?? describeActor(req.actor);
    await deps.audit.append({
      type: 'requested',
      requestId,
      actor,
      detail: {
        channel: req.channel,
        ...(req.text ? { text: req.text } : {}),
        ...(req.call ? { call: req.call.tool } : {}),
        ...(req.clarifyId ? { answers: req.clarifyId } : {}),
        ...(req.undoOf ? { undoOf: req.undoOf } : {}),
      },
    });
    if (!person) {
      const reason = unknownPersonReason(policy, req.actor);
      await deps.audit.append({ type: 'denied', requestId, actor, detail: { rule: 'unknown person', reason } });
      return { requestId, outcome: 'denied', reason };
    }
    try {
      let ctx = await deps.planContext();
      let text = req.text;
      if (req.clarifyId) {
        // The answer completes the question's original words, by the same person only, once.
        const t = await deps.questions.take(req.clarifyId, 'answer', person.id);
        if (t.kind === 'refused') {
          await deps.audit.append({ type: 'denied', requestId, actor, detail: { rule: 'not the requester', reason: t.reason } });
          return { requestId, outcome: 'refused', reason: t.reason, clarifyId: req.clarifyId };
        }
        text = withAnswer(t.state.text ?? '', req.text ?? '', ctx);
      }
      if (req.botUserId) ctx = { ...ctx, botUserId: req.botUserId };
      let plan = await planOf(req, text, ctx, requestId);
      if (plan.outcome === 'tool') {
        // A scale starts from the live count; a request planned on a stale cache is planned again on it.
        const live = await withLiveReplicas(deps, plan, ctx, person);
        if (live.drifted && !req.call) plan = await planOf(req, text, live.ctx, requestId);
        ctx = live.ctx;
      }
      await deps.audit.append({
        type: 'planned',
        requestId,
        actor,
        ...(plan.outcome === 'tool' ? { tool: plan.tool, args: plan.args } : {}),
        detail: {
          outcome: plan.outcome,
          source: plan.source,
          message: plan.message,
          ...(plan.outcome === 'tool' && plan.confident !== undefined ? { confident: plan.confident } : {}),
          // Why the model did not plan it (unreachable, 401, timeout: the setting to check), when it did not.
          ...(plan.note ? { note: plan.note } : {}),
          ...(text !== req.text ? { text } : {}),
        },
      });
      if (plan.outcome !== 'tool') return await answerWithoutTool(req, person.id, requestId, plan, text);
      const asked = { ...req, ...(text ? { text } : {}) };
      const why = unsureReading(plan, text, ctx);
      if (why) return await askToConfirm(deps, { requestId, req: asked, person, plan, ctx, why });
      return await runToolCall(deps, { requestId, req: asked, person, plan, ctx });
    } catch (err) {
      const e = asCoxswainError(err);
      await deps.audit.append({ type: 'failed', requestId, actor, detail: { code: e.code, reason: e.message } });
      return { requestId, outcome: 'failed', reason: e.message };
    }
  }

  /** A question, help or a refusal; a question is kept (with its words and asker) so a reply can answer it. */
  async function answerWithoutTool(
    req: IncomingRequest,
    requester: string,
    requestId: string,
    plan: Exclude<Plan, { outcome: 'tool' }>,
    text: string | undefined,
  ): Promise<Result> {
    const result: Result = { requestId, outcome: plan.outcome, reason: plan.message, ...plannerNote(plan) };
    // A direct call's question has no words to complete: the caller sends a corrected call instead.
    if (plan.outcome !== 'clarify' || !text) return result;
    const q = await deps.questions.create({
      kind: 'clarify',
      requestId,
      requester,
      channel: req.channel,
      text,
      ...(plan.candidates ? { candidates: plan.candidates } : {}),
      replyTo: req.replyTo,
      ttlSeconds: QUESTION_TTL_SECONDS,
    });
    return { ...result, clarifyId: q.id, ...(plan.candidates ? { candidates: plan.candidates } : {}) };
  }

  /** Undo: the inverse of an executed write, as a new direct request of the person asking, linked by `undoOf`. */
  async function undoWrite(input: UndoInput, askAgain = true): Promise<Result> {
    const write = (await deps.undos.get(input.undoId)) ?? approvedWrite(await deps.approvals.get(input.undoId));
    if (!write) {
      return {
        requestId: input.undoId,
        undoId: input.undoId,
        outcome: 'refused',
        reason: `There is no executed write ${input.undoId} to undo (it may be older than a week); check the id.`,
      };
    }
    const inverse = inverseOf(write);
    if ('none' in inverse)
      return { requestId: write.requestId, undoId: input.undoId, outcome: 'unsupported', reason: inverse.none };
    // One undo per original action: a second click or run while the first is pending or after it ran gets the
    // first one's answer (its approval id), not a second request. One that did not go through (denied, refused,
    // failed) is not kept, so someone else may still undo it.
    const key = `undo:${write.requestId}`;
    const result = await once.once(
      key,
      'any actor',
      () =>
        core.handle({
          ...(input.id ? { id: `undo-${input.id}` } : {}),
          channel: input.channel,
          actor: input.actor,
          call: inverse.call,
          undoOf: write.requestId,
          ...(input.replyTo ? { replyTo: input.replyTo } : {}),
        }),
      () => ({
        requestId: write.requestId,
        undoId: input.undoId,
        outcome: 'refused',
        reason: `The undo of ${input.undoId} is already being handled; its answer will follow.`,
      }),
      () => idTaken(write.requestId, input.channel, input.actor),
      (r) => UNDO_STANDS.has(r.outcome),
    );
    // The first undo's approval was turned down or lapsed: that undo is over, so this one is asked afresh.
    const approval = result.approvalId ? await deps.approvals.get(result.approvalId) : undefined;
    if (!askAgain || !approval || !UNDO_OVER.has(approval.status)) return result;
    await once.forget(key, approval.id);
    return undoWrite(input, false);
  }

  /**
   * Another actor sent an id that is already someone's (ids can be chosen by clients): their answer is not
   * theirs to see, and nothing runs.
   */
  async function idTaken(requestId: string, channel: Channel, actor: Actor): Promise<Result> {
    const reason = 'That request id is already taken; send it again without an id.';
    const who = describeActor(actor);
    await deps.audit.append({ type: 'denied', requestId, actor: who, detail: { rule: 'request id taken', channel, reason } });
    return { requestId, outcome: 'refused', reason };
  }

  const core: CoreEngine = {
    handle(req) {
      const requestId = req.id ?? randomUUID();
      return once.once(
        `request:${requestId}`,
        ownerOf(req.channel, req.actor),
        // One span per request, so plan, policy and the queued execute span (via the job's traceparent) share a trace.
        () =>
          trackRequest(
            req.channel,
            withSpan('coxswain.request', { requestId, channel: req.channel }, () => handleNew(req, requestId)),
          ),
        () => ({
          requestId,
          outcome: 'refused',
          reason: `Request ${requestId} is already being handled; its answer will follow.`,
        }),
        () => idTaken(requestId, req.channel, req.actor),
      );
    },

    decide(input) {
      if (!input.id) return trackDecision(input.decision, decideApproval(deps, input));
      return once.once(
        `decision:${input.id}`,
        ownerOf(input.channel, input.actor),
        () => trackDecision(input.decision, decideApproval(deps, input)),
        () => ({
          requestId: input.approvalId,
          approvalId: input.approvalId,
          outcome: 'refused',
          reason: `This decision on ${input.approvalId} is already being handled.`,
        }),
        () => idTaken(input.approvalId, input.channel, input.actor),
      );
    },

    confirm(input) {
      const run = () =>
        decideConfirmation(deps, input).catch((err: unknown) => ({
          requestId: input.confirmationId,
          confirmationId: input.confirmationId,
          outcome: 'failed' as const,
          reason: asCoxswainError(err).message,
        }));
      if (!input.id) return run();
      return once.once(
        `confirm:${input.id}`,
        ownerOf(input.channel, input.actor),
        run,
        () => ({
          requestId: input.confirmationId,
          outcome: 'refused',
          reason: `This answer to ${input.confirmationId} is already being handled.`,
        }),
        () => idTaken(input.confirmationId, input.channel, input.actor),
      );
    },

    undo: (input) => undoWrite(input),

    getApproval: (approvalId) => deps.approvals.get(approvalId),

    onEvent(listener) {
      const { off } = deps.events.on(listener);
      subscriptions.add(off);
      return () => {
        off();
        subscriptions.delete(off);
      };
    },

    async replan(approval) {
      const req: IncomingRequest = {
        id: `${approval.requestId}:replan:${approval.id}`,
        channel: approval.channel ?? 'terminal',
        actor: { personId: approval.requester },
        ...(approval.text ? { text: approval.text } : { call: { tool: approval.tool, args: approval.args } }),
        replyTo: approval.replyTo,
      };
      const result = await this.handle(req);
      return result.outcome === 'pending' ? result.approvalId : undefined;
    },

    async close() {
      for (const off of subscriptions) off();
      subscriptions.clear();
    },
  };
  return core;
}

/** Undo outcomes that stand for a repeated undo: it is under way, waiting for approval, or done. */
const UNDO_STANDS = new Set<Result['outcome']>(['executed', 'pending', 'approved', 'running', 'confirm']);

/** States of an undo's approval after which a new undo may be asked for. */
const UNDO_OVER = new Set<ApprovalState['status']>(['rejected', 'expired', 'cancelled', 'failed']);

/** Whose a once-id is: the same person through the same channel gets its stored answer back. */
function ownerOf(channel: Channel, actor: Actor): string {
  return JSON.stringify([channel, actor.personId, actor.slackUserId, actor.email, actor.teamId]);
}
