import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, createServer, type IncomingMessage, request } from 'node:http';

export interface SlowApi {
  /** http://127.0.0.1:PORT: point a kubeconfig here instead of at the API server. */
  url: string;
  /**
   * The next `times` writes (POST, PUT, PATCH, DELETE; never dry runs) whose path includes `pathIncludes` are held
   * `ms` before they reach the API server, which then applies them whether or not the client is still waiting:
   * a write that lands after its caller timed out.
   */
  holdWrites(rule: { ms: number; times?: number; pathIncludes?: string }): void;
  /** Every answer (reads too) reaches the client `ms` after the API server gave it. */
  delayAnswers(ms: number): void;
  /** Writes still held (not yet forwarded). */
  readonly holding: number;
  clear(): void;
  /** Copies a kubeconfig, pointing its server at this proxy. */
  kubeconfigFrom(source: string, dest: string): void;
  close(): Promise<void>;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A slow Kubernetes API: an HTTP proxy in the test process in front of the API server (the sandbox) that holds
 * writes or delays answers, the ways a loaded or partitioned API server looks to a client.
 */
export async function startSlowApi(target: string): Promise<SlowApi> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  let rules: { ms: number; left: number; pathIncludes?: string }[] = [];
  let answerDelay = 0;
  let holding = 0;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const holdFor = (req: IncomingMessage): number => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!WRITES.has(req.method ?? '') || url.searchParams.getAll('dryRun').includes('All')) return 0;
    const rule = rules.find((r) => !r.pathIncludes || url.pathname.includes(r.pathIncludes));
    if (!rule) return 0;
    rule.left -= 1;
    if (rule.left <= 0) rules = rules.filter((r) => r !== rule);
    return rule.ms;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const hold = holdFor(req);
      const forward = () => {
        holding -= hold > 0 ? 1 : 0;
        const up = request(
          {
            host: upstream.hostname,
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
            agent,
          },
          (answer) => {
            const body: Buffer[] = [];
            answer.on('data', (c: Buffer) => body.push(c));
            answer.on('end', () =>
              later(answerDelay, () => {
                if (res.destroyed) return;
                res.writeHead(answer.statusCode ?? 502, answer.headers);
                res.end(Buffer.concat(body));
              }),
            );
          },
        );
        up.on('error', () => {
          if (!res.destroyed) res.destroy();
        });
        up.end(Buffer.concat(chunks));
      };
      if (hold > 0) {
        holding += 1;
        later(hold, forward);
      } else forward();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    url,
    holdWrites: (rule) => {
      rules.push({ ms: rule.ms, left: rule.times ?? 1, pathIncludes: rule.pathIncludes });
    },
    delayAnswers: (ms) => {
      answerDelay = ms;
    },
    get holding() {
      return holding;
    },
    clear: () => {
      rules = [];
      answerDelay = 0;
    },
    kubeconfigFrom: (source, dest) => {
      writeFileSync(dest, readFileSync(source, 'utf8').replaceAll(target, url), { mode: 0o600 });
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
