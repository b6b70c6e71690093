import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics, served at /metrics. One registry per process; the core and the workers record into it.
 * Labels are closed sets (outcome, effect, tool name from the catalog), never user text.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'coxswain_process_' });

export const requestsTotal = new Counter({
  name: 'coxswain_requests_total',
  help: 'Requests handled, by channel and outcome.',
  labelNames: ['channel', 'outcome'] as const,
  registers: [registry],
});

export const requestsBusyTotal = new Counter({
  name: 'coxswain_requests_busy_total',
  help: 'Requests answered "busy, try again in a moment" because their channel had too many in flight.',
  labelNames: ['channel'] as const,
  registers: [registry],
});

export const policyDecisionsTotal = new Counter({
  name: 'coxswain_policy_decisions_total',
  help: 'Policy decisions, by effect and tool.',
  labelNames: ['effect', 'tool'] as const,
  registers: [registry],
});

export const approvalDecisionsTotal = new Counter({
  name: 'coxswain_approval_decisions_total',
  help: 'Approval decisions (approve, reject, cancel, expire) and whether they were taken or refused.',
  labelNames: ['decision', 'result'] as const,
  registers: [registry],
});

export const executionsTotal = new Counter({
  name: 'coxswain_executions_total',
  help: 'Tool executions by tool and status (executed, failed, skipped as already done, drift).',
  labelNames: ['tool', 'status'] as const,
  registers: [registry],
});

export const requestDuration = new Histogram({
  name: 'coxswain_request_duration_seconds',
  help: 'Time from a request arriving to its outcome (for pending: until the card is ready).',
  labelNames: ['outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const executionDuration = new Histogram({
  name: 'coxswain_execution_duration_seconds',
  help: 'Time a worker spent executing one tool call.',
  labelNames: ['tool'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const queueDepth = new Gauge({
  name: 'coxswain_queue_depth',
  help: 'Jobs in the execution queue, by state.',
  labelNames: ['state'] as const,
  registers: [registry],
});
