import type { EventPublisher } from '../core/ports.ts';
import { logger } from '../observability/logger.ts';
import type { ApprovalStore } from './store.ts';

export interface ReminderLoop {
  /** One sweep now (the loop's own tick; tests call it instead of waiting). Returns the approvals reminded. */
  sweep(): Promise<string[]>;
  stop(): void;
}

/**
 * Reminders of pending approvals, sent by whichever worker sweeps first: the store hands each due reminder out
 * once across replicas, and this publishes it as an `approval-reminder` event for the adapters (a Slack thread
 * reply mentioning the approvers, a playground feed line). An approval decided before then is never reminded.
 */
export function startReminders(opts: { approvals: ApprovalStore; events: EventPublisher; intervalMs?: number }): ReminderLoop {
  const sweep = async () => {
    const due = await opts.approvals.takeDueReminders();
    for (const approval of due) {
      await opts.events.publish({ type: 'approval-reminder', approval });
      logger.info({ approvalId: approval.id, expiresAt: approval.expiresAt }, 'approval reminder sent');
    }
    return due.map((a) => a.id);
  };
  const every = opts.intervalMs ?? 15_000;
  const timer =
    every > 0
      ? setInterval(() => {
          sweep().catch((err: Error) => logger.warn({ err: err.message }, 'approval reminder sweep failed'));
        }, every)
      : undefined;
  timer?.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
