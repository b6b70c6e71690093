import { mountMcp } from '../../adapters/mcp/mount.ts';
import { startSlack } from '../../adapters/slack/index.ts';
import { buildRuntime, startWorkers } from '../../app/runtime.ts';
import { untilSignal } from '../../app/signals.ts';
import { loadConfig } from '../../config/config.ts';
import { metricsHandler } from '../../observability/http.ts';
import { startTracing } from '../../observability/tracing.ts';
import { listenError, startHttpServer } from '../../server/http.ts';
import { runtimeReadiness } from '../readiness.ts';

/**
 * `coxswain serve`: the runtime, its workers and the HTTP server (`/healthz`, `/readyz`, and what the adapters
 * mount), until SIGTERM/SIGINT.
 */
export default async function serve(argv: string[]): Promise<number> {
  if (argv.length) {
    console.error('usage: coxswain serve   (configured by the environment: see .env.example)');
    return 2;
  }
  const config = loadConfig();
  const tracing = startTracing(config);
  const runtime = await buildRuntime(config, { watchInventory: true });
  const workers = startWorkers(runtime);
  // A start-up that fails stops what already runs: the workers and Redis connections kept a process that had
  // printed its error alive, taking jobs with nothing listening.
  const stopStarted = async () => {
    await workers.close();
    await runtime.close();
    await tracing?.shutdown();
  };
  // Slack (when SLACK_BOT_TOKEN is set): Socket Mode connects out; HTTP mode posts to /slack/events here.
  const slack = await startSlack(runtime).catch(async (err: unknown) => {
    await stopStarted();
    throw err;
  });
  const http = await startHttpServer({
    port: config.PORT,
    host: config.HOST,
    readiness: runtimeReadiness(runtime),
  }).catch(async (err: unknown) => {
    await slack?.stop();
    await stopStarted();
    throw listenError(err, config.HOST, config.PORT);
  });
  if (slack?.requestListener) http.mount('/slack', slack.requestListener);
  http.mount('/metrics', metricsHandler(runtime.queue.queue));
  const mcp = mountMcp(http, runtime);
  console.log(
    `coxswain serving on ${http.url} (/healthz, /readyz, /metrics${mcp ? ', /mcp' : ''}${slack ? `, Slack over ${slack.mode === 'http' ? 'POST /slack/events' : 'Socket Mode'}` : ''})`,
  );
  await untilSignal(async () => {
    await http.close();
    await slack?.stop();
    await workers.close();
    await runtime.close();
    await tracing?.shutdown();
  });
  return 0;
}
