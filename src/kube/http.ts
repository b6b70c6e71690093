import { type HttpLibrary, type RequestContext, ResponseContext, wrapHttpLibrary } from '@kubernetes/client-node';
// The same fetch client-node itself uses, so the TLS dispatcher it builds from the kubeconfig fits.
import { fetch, Headers } from 'undici';

/** The person a call runs as when impersonation is configured. */
export interface Identity {
  user: string;
  groups?: string[];
}

/**
 * client-node's HTTP layer, plus two things it cannot do through middleware: a per-request timeout, and
 * one `Impersonate-Group` header per group (its header map holds a single value per name, and the API server
 * reads each header value as one group, so joining them with commas would name a group "a,b").
 */
export function kubeHttpLibrary(opts: { timeoutMs: number; identity?: Identity }): HttpLibrary {
  return wrapHttpLibrary({
    async send(request: RequestContext): Promise<ResponseContext> {
      const headers = new Headers(request.getHeaders());
      if (opts.identity) {
        headers.set('Impersonate-User', opts.identity.user);
        for (const g of opts.identity.groups ?? []) headers.append('Impersonate-Group', g);
      }
      const signal = request.getSignal() ?? AbortSignal.timeout(opts.timeoutMs);
      const resp = await fetch(request.getUrl(), {
        method: request.getHttpMethod().toString(),
        body: request.getBody() as string | undefined,
        headers,
        signal,
        dispatcher: request.getDispatcher(),
      });
      const out: Record<string, string> = {};
      resp.headers.forEach((value, name) => {
        out[name] = value;
      });
      return new ResponseContext(resp.status, out, {
        text: () => resp.text(),
        binary: async () => Buffer.from(await resp.arrayBuffer()),
        stream: () => resp.body as never,
      });
    },
  });
}
