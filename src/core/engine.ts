import { randomUUID } from 'node:crypto';
import type { ApprovalState } from '../approvals/approval.ts';
import { trackDecision, trackRequest } from '../observability/record.ts';
import { withSpan } from '../observability/tracing.ts';
import { resolveCall } from '../planner/resolve.ts';
import { findPerson } from '../policy/people.ts';
import type { Core } from './core.ts';
import { runToolCall } from './engine-call.ts';
import { decideApproval } from './engine-decide.ts';
import type { CoreDeps } from './engine-deps.ts';
import { describeActor, unknownPersonReason } from './engine-people.ts';
import { asCoxswainError } from './errors.ts';
import { OnceStore } from './once.ts';
import type { IncomingRequest } from './request.ts';
import type { Result } from './result.ts';

export type { CoreDeps } from './engine-deps.ts';

/** The Core, plus what the workers need from it: re-planning a request whose target drifted. */
export interface CoreEngine extends Core {
  /** Plans the approval's request again, as its requester, into a new approval; returns the new approval id if any. */
  replan(approval: ApprovalState): Promise<string | undefined>;
}

export function createCore(deps: CoreDeps): CoreEngine {
  const once = new OnceStore(deps.redis, deps.prefix);
  const subscriptions = new Set<() => void>();

  async function handleNew(req: IncomingRequest, requestId: string): Promise<Result> {
    const policy = deps.policy();
    const person = findPerson(policy, req.actor);
    const actor = person?.id ?? describeActor(req.actor);
    await deps.audit.append({
      type: 'requested',
      requestId,
      actor,
      detail: { channel: req.channel, ...(req.text ? { text: req.text } : {}), ...(req.call ? { call: req.call.tool } : {}) },
    });
    if (!person) {
      const reason = unknownPersonReason(policy, req.actor);
      await deps.audit.append({ type: 'denied', requestId, actor, detail: { rule: 'unknown person', reason } });
      return { requestId, outcome: 'denied', reason };
    }
    try {
      const ctx = await deps.planContext();
      const proposed = req.call
        ? resolveCall(req.call.tool, req.call.args, ctx, 'direct')
        : await withSpan('coxswain.plan', { requestId }, () => deps.planner.plan(req.text ?? '', ctx));
      // The planner is not trusted: its tool call passes the catalog, schema and name checks a direct call passes.
      const plan =
        proposed.outcome === 'tool' && proposed.source !== 'direct'
          ? {
              ...resolveCall(proposed.tool, proposed.args, ctx, proposed.source),
              ...(proposed.note ? { note: proposed.note } : {}),
            }
          : proposed;
      await deps.audit.append({
        type: 'planned',
        requestId,
        actor,
        ...(plan.outcome === 'tool' ? { tool: plan.tool, args: plan.args } : {}),
        detail: { outcome: plan.outcome, source: plan.source, message: plan.message },
      });
      if (plan.outcome !== 'tool') {
        return {
          requestId,
          outcome: plan.outcome,
          reason: plan.message,
          ...(plan.outcome === 'clarify' && plan.candidates ? { candidates: plan.candidates } : {}),
        };
      }
      return await runToolCall(deps, { requestId, req, person, plan, ctx });
    } catch (err) {
      const e = asCoxswainError(err);
      await deps.audit.append({ type: 'failed', requestId, actor, detail: { code: e.code, reason: e.message } });
      return { requestId, outcome: 'failed', reason: e.message };
    }
  }

  return {
    handle(req) {
      const requestId = req.id ?? randomUUID();
      return once.once(
        `request:${requestId}`,
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
      );
    },

    decide(input) {
      if (!input.id) return trackDecision(input.decision, decideApproval(deps, input));
      return once.once(
        `decision:${input.id}`,
        () => trackDecision(input.decision, decideApproval(deps, input)),
        () => ({
          requestId: input.approvalId,
          approvalId: input.approvalId,
          outcome: 'refused',
          reason: `This decision on ${input.approvalId} is already being handled.`,
        }),
      );
    },

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
}
