import { type HttpLibrary, type RequestContext, ResponseContext, wrapHttpLibrary } from '@kubernetes/client-node';
// The same undici client-node itself uses, so the TLS dispatcher it builds from the kubeconfig fits.
import { type Dispatcher, request as undiciRequest } from 'undici';

/** The person a call runs as when impersonation is configured. */
export interface Identity {
  user: string;
  groups?: string[];
}

/**
 * One connection pool per cluster. client-node builds a new undici Agent for every request from the kubeconfig's
 * TLS options, so each call would open (and leave open) its own TCP/TLS connection. The first Agent is kept and
 * reused; it is renewed every few minutes so that rotated client certificates are picked up.
 */
export class DispatcherPool {
  private current?: { dispatcher: Dispatcher; since: number };
  private readonly ttlMs: number;

  constructor(ttlMs = 5 * 60_000) {
    this.ttlMs = ttlMs;
  }

  pick(fresh: Dispatcher | undefined): Dispatcher | undefined {
    if (!fresh) return undefined;
    const now = Date.now();
    if (this.current && now - this.current.since < this.ttlMs) {
      // Never connected, so closing it is free.
      if (fresh !== this.current.dispatcher) void fresh.close();
      return this.current.dispatcher;
    }
    const old = this.current;
    this.current = { dispatcher: fresh, since: now };
    // close() lets requests in flight on the old pool finish.
    if (old) void old.dispatcher.close();
    return fresh;
  }
}

/**
 * client-node's HTTP layer, plus three things it cannot do itself: connection reuse (above), a per-request timeout, and one
 * `Impersonate-Group` header line per group. Its header map holds one value per name, and fetch folds repeated
 * headers into "a, b", which the API server reads as a single group called "a, b"; undici's request() sends
 * each line as given.
 */
export function kubeHttpLibrary(opts: { timeoutMs: number; identity?: Identity; pool: DispatcherPool }): HttpLibrary {
  return wrapHttpLibrary({
    async send(request: RequestContext): Promise<ResponseContext> {
      const headers: string[] = [];
      for (const [k, v] of Object.entries(request.getHeaders())) {
        // The person asking replaces any impersonation the kubeconfig itself carries.
        if (!(opts.identity && /^impersonate-/i.test(k))) headers.push(k, v);
      }
      if (opts.identity) {
        headers.push('Impersonate-User', opts.identity.user);
        for (const g of opts.identity.groups ?? []) headers.push('Impersonate-Group', g);
      }
      const resp = await undiciRequest(request.getUrl(), {
        method: request.getHttpMethod().toString() as 'GET',
        body: request.getBody() as string | undefined,
        headers,
        signal: request.getSignal() ?? AbortSignal.timeout(opts.timeoutMs),
        dispatcher: opts.pool.pick(request.getDispatcher()),
      });
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(resp.headers)) {
        if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const bytes = Buffer.from(await resp.body.arrayBuffer());
      return new ResponseContext(resp.statusCode, out, {
        text: async () => bytes.toString('utf8'),
        binary: async () => bytes,
        stream: () => new Blob([bytes]).stream(),
      });
    },
  });
}
