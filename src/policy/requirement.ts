import type { z } from 'zod';
import type { PolicyDecision } from '../core/result.ts';
import type { ApprovalRequirementSchema } from './schema.ts';

/** A rule's approval requirement as the decision carries it: who, how many, how long, whom to notify, when to remind. */
export function requirementOf(a: z.output<typeof ApprovalRequirementSchema>): NonNullable<PolicyDecision['approval']> {
  return {
    from: a.from,
    count: a.count,
    ttlSeconds: a.ttl,
    ...(a.notify ? { notify: a.notify } : {}),
    remind: a.remind,
  };
}
