import { buildRuntime, startWorkers } from '../../app/runtime.ts';
import { untilSignal } from '../../app/signals.ts';
import { loadConfig } from '../../config/config.ts';
import { CoxswainError } from '../../core/errors.ts';
import { metricsHandler } from '../../observability/http.ts';
import { startTracing } from '../../observability/tracing.ts';
import { listenError, startHttpServer } from '../../server/http.ts';
import { parseCommandArgs } from '../args.ts';
import { runtimeReadiness } from '../readiness.ts';

const USAGE =
  'usage: coxswain worker [--concurrency N] [--lock-duration-ms MS] [--stalled-interval-ms MS] [--metrics-port N] [--no-chaos]';

function wholeNumber(name: string, v: string | undefined, min: number, max?: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || (max !== undefined && n > max)) {
    const range = max === undefined ? `of ${min} or more` : `from ${min} to ${max}`;
    throw new CoxswainError('invalid_arguments', 'request', `--${name} must be a whole number ${range}, not "${v}". ${USAGE}`);
  }
  return n;
}

/**
 * `coxswain worker`: execution workers (WORKER_CONCURRENCY jobs at once) and the chaos reconciler, until
 * SIGTERM/SIGINT, which waits for the active jobs. A shorter --lock-duration-ms makes a crashed worker's job
 * come back sooner (at the cost of more lock renewals).
 *
 * `--metrics-port N` (0: any free port) serves `/metrics`, `/healthz` and `/readyz` on HOST, so a worker
 * Deployment can be scraped and probed. It is a flag of its own rather than PORT, which defaults to 8080 for
 * `coxswain serve`: a worker next to serve would collide with it.
 */
export default async function worker(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, USAGE, {
    concurrency: { type: 'string' },
    'lock-duration-ms': { type: 'string' },
    'stalled-interval-ms': { type: 'string' },
    'metrics-port': { type: 'string' },
    'no-chaos': { type: 'boolean' },
  });
  if (!parsed) return 0;
  const { values } = parsed;
  const settings = {
    concurrency: wholeNumber('concurrency', values.concurrency, 1),
    lockDurationMs: wholeNumber('lock-duration-ms', values['lock-duration-ms'], 1),
    stalledIntervalMs: wholeNumber('stalled-interval-ms', values['stalled-interval-ms'], 1),
    chaos: !values['no-chaos'],
  };
  const metricsPort = wholeNumber('metrics-port', values['metrics-port'], 0, 65535);
  const config = loadConfig();
  const tracing = startTracing(config);
  const runtime = await buildRuntime(config);
  const workers = startWorkers(runtime, settings);
  await workers.worker.waitUntilReady();
  const http =
    metricsPort === undefined
      ? undefined
      : await startHttpServer({ port: metricsPort, host: config.HOST, readiness: runtimeReadiness(runtime) }).catch(
          async (err: unknown) => {
            // Stopped first: the running workers kept a process that had printed its error alive.
            await workers.close();
            await runtime.close();
            await tracing?.shutdown();
            throw listenError(err, config.HOST, metricsPort, '--metrics-port');
          },
        );
  if (http) {
    http.mount('/metrics', metricsHandler(runtime.queue.queue));
    console.log(`coxswain worker metrics on ${http.url}/metrics (/healthz, /readyz)`);
  }
  console.log(`coxswain worker ready (queue ${runtime.queue.queue.name}, prefix ${runtime.prefix}, pid ${process.pid})`);
  await untilSignal(async () => {
    await http?.close();
    await workers.close();
    await runtime.close();
    await tracing?.shutdown();
  });
  return 0;
}
