import type { PolicyDecision, Result } from '../core/result.ts';
import { type Logger, logger } from './logger.ts';
import {
  approvalDecisionsTotal,
  executionDuration,
  executionsTotal,
  policyDecisionsTotal,
  requestDuration,
  requestsTotal,
} from './metrics.ts';

/**
 * One call per place the Core or a worker records something, so the engine and the executor change by a line:
 * the Prometheus metrics and the request's log line together. Labels are closed sets, never user text.
 */

/** A logger whose every line carries the request id (and whatever else identifies the work). */
export function requestLogger(requestId: string, extra: Record<string, string | undefined> = {}): Logger {
  return logger.child({ requestId, ...extra });
}

const seconds = (startedMs: number) => (performance.now() - startedMs) / 1000;

/** A request's outcome: counted by channel, timed, and logged with its requestId. Resolves to the result unchanged. */
export async function trackRequest(channel: string, handling: Promise<Result>): Promise<Result> {
  const started = performance.now();
  const r = await handling;
  requestsTotal.inc({ channel, outcome: r.outcome });
  requestDuration.observe({ outcome: r.outcome }, seconds(started));
  requestLogger(r.requestId).info(
    { channel, outcome: r.outcome, tool: r.tool, approvalId: r.approvalId, ms: Math.round(seconds(started) * 1000) },
    'request handled',
  );
  return r;
}

export function recordPolicy(tool: string, decision: PolicyDecision): void {
  policyDecisionsTotal.inc({ effect: decision.effect, tool });
}

/** An approve/reject/cancel: `taken` when it moved the approval, `refused` when not. Resolves to the result unchanged. */
export async function trackDecision(decision: string, deciding: Promise<Result>): Promise<Result> {
  const r = await deciding;
  approvalDecisionsTotal.inc({ decision, result: r.outcome === 'refused' ? 'refused' : 'taken' });
  requestLogger(r.requestId).info({ approvalId: r.approvalId, decision, outcome: r.outcome }, 'approval decision');
  return r;
}

/** One execution attempt's end (`executed`, `drift`, or `failed` when it will not be retried). */
export function recordExecution(tool: string, status: string, startedMs: number): void {
  executionsTotal.inc({ tool, status });
  executionDuration.observe({ tool }, seconds(startedMs));
}
