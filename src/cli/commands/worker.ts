import { buildRuntime, startWorkers } from '../../app/runtime.ts';
import { untilSignal } from '../../app/signals.ts';
import { loadConfig } from '../../config/config.ts';
import { CoxswainError } from '../../core/errors.ts';
import { parseCommandArgs } from '../args.ts';

const USAGE = 'usage: coxswain worker [--concurrency N] [--lock-duration-ms MS] [--stalled-interval-ms MS] [--no-chaos]';

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new CoxswainError('invalid_arguments', 'request', `--${name} must be a whole number above 0, not "${v}". ${USAGE}`);
  return n;
}

/**
 * `coxswain worker`: execution workers (WORKER_CONCURRENCY jobs at once) and the chaos reconciler, until
 * SIGTERM/SIGINT, which waits for the active jobs. A shorter --lock-duration-ms makes a crashed worker's job
 * come back sooner (at the cost of more lock renewals).
 */
export default async function worker(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, USAGE, {
    concurrency: { type: 'string' },
    'lock-duration-ms': { type: 'string' },
    'stalled-interval-ms': { type: 'string' },
    'no-chaos': { type: 'boolean' },
  });
  if (!parsed) return 0;
  const { values } = parsed;
  const settings = {
    concurrency: positiveInt('concurrency', values.concurrency),
    lockDurationMs: positiveInt('lock-duration-ms', values['lock-duration-ms']),
    stalledIntervalMs: positiveInt('stalled-interval-ms', values['stalled-interval-ms']),
    chaos: !values['no-chaos'],
  };
  const runtime = await buildRuntime(loadConfig());
  const workers = startWorkers(runtime, settings);
  await workers.worker.waitUntilReady();
  console.log(`coxswain worker ready (queue ${runtime.queue.queue.name}, prefix ${runtime.prefix}, pid ${process.pid})`);
  await untilSignal(async () => {
    await workers.close();
    await runtime.close();
  });
  return 0;
}
