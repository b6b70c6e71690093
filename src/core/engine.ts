import { randomUUID } from 'node:crypto';
import type { ApprovalState } from '../approvals/approval.ts';
import type { Transition } from '../approvals/transitions.ts';
import { trackDecision, trackRequest } from '../observability/record.ts';
import { withSpan } from '../observability/tracing.ts';
import { resolveCall } from '../planner/resolve.ts';
import { canApprove, findPerson } from '../policy/people.ts';
import type { Policy } from '../policy/schema.ts';
import type { Core } from './core.ts';
import { outcomeResult, pendingResult, runToolCall } from './engine-call.ts';
import { type CoreDeps, identityOf } from './engine-deps.ts';
import { asCoxswainError } from './errors.ts';
import { OnceStore } from './once.ts';
import type { Actor, DecisionInput, IncomingRequest } from './request.ts';
import type { Result } from './result.ts';

export type { CoreDeps } from './engine-deps.ts';

/** The Core, plus what the workers need from it: re-planning a request whose target drifted. */
export interface CoreEngine extends Core {
  /** Plans the approval's request again, as its requester, into a new approval; returns the new approval id if any. */
  replan(approval: ApprovalState): Promise<string | undefined>;
}

function describeActor(actor: Actor): string {
  if (actor.personId) return actor.personId;
  if (actor.slackUserId) return `slack:${actor.slackUserId}`;
  if (actor.email) return `email:${actor.email}`;
  return 'unknown';
}

/** People who approve something in this policy: the ones to ask for access. */
function gatekeepers(policy: Policy): string[] {
  const roles = new Set(policy.rules.flatMap((r) => r.approval?.from ?? []));
  return policy.people.filter((p) => p.roles.some((r) => roles.has(r))).map((p) => p.id);
}

function unknownPersonReason(policy: Policy, actor: Actor): string {
  const ask = gatekeepers(policy);
  return `coxswain does not know ${describeActor(actor)}: nobody in the policy has that id, Slack user id or email, so nothing runs. Ask ${ask.length ? ask.join(' or ') : 'whoever maintains the policy file'} to add you to the policy file (people: id, slackUserId, email).`;
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

  async function afterTransition(t: Exclude<Transition, { kind: 'refused' }>, actor: string): Promise<Result> {
    const state = t.state;
    const type = t.kind === 'cancelled' ? 'cancelled' : t.kind === 'rejected' ? 'rejected' : 'approved';
    await deps.audit.append({
      type,
      requestId: state.requestId,
      approvalId: state.id,
      actor,
      tool: state.tool,
      args: state.args,
      cluster: state.cluster,
      namespace: state.namespace,
      detail: t.kind === 'approved' ? { remaining: t.remaining } : { status: state.status },
    });
    await deps.events.publish({ type: 'approval-updated', approval: state });
    if (t.kind === 'approved') {
      return {
        ...pendingResult(state),
        outcome: 'approved',
        reason: `${actor} approved ${state.id}; it needs ${t.remaining} more approval${t.remaining === 1 ? '' : 's'}.`,
      };
    }
    if (t.kind !== 'fully-approved') {
      const who = t.kind === 'rejected' ? `${actor} rejected` : `${actor} cancelled`;
      // There is no `rejected` outcome: for the request it is denied, by a person rather than by the policy.
      return { ...pendingResult(state), outcome: 'denied', reason: `${who} ${state.id}; nothing ran.` };
    }
    const base: Result = { ...pendingResult(state), outcome: 'failed', approvalsNeeded: 0, approvers: [] };
    const requester = findPerson(deps.policy(), { personId: state.requester });
    const job = {
      id: state.id,
      requestId: state.requestId,
      approvalId: state.id,
      tool: state.tool,
      args: state.args,
      cluster: typeof state.args.cluster === 'string' ? state.args.cluster : undefined,
      namespace: state.namespace,
      requester: state.requester,
      identity: requester ? identityOf(requester) : undefined,
      approvedBy: state.approvedBy.map((a) => a.person),
      text: state.text,
      fingerprint: state.preview.fingerprint,
    };
    try {
      return outcomeResult(base, await deps.queue.run(job, deps.executionTimeoutMs));
    } catch (err) {
      return { ...base, reason: asCoxswainError(err).message };
    }
  }

  async function decideNew(input: DecisionInput): Promise<Result> {
    const policy = deps.policy();
    const person = findPerson(policy, input.actor);
    const existing = await deps.approvals.get(input.approvalId);
    const requestId = existing?.requestId ?? input.approvalId;
    if (!person) {
      return { requestId, approvalId: input.approvalId, outcome: 'refused', reason: unknownPersonReason(policy, input.actor) };
    }
    const eligible = (p: string, state: ApprovalState) => canApprove(deps.policy(), p, state.required.from, state.requester);
    const t = await deps.approvals.decide(input.approvalId, input.decision, person.id, eligible);
    if (t.kind === 'refused') {
      return {
        requestId,
        approvalId: input.approvalId,
        outcome: 'refused',
        reason: t.reason,
        ...(existing ? { tool: existing.tool, args: existing.args } : {}),
      };
    }
    return afterTransition(t, person.id);
  }

  return {
    handle(req) {
      const requestId = req.id ?? randomUUID();
      return once.once(
        `request:${requestId}`,
        () => trackRequest(req.channel, handleNew(req, requestId)),
        () => ({
          requestId,
          outcome: 'refused',
          reason: `Request ${requestId} is already being handled; its answer will follow.`,
        }),
      );
    },

    decide(input) {
      if (!input.id) return trackDecision(input.decision, decideNew(input));
      return once.once(
        `decision:${input.id}`,
        () => trackDecision(input.decision, decideNew(input)),
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
