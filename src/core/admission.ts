import { requestsBusyTotal } from '../observability/metrics.ts';
import type { Channel } from './request.ts';
import type { Result } from './result.ts';

const RETRY_AFTER_SECONDS = 1;

/** The Core's entry points that admission guards; anything else on the Core passes through. */
interface Entry {
  handle(req: { channel: Channel; id?: string }): Promise<Result>;
  decide(input: { channel: Channel; approvalId: string }): Promise<Result>;
  confirm(input: { channel: Channel; confirmationId: string }): Promise<Result>;
  undo(input: { channel: Channel; undoId: string }): Promise<Result>;
}

/**
 * Back-pressure where requests enter the Core: each channel (adapter) has at most `limit` requests in flight in
 * this process; one more is answered at once with a `refused` Result that says to try again in a moment and
 * carries `retryAfterSeconds` (HTTP adapters answer 429 with Retry-After). Nothing of a refused request is
 * started, so nothing of it is half recorded, and a burst waits in its callers instead of piling up in Redis.
 * A refusal is not kept under the request's id: the same request sent again is handled normally.
 */
export function withAdmission<C extends Entry>(core: C, limit: number): C {
  const inFlight = new Map<Channel, number>();

  const admit = async (channel: Channel, requestId: string, run: () => Promise<Result>): Promise<Result> => {
    const now = inFlight.get(channel) ?? 0;
    if (now >= limit) {
      requestsBusyTotal.inc({ channel });
      return {
        requestId,
        outcome: 'refused',
        reason: `coxswain is busy: ${now} requests from ${channel} are in flight. Nothing was done; try again in a moment.`,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      };
    }
    inFlight.set(channel, now + 1);
    try {
      return await run();
    } finally {
      inFlight.set(channel, (inFlight.get(channel) ?? 1) - 1);
    }
  };

  // Everything else is the Core's own, bound to it: its internal calls (a drift re-plan, an undo's request) are
  // part of a request already admitted.
  const own = Object.entries(core).map(([k, v]) => [k, typeof v === 'function' ? v.bind(core) : v]);
  return Object.assign(Object.fromEntries(own) as C, {
    handle: (req: Parameters<C['handle']>[0]) => admit(req.channel, req.id ?? 'busy', () => core.handle(req)),
    decide: (input: Parameters<C['decide']>[0]) => admit(input.channel, input.approvalId, () => core.decide(input)),
    confirm: (input: Parameters<C['confirm']>[0]) => admit(input.channel, input.confirmationId, () => core.confirm(input)),
    undo: (input: Parameters<C['undo']>[0]) => admit(input.channel, input.undoId, () => core.undo(input)),
  });
}
