import type { Redis } from 'ioredis';
import { ApprovalStore } from '../../src/approvals/store.ts';
import { AuditLog } from '../../src/audit/log.ts';
import { UndoStore } from '../../src/confirmations/undo-store.ts';
import { decideApproval } from '../../src/core/engine-decide.ts';
import type { EngineDeps } from '../../src/core/engine-deps.ts';
import { EventBus } from '../../src/core/events.ts';
import type { ExecutionJobInput, ExecutionOutcome } from '../../src/execution/job.ts';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';

type Call = (...args: unknown[]) => Promise<unknown>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A client that sends the named commands twice and answers the second reply, as ioredis does when the connection
 * drops between Redis applying a command and its answer: every call, or only the `nth` (1-based). `between` runs
 * once between the two sends: another process's command landing while this client reconnects.
 */
export function resending(redis: Redis, names: string[], between?: () => Promise<unknown>, nth?: number): Redis {
  let gap = between;
  let seen = 0;
  return new Proxy(redis, {
    get(target, prop) {
      if (typeof prop !== 'string' || !names.includes(prop)) return Reflect.get(target, prop);
      return async (...args: unknown[]) => {
        const call = Reflect.get(target, prop) as Call;
        seen += 1;
        if (nth !== undefined && seen !== nth) return call.apply(target, args);
        try {
          await call.apply(target, args);
        } catch (err) {
          // Not a send that landed (NOSCRIPT: RedisScript sends EVAL next): the next call is the one to resend.
          seen -= 1;
          throw err;
        }
        const run = gap;
        gap = undefined;
        if (run) await run();
        return call.apply(target, args);
      };
    },
  });
}

/** The answers RedisScript keeps under `prefix` expire (Redis does this two minutes after each run). */
export async function answersExpire(redis: Redis, prefix: string): Promise<number> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, page] = await redis.scan(cursor, 'MATCH', `${prefix}:*:answer:*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...page);
  } while (cursor !== '0');
  for (const k of keys) await redis.pexpire(k, 1);
  await sleep(20);
  return keys.length;
}

/** The collaborators decideApproval needs, over `client`; the queue records what it is given. */
export function decideEngine(client: Redis, prefix: string, now?: () => number) {
  const queued: ExecutionJobInput[] = [];
  const approvals = new ApprovalStore(client, { prefix, ...(now ? { now } : {}) });
  const audit = new AuditLog(client, { prefix });
  const deps = {
    policy: () => loadPolicyFile(SANDBOX_POLICY_PATH),
    approvals,
    audit,
    events: new EventBus(client, prefix),
    undos: new UndoStore(client, prefix),
    queue: {
      run: async (job: ExecutionJobInput): Promise<ExecutionOutcome> => {
        queued.push(job);
        return { status: 'running', reason: 'Sent: a worker is running it.' };
      },
      has: async (id: string) => queued.some((j) => j.id === id),
    },
  } as unknown as EngineDeps;
  return { deps, queued, approvals, audit };
}

/** A person's click on an approval card. */
export const click = (deps: EngineDeps, approvalId: string, decision: 'approve' | 'reject' | 'cancel', personId: string) =>
  decideApproval(deps, { approvalId, decision, channel: 'slack', actor: { personId } });
