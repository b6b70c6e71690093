import { Redis } from 'ioredis';
import { startReminders } from '../approvals/reminders.ts';
import { ApprovalStore } from '../approvals/store.ts';
import { AuditLog } from '../audit/log.ts';
import { startChaosReconciler } from '../chaos/reconciler.ts';
import type { Config } from '../config/config.ts';
import { withAdmission } from '../core/admission.ts';
import { type CoreEngine, createCore } from '../core/engine.ts';
import { CoxswainError } from '../core/errors.ts';
import { EventBus } from '../core/events.ts';
import { EffectLog } from '../execution/effects.ts';
import { createExecutor } from '../execution/executor.ts';
import { ExecutionQueue } from '../execution/queue.ts';
import { type ExecutionWorker, startExecutionWorker } from '../execution/worker.ts';
import { ClusterRegistry } from '../kube/clusters.ts';
import { logger } from '../observability/logger.ts';
import { approvalDecisionsTotal } from '../observability/metrics.ts';
import { createPlanner } from '../planner/index.ts';
import type { PlanContext, Planner } from '../planner/plan.ts';
import { loadPolicyFile, policyPath } from '../policy/load.ts';
import type { Policy } from '../policy/schema.ts';
import { planContextSource } from './plan-context.ts';
import { checkRedis } from './redis-check.ts';
import { APP_REDIS_OPTIONS } from './redis-options.ts';

/**
 * The composition root: every collaborator of the Core built once from the configuration. Adapters (terminal,
 * Slack, web playground, MCP) take `runtime.core` and nothing else; `coxswain serve`/`worker` add workers.
 *
 *   const runtime = await buildRuntime(loadConfig());
 *   const workers = startWorkers(runtime);          // in the processes that execute actions
 *   await runtime.core.handle({ channel: 'terminal', actor: { personId: 'alice' }, text: 'scale web in staging to 3' });
 *   await workers.close(); await runtime.close();
 */
export interface Runtime {
  config: Config;
  /** REDIS_PREFIX: every key and the BullMQ queue live under it. */
  prefix: string;
  /** Commands connection (shared by the stores and the audit log). */
  redis: Redis;
  registry: ClusterRegistry;
  policy(): Policy;
  planContext(): Promise<PlanContext>;
  audit: AuditLog;
  approvals: ApprovalStore;
  effects: EffectLog;
  queue: ExecutionQueue;
  events: EventBus;
  core: CoreEngine;
  close(): Promise<void>;
}

/** What tests and embedders may replace; everything else comes from the configuration. */
export interface RuntimeOverrides {
  planner?: Planner;
  policy?: Policy;
  registry?: ClusterRegistry;
  /** BullMQ queue name (default `actions`); a test or the bench uses its own. */
  queueName?: string;
  /** How long handle/decide wait for an action (default 120 s). */
  executionTimeoutMs?: number;
  /** How long the inventory the planner sees is cached (default 10 s). */
  inventoryTtlMs?: number;
  /** Long-running processes (serve, start) follow the inventory through watches instead of re-listing it. */
  watchInventory?: boolean;
  /** Requests in flight per channel before "busy" (default MAX_IN_FLIGHT). */
  maxInFlight?: number;
}

