import { ApiException } from '@kubernetes/client-node';
import { CoxswainError } from '../core/errors.ts';

/** What a call was doing, so an error can say who was refused what. */
export interface CallContext {
  verb: string;
  /** Kubernetes resource words, e.g. "deployment", "rollout", "pods/log". */
  resource: string;
  namespace?: string;
  name?: string;
  /** The impersonated person, when there is one. */
  user?: string;
}

const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/** The HTTP status of a failed call: client-node's ApiException, or any error carrying a numeric `status`. */
export function httpStatus(err: unknown): number | undefined {
  if (err instanceof ApiException) return err.code;
  const status = (err as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function networkCode(err: unknown): string | undefined {
  for (let e: unknown = err, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const o = e as { code?: unknown; name?: unknown };
    if (o.name === 'TimeoutError' || o.name === 'AbortError') return 'ETIMEDOUT';
    if (typeof o.code === 'string') return o.code;
  }
  return undefined;
}

/** 429, 5xx, timeouts and dropped connections may succeed on a later try; other 4xx never will. */
export function isRetryable(err: unknown): boolean {
  const status = httpStatus(err);
  if (status !== undefined) return status === 429 || status >= 500;
  const code = networkCode(err);
  return code !== undefined && TRANSIENT_NETWORK.has(code);
}

/** Retry-After in milliseconds (seconds or an HTTP date), when the server sent one. */
export function retryAfterMs(err: unknown): number | undefined {
  if (!(err instanceof ApiException)) return undefined;
  const headers = err.headers as Record<string, string> | undefined;
  const v = headers?.['retry-after'] ?? headers?.['Retry-After'];
  if (!v) return undefined;
  const secs = Number(v);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

interface StatusBody {
  message?: string;
  reason?: string;
  details?: { causes?: { field?: string; message?: string }[] };
}

function statusBody(err: ApiException<unknown>): StatusBody {
  const b = err.body;
  if (b && typeof b === 'object') return b as StatusBody;
  if (typeof b === 'string') {
    try {
      return JSON.parse(b) as StatusBody;
    } catch {
      return { message: b.slice(0, 300) };
    }
  }
  return {};
}

export function targetWords(c: CallContext): string {
  if (c.name) return `${c.resource} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
  return c.namespace ? `${c.resource} in namespace ${c.namespace}` : c.resource;
}

/** Any failure of a Kubernetes call as a sentence a person can act on. */
export function kubeError(err: unknown, c: CallContext): CoxswainError {
  if (err instanceof CoxswainError) return err;
  const what = targetWords(c);
  if (!(err instanceof ApiException)) {
    const code = networkCode(err);
    const detail = code ?? (err instanceof Error ? err.message : String(err));
    return new CoxswainError(
      'unavailable',
      'cluster',
      `The Kubernetes API did not answer while trying to ${c.verb} ${what} (${detail}). Check that the cluster is reachable and try again.`,
      { transient: true, cause: err },
    );
  }
  const body = statusBody(err);
  const said = body.message ? ` (${body.message})` : '';
  const status = err.code;
  if (status === 404) {
    return new CoxswainError('not_found', 'request', `${what} not found. List what exists with list_workloads or list_pods.`, {
      cause: err,
    });
  }
  if (status === 401) {
    return new CoxswainError(
      'forbidden',
      'cluster',
      `The cluster rejected coxswain's credentials while trying to ${c.verb} ${what}${said}. Refresh the kubeconfig coxswain uses.`,
      { cause: err },
    );
  }
  if (status === 403) {
    const who = c.user ? `${c.user} is` : "coxswain's service account is";
    const scope = c.namespace ? ` in namespace ${c.namespace}` : '';
    return new CoxswainError(
      'forbidden',
      'policy',
      `${who} not allowed to ${c.verb} ${what}${said}. Ask a cluster admin for RBAC permission to ${c.verb} ${c.resource}${scope}.`,
      { cause: err },
    );
  }
  if (status === 409) {
    return new CoxswainError(
      'conflict',
      'cluster',
      `${what} changed while coxswain was working on it${said}. Look at it again and retry.`,
      { cause: err },
    );
  }
  if (status === 422 || status === 400) {
    const causes = (body.details?.causes ?? []).map((x) => [x.field, x.message].filter(Boolean).join(': ')).filter(Boolean);
    const why = causes.length ? causes.join('; ') : (body.message ?? 'invalid request');
    return new CoxswainError(
      'invalid_arguments',
      'request',
      `Kubernetes refused to ${c.verb} ${what}: ${why}. Fix the arguments and try again.`,
      { cause: err },
    );
  }
  if (status === 429 || status >= 500) {
    return new CoxswainError(
      'unavailable',
      'cluster',
      `The Kubernetes API is busy or failing (HTTP ${status}) while trying to ${c.verb} ${what}${said}. Try again in a minute.`,
      { transient: true, cause: err },
    );
  }
  return new CoxswainError(
    'internal',
    'cluster',
    `Kubernetes answered HTTP ${status} while trying to ${c.verb} ${what}${said}. Check the cluster and try again.`,
    { cause: err },
  );
}

// Kept here for callers outside kube that still import it from errors; the helper lives in names.ts.
