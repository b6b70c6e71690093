import { type HttpLibrary, type RequestContext, ResponseContext, wrapHttpLibrary } from '@kubernetes/client-node';
// The same undici client-node itself uses, so the TLS dispatcher it builds from the kubeconfig fits.
import { request as undiciRequest } from 'undici';

/** The person a call runs as when impersonation is configured. */
export interface Identity {
  user: string;
  groups?: string[];
}

/**
 * client-node's HTTP layer, plus two things it cannot do itself: a per-request timeout, and one
 * `Impersonate-Group` header line per group. Its header map holds one value per name, and fetch folds repeated
 * headers into "a, b", which the API server reads as a single group called "a, b"; undici's request() sends
 * each line as given.
 */
export function kubeHttpLibrary(opts: { timeoutMs: number; identity?: Identity }): HttpLibrary {
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
        dispatcher: request.getDispatcher(),
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