export async function buildRuntime(config: Config, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  if (!config.REDIS_URL) {
    throw new CoxswainError(
      'config',
      'system',
      'REDIS_URL is not set: approvals, the queue and the audit log live in Redis. Set REDIS_URL (e.g. redis://127.0.0.1:6379), or run `coxswain start` for everything locally.',
    );
  }
  // A wrong password or an unreachable Redis is a start-up sentence naming REDIS_URL, not a background stack.
  await checkRedis(config.REDIS_URL);
  const prefix = config.REDIS_PREFIX;
  // Auto-pipelining: commands issued in the same tick (several jobs' markers and audit entries, an approval
  // read beside a marker read) leave in one socket write, which costs more than the command on a busy machine.
  const redis = new Redis(config.REDIS_URL, APP_REDIS_OPTIONS);
  // Without a listener ioredis prints each failed reconnect to stderr, outside the structured logs.
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection lost; reconnecting'));
  const registry = overrides.registry ?? ClusterRegistry.fromConfig(config);
  const filePolicy = overrides.policy ?? loadPolicyFile(policyPath(config));
  // Members of Slack-backed groups (groups.NAME.slackUserGroup) join the policy's people, refreshed in the background.
  // Loaded on use, so that runs without Slack never load its client.
  const userGroups = config.SLACK_BOT_TOKEN
    ? (await import('../adapters/slack/usergroups.ts')).slackUserGroups(config, filePolicy)
    : undefined;
  await userGroups?.refresh();
  const policy = () => userGroups?.policy() ?? filePolicy;
  const audit = new AuditLog(redis, { prefix });
  const events = new EventBus(redis, prefix);
  const approvals = new ApprovalStore(redis, {
    prefix,
    // Whoever moved an approval to `expired` (a read, a click, the sweep) records it, once.
    onExpire: async (approval) => {
      await audit.append({
        type: 'expired',
        requestId: approval.requestId,
        approvalId: approval.id,
        actor: 'coxswain',
        tool: approval.tool,
        args: approval.args,
        cluster: approval.cluster,
        namespace: approval.namespace,
        detail: { expiresAt: approval.expiresAt },
      });
      await events.publish({ type: 'approval-updated', approval });
      approvalDecisionsTotal.inc({ decision: 'expire', result: 'taken' });
    },
  });
  const effects = new EffectLog(redis, prefix);
  const queue = new ExecutionQueue({
    connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
    prefix,
    name: overrides.queueName,
    effects,
  });
  const planContext = planContextSource(registry, config, {
    ttlMs: overrides.inventoryTtlMs,
    watch: overrides.watchInventory,
  });
  // A long-running process starts its watches at boot, so the first message does not wait for the first lists
  // (about a second at 10,000 pods). A failure here is retried by that first message, which then says why.
  if (overrides.watchInventory) {
    planContext().catch((err: unknown) =>
      logger.warn({ err: (err as Error).message }, 'first inventory read failed; the first request will retry it'),
    );
  }
  const engine = createCore({
    redis,
    prefix,
    planner: overrides.planner ?? createPlanner(config),
    planContext,
    clusters: (name, identity) => registry.get(name, identity),
    policy,
    approvals,
    queue,
    audit,
    events,
    executionTimeoutMs: overrides.executionTimeoutMs,
  });
  const core = withAdmission(engine, overrides.maxInFlight ?? config.MAX_IN_FLIGHT);
  return {
    config,
    prefix,
    redis,
    registry,
    policy,
    planContext,
    audit,
    approvals,
    effects,
    queue,
    events,
    core,
    close: async () => {
      userGroups?.stop();
      planContext.stop();
      await core.close();
      await Promise.all([queue.close(), events.close()]);
      await redis.quit();
    },
  };
}

export interface WorkerSettings {
  /** Default WORKER_CONCURRENCY. */
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  sweepIntervalMs?: number;
  /** Run the ChaosSimulation reconciler beside the workers (default true; one replica acts, by Lease). */
  chaos?: boolean;
}

/** Execution workers (and the chaos reconciler) for a runtime; `close()` waits for the active jobs. */
export function startWorkers(runtime: Runtime, settings: WorkerSettings = {}): ExecutionWorker {
  const executor = createExecutor({
    approvals: runtime.approvals,
    effects: runtime.effects,
    audit: runtime.audit,
    events: runtime.events,
    clusterFor: (name, identity) => runtime.registry.get(name, identity),
    onDrift: (approval) => runtime.core.replan(approval),
  });
  const workers = startExecutionWorker(executor, {
    connection: { url: runtime.config.REDIS_URL, maxRetriesPerRequest: null },
    prefix: runtime.prefix,
    name: runtime.queue.queue.name,
    concurrency: settings.concurrency ?? runtime.config.WORKER_CONCURRENCY,
    lockDurationMs: settings.lockDurationMs,
    stalledIntervalMs: settings.stalledIntervalMs,
    sweep: { approvals: runtime.approvals, intervalMs: settings.sweepIntervalMs },
  });
  const chaos =
    settings.chaos === false
      ? undefined
      : startChaosReconciler({ registry: runtime.registry, leaseNamespace: runtime.config.POD_NAMESPACE });
  if (chaos) logger.info('chaos reconciler started');
  // Reminders of pending approvals ride on the same sweep interval as their expiry.
  const reminders = startReminders({
    approvals: runtime.approvals,
    events: runtime.events,
    intervalMs: settings.sweepIntervalMs,
  });
  return {
    worker: workers.worker,
    close: async () => {
      reminders.stop();
      await Promise.all([workers.close(), chaos?.stop()]);
    },
  };
}
