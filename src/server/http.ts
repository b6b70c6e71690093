import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CoxswainError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A readiness check: resolves when the dependency answers, throws (with a sentence) when it does not. */
export type ReadinessCheck = () => Promise<void>;

export interface HttpServer {
  url: string;
  /** Routes every request whose path starts with `prefix` (e.g. `/slack`, `/mcp`, `/metrics`) to `handler`; the longest prefix wins. */
  mount(prefix: string, handler: HttpHandler): void;
  close(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 3000;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Rejects after CHECK_TIMEOUT_MS with a sentence naming the dependency, so a hung check cannot hang /readyz. */
function timeoutOf(name: string): Promise<never> {
  return new Promise((_, reject) => {
    const why = `${name} did not answer within ${CHECK_TIMEOUT_MS / 1000} s; check that it is up and that coxswain can reach it.`;
    setTimeout(() => reject(new Error(why)), CHECK_TIMEOUT_MS).unref();
  });
}

async function runChecks(checks: Record<string, ReadinessCheck>): Promise<{ ok: boolean; checks: Record<string, string> }> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await Promise.race([check(), timeoutOf(name)]);
        return [name, 'ok'] as const;
      } catch (err) {
        return [name, (err as Error).message] as const;
      }
    }),
  );
  return { ok: entries.every(([, v]) => v === 'ok'), checks: Object.fromEntries(entries) };
}

/**
 * Why the server could not listen, as a start-up sentence naming the setting to change: a port in use, a HOST
 * that is not this machine's or does not resolve (was "Something went wrong inside coxswain: listen EADDRINUSE").
 */
export function listenError(err: unknown, host: string, port: number, portSetting = 'PORT'): CoxswainError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'EADDRINUSE'
      ? `port ${port} is already in use; set ${portSetting} to a free one (0 picks one)`
      : code === 'EACCES'
        ? `port ${port} needs privileges here; set ${portSetting} above 1023`
        : code === 'EADDRNOTAVAIL'
          ? `${host} is not an address of this machine; set HOST to one (127.0.0.1, or 0.0.0.0 for every interface)`
          : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? `the name ${host} does not resolve; check HOST`
            : `${(err as Error).message}; check HOST and ${portSetting}`;
  return new CoxswainError('unavailable', 'system', `coxswain could not listen on ${host}:${port}: ${why}.`, { cause: err });
}

/**
 * The one HTTP server of `coxswain serve`: `/healthz` (the process is alive), `/readyz` (every readiness check
 * answers: Redis, the cluster), and whatever adapters mount.
 */
export async function startHttpServer(opts: {
  port: number;
  host: string;
  readiness: Record<string, ReadinessCheck>;
}): Promise<HttpServer> {
  const mounts: { prefix: string; handler: HttpHandler }[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/healthz') return send(res, 200, { ok: true });
      if (path === '/readyz') {
        const r = await runChecks(opts.readiness);
        return send(res, r.ok ? 200 : 503, r);
      }
      const mount = mounts.find((m) => path === m.prefix || path.startsWith(m.prefix.endsWith('/') ? m.prefix : `${m.prefix}/`));
      if (mount) return await mount.handler(req, res);
      send(res, 404, { error: `Nothing is served at ${path}. Try /healthz or /readyz.` });
    } catch (err) {
      logger.error({ path, err: (err as Error).message }, 'an HTTP handler failed');
      if (!res.headersSent) send(res, 500, { error: 'coxswain could not answer this request; the logs say why.' });
      else res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`,
    mount(prefix, handler) {
      mounts.push({ prefix, handler });
      mounts.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
