import { parseArgs } from 'node:util';
import { buildRuntime, startWorkers } from '../../app/runtime.ts';
import { untilSignal } from '../../app/signals.ts';
import { loadConfig } from '../../config/config.ts';
import { CoxswainError } from '../../core/errors.ts';

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
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        concurrency: { type: 'string' },
        'lock-duration-ms': { type: 'string' },
        'stalled-interval-ms': { type: 'string' },
        'no-chaos': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (e) {
    throw new CoxswainError('invalid_arguments', 'request', `${(e as Error).message}. ${USAGE}`);
  }
  const str = (k: string) => values[k] as string | undefined;
  const runtime = await buildRuntime(loadConfig());
  const workers = startWorkers(runtime, {
    concurrency: positiveInt('concurrency', str('concurrency')),
    lockDurationMs: positiveInt('lock-duration-ms', str('lock-duration-ms')),
    stalledIntervalMs: positiveInt('stalled-interval-ms', str('stalled-interval-ms')),
    chaos: !values['no-chaos'],
  });
  await workers.worker.waitUntilReady();
  console.log(`coxswain worker ready (queue ${runtime.queue.queue.name}, prefix ${runtime.prefix}, pid ${process.pid})`);
  await untilSignal(async () => {
    await workers.close();
    await runtime.close();
  });
  return 0;
}
