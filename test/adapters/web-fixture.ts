import { mountPlayground, type Playground, type WebReply } from '../../src/adapters/web/index.ts';
import { type HttpServer, startHttpServer } from '../../src/server/http.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/** The playground's HTTP API on a free loopback port, on a test runtime (sandbox, private Redis prefix, workers). */
export interface WebFixture {
  t: TestRuntime;
  url: string;
  /** POST a JSON body; returns the status and the parsed answer. */
  post(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: WebReply & { error?: string; code?: string } }>;
  get(path: string): Promise<{ status: number; json: unknown }>;
  close(): Promise<void>;
}

export async function startWebFixture(): Promise<WebFixture> {
  const t = await startTestRuntime();
  let http: HttpServer | undefined;
  let playground: Playground | undefined;
  try {
    http = await startHttpServer({ port: 0, host: '127.0.0.1', readiness: {} });
    playground = mountPlayground(http, t.runtime);
  } catch (err) {
    await t.close();
    throw err;
  }
  const url = http.url;
  return {
    t,
    url,
    post: async (path, body, headers = {}) => {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
    get: async (path) => {
      const res = await fetch(`${url}${path}`);
      return { status: res.status, json: await res.json() };
    },
    close: async () => {
      playground?.close();
      await http?.close();
      await t.close();
    },
  };
}
