import { mountMcp } from '../../adapters/mcp/mount.ts';
import type { SlackAdapter } from '../../adapters/slack/index.ts';
import { buildRuntime, startWorkers } from '../../app/runtime.ts';
import { untilSignal } from '../../app/signals.ts';
import { loadConfig } from '../../config/config.ts';
import { metricsHandler } from '../../observability/http.ts';
import { startTracing } from '../../observability/tracing.ts';
import { type HttpServer, listenError, startHttpServer } from '../../server/http.ts';
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
  const started: { slack?: SlackAdapter; http?: HttpServer } = {};
  const stop = async () => {
    await started.http?.close();
    await started.slack?.stop();
    await workers.close();
    await runtime.close();
    await tracing?.shutdown();
  };
  let http: HttpServer;
  let mcp: boolean;
  try {
    // Slack (when SLACK_BOT_TOKEN is set): Socket Mode connects out; HTTP mode posts to /slack/events here. Bolt
    // and its Express stack (~40 MB) load only then.
    if (config.SLACK_BOT_TOKEN) started.slack = await (await import('../../adapters/slack/index.ts')).startSlack(runtime);
    http = started.http = await startHttpServer({
      port: config.PORT,
      host: config.HOST,
      readiness: runtimeReadiness(runtime),
    }).catch((err: unknown) => {
      throw listenError(err, config.HOST, config.PORT);
    });
    if (started.slack?.requestListener) http.mount('/slack', started.slack.requestListener);
    http.mount('/metrics', metricsHandler(runtime.queue.queue));
    mcp = mountMcp(http, runtime);
  } catch (err) {
    // A start-up that fails stops what already runs: the workers, Redis connections (and /healthz) kept a process
    // that had printed its error alive, taking jobs with /mcp or Slack missing.
    await stop();
    throw err;
  }
  const { slack } = started;
  console.log(
    `coxswain serving on ${http.url} (/healthz, /readyz, /metrics${mcp ? ', /mcp' : ''}${slack ? `, Slack over ${slack.mode === 'http' ? 'POST /slack/events' : 'Socket Mode'}` : ''})`,
  );
  await untilSignal(stop);
  return 0;
}
