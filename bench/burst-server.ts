/**
 * The server `npm run bench:burst` measures, in a process of its own: one runtime with its workers behind one HTTP
 * server carrying every adapter that speaks HTTP (the playground API, /mcp, Slack events) and /healthz, as
 * `coxswain start` and `coxswain serve` mount them. Configured by the environment; prints its URL.
 */
import { mountMcp } from '../src/adapters/mcp/mount.ts';
import { startSlack } from '../src/adapters/slack/index.ts';
import { mountPlayground } from '../src/adapters/web/index.ts';
import { buildRuntime, startWorkers } from '../src/app/runtime.ts';
import { untilSignal } from '../src/app/signals.ts';
import { loadConfig } from '../src/config/config.ts';
import { startHttpServer } from '../src/server/http.ts';

const config = loadConfig();
const runtime = await buildRuntime(config);
const workers = startWorkers(runtime, { chaos: false });
const slack = await startSlack(runtime);
const http = await startHttpServer({ port: config.PORT, host: config.HOST, readiness: {} });
const playground = mountPlayground(http, runtime);
mountMcp(http, runtime);
if (slack?.requestListener) http.mount('/slack', slack.requestListener);
console.log(`burst server on ${http.url}`);
await untilSignal(async () => {
  playground.close();
  await http.close();
  await slack?.stop();
  await workers.close();
  await runtime.close();
});
