import type { Redis } from 'ioredis';
import type { ApprovalStore } from '../approvals/store.ts';
import type { QuestionStore } from '../confirmations/store.ts';
import type { UndoStore } from '../confirmations/undo-store.ts';
import type { ExecutionQueue } from '../execution/queue.ts';
import type { PlanContext, Planner } from '../planner/plan.ts';
import type { Policy } from '../policy/schema.ts';
import type { EventBus } from './events.ts';
import type { AuditSink, ClusterResolver } from './ports.ts';

/** Everything the engine works with, injected by the composition root (src/app/runtime.ts) or a test. */
export interface CoreDeps {
  /** Commands connection (idempotency keys); the event bus duplicates it for its subscriber. */
  redis: Redis;
  /** REDIS_PREFIX. */
  prefix: string;
  planner: Planner;
  /** The planner's context: the cached inventory, namespace aliases and the default cluster. */
  planContext(): Promise<PlanContext>;
  /** The cluster for a call as a person (the registry applies impersonation when it is configured). */
  clusters: ClusterResolver;
  /** The live policy (a getter, so a reload is seen by the next request). */
  policy(): Policy;
  approvals: ApprovalStore;
  queue: Pick<ExecutionQueue, 'run' | 'has'>;
  audit: AuditSink;
  events: EventBus;
  /** How long `handle`/`decide` wait for an action to run (default 120 s). */
  executionTimeoutMs?: number;
}

/** What the engine adds to its deps: open questions (confirm, clarify) and executed writes to undo, in Redis. */
export interface EngineDeps extends CoreDeps {
  questions: QuestionStore;
  undos: UndoStore;
}
