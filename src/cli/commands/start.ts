import { join, resolve } from 'node:path';
import { mountPlayground } from '../../adapters/web/index.ts';
import { startLocalRedis } from '../../app/local-redis.ts';
import { buildRuntime, startWorkers } from '../../app/runtime.ts';
import { untilSignal } from '../../app/signals.ts';
import { loadConfig } from '../../config/config.ts';
import { CoxswainError } from '../../core/errors.ts';
import { logger } from '../../observability/logger.ts';
import { startSandbox } from '../../sandbox/index.ts';
import { startHttpServer } from '../../server/http.ts';
import { runtimeReadiness } from '../readiness.ts';
import { parseScale } from '../scale.ts';

const USAGE = 'usage: coxswain start   (PORT, HOST, REDIS_URL, OPENAI_API_KEY, COXSWAIN_DATA_DIR: see .env.example)';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Things started so far, stopped in reverse order whether start-up finished or not. */
type Stop = () => Promise<void> | void;

async function stopAll(stops: Stop[]): Promise<void> {
  for (const stop of stops.reverse()) {
    try {
      await stop();
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'stopping a part of coxswain start failed');
    }
  }
}

function listenError(err: unknown, port: number): CoxswainError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'EADDRINUSE' ? `port ${port} is already in use` : (err as Error).message;
  return new CoxswainError(
    'unavailable',
    'system',
    `The playground could not listen: ${why}. Start with another port, e.g. PORT=8081 npm start (PORT=0 picks a free one).`,
    { cause: err },
  );
}

/**
 * `coxswain start` (`npm start`): everything on one machine in one process tree — the sandbox cluster, Redis
 * (REDIS_URL, or a private redis-server child with its data under .coxswain/redis), the worker, the planner
 * (offline, or the LLM one when OPENAI_API_KEY is set) and the web playground — until Ctrl-C or SIGTERM.
 */
export default async function start(argv: string[]): Promise<number> {
  if (argv.length) {
    console.error(USAGE);
    return 2;
  }
  if (!process.env.LOG_LEVEL) logger.level = 'warn';
  const base = loadConfig();
  const dataDir = resolve(base.COXSWAIN_DATA_DIR);
  const stops: Stop[] = [];
  try {
    let redisUrl = base.REDIS_URL;
    if (!redisUrl) {
      const redis = await startLocalRedis({ dir: join(dataDir, 'redis') });
      stops.push(() => redis.stop());
      redisUrl = redis.url;
    }

    const kubeconfig = join(dataDir, 'sandbox.kubeconfig');
    const scale = parseScale(process.env.COXSWAIN_SANDBOX_SCALE, 'COXSWAIN_SANDBOX_SCALE');
    const sandbox = await startSandbox({ kubeconfigPath: kubeconfig, scale });
    stops.push(() => sandbox.stop());

    // The sandbox is this command's cluster whatever the shell's KUBECONFIG says; the rest stays configurable.
    const config = loadConfig({
      ...process.env,
      REDIS_URL: redisUrl,
      KUBECONFIG: kubeconfig,
      COXSWAIN_CLUSTERS: '',
      COXSWAIN_DEFAULT_CLUSTER: '',
      COXSWAIN_NAMESPACE_ALIASES: process.env.COXSWAIN_NAMESPACE_ALIASES || 'prod=production,stg=staging,stage=staging',
    });
    const runtime = await buildRuntime(config, { watchInventory: true });
    stops.push(() => runtime.close());
    const workers = startWorkers(runtime);
    stops.push(() => workers.close());

    const http = await startHttpServer({
      port: config.PORT,
      host: config.HOST,
      readiness: runtimeReadiness(runtime),
    }).catch((err: unknown) => {
      throw listenError(err, config.PORT);
    });
    stops.push(() => http.close());
    const playground = mountPlayground(http, runtime);
    stops.push(() => playground.close());

    const planner = config.PLANNER === 'offline' || (config.PLANNER === 'auto' && !config.OPENAI_API_KEY) ? 'offline' : 'LLM';
    console.log(
      [
        `coxswain is running. Open the playground: ${http.url}/`,
        '',
        `  sandbox cluster  ${sandbox.url}  (kubectl --kubeconfig ${kubeconfig} get deploy -A)`,
        // A REDIS_URL may carry a password: only the private server's address is printed.
        `  redis            ${base.REDIS_URL ? 'REDIS_URL' : `${redisUrl} (private redis-server, data in ${join(dataDir, 'redis')})`}`,
        `  planner          ${planner}${planner === 'offline' ? ' (set OPENAI_API_KEY for the LLM planner)' : ` (${config.OPENAI_MODEL})`}`,
        `  people           ${runtime
          .policy()
          .people.map((p) => `${p.id} (${p.roles.join(', ')})`)
          .join(', ')}: pick one on the page`,
        '',
        LOOPBACK.has(config.HOST)
          ? `The playground has no login: it listens on ${config.HOST} only. Press Ctrl-C to stop.`
          : `WARNING: the playground has no login and HOST=${config.HOST} lets other machines act as anyone in the policy. Unset HOST unless this network is yours alone. Press Ctrl-C to stop.`,
      ].join('\n'),
    );
    await untilSignal(() => stopAll(stops));
    console.log('coxswain stopped.');
    return 0;
  } catch (err) {
    await stopAll(stops);
    throw err;
  }
}
