import type { Queue } from 'bullmq';
import type { HttpHandler } from '../server/http.ts';
import { queueDepth, registry } from './metrics.ts';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/**
 * `/metrics`: this process's registry in Prometheus text. The queue depth is read from Redis at scrape time, so
 * every replica reports the one shared queue (aggregate it with max, not sum).
 */
export function metricsHandler(queue?: Pick<Queue, 'getJobCounts'>): HttpHandler {
  return async (_req, res) => {
    if (queue) {
      const counts = await queue.getJobCounts(...STATES);
      for (const state of STATES) queueDepth.set({ state }, counts[state] ?? 0);
    }
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(body);
  };
}
