import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { CoxswainError } from '../../core/errors.ts';
import { wellFormed } from '../well-formed.ts';

const MAX_BODY_BYTES = 64 * 1024;
const DRAIN_LIMIT_BYTES = 16 * MAX_BODY_BYTES;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A reply carrying the Core's Result: 429 with Retry-After when the Core was too busy to start it (admission.ts). */
export function sendReply(res: ServerResponse, reply: { result: { retryAfterSeconds?: number } }): void {
  const after = reply.result.retryAfterSeconds;
  if (after !== undefined) res.setHeader('retry-after', String(after));
  sendJson(res, after !== undefined ? 429 : 200, reply);
}

/**
 * An error as JSON a page can show: the sentence, and the code to match on. A transient one (Redis restarting, a
 * timeout) is 503: try again, the server is not broken.
 */
export function sendError(res: ServerResponse, err: CoxswainError): void {
  const status = err.code === 'not_found' ? 404 : err.fault === 'request' ? 400 : err.transient ? 503 : 500;
  sendJson(res, status, { error: err.message, code: err.code });
}

/**
 * The playground has no login, so it must not be drivable by another web site open in the same browser: a
 * cross-origin page can send a POST, but not with `content-type: application/json` unless we answer a CORS
 * preflight (we never do), and any Origin header must be this server's own.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * DNS rebinding: a foreign site whose name resolves to this machine is same-origin with itself, so the Origin
 * check alone lets it in. The `Host` a browser sends must therefore be a name this server answers to: an IP
 * address (rebinding needs a name), `localhost`, or the HOST it was started with.
 */
export function knownHost(req: IncomingMessage, configuredHost: string): boolean {
  const host = req.headers.host;
  if (!host) return false;
  let name: string;
  try {
    name = new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (name.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return true;
  return name === 'localhost' || name.endsWith('.localhost') || name === configuredHost.toLowerCase();
}

/** A JSON body parsed by `schema`; a sentence naming the bad field otherwise. */
export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new CoxswainError('invalid_arguments', 'request', 'Send the body as JSON with content-type: application/json.');
  }
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Past the limit the rest is read and dropped, so the client gets the sentence instead of a reset connection;
    // a sender that keeps going is cut off.
    if (size > DRAIN_LIMIT_BYTES) {
      req.destroy();
      break;
    }
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) {
    throw new CoxswainError('invalid_arguments', 'request', `The request body is over ${MAX_BODY_BYTES} bytes; send less.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new CoxswainError('invalid_arguments', 'request', 'The request body is not valid JSON.');
  }
  // A lone surrogate (`\ud800`) cannot be stored or audited: it becomes U+FFFD here, before the Core.
  const parsed = schema.safeParse(wellFormed(json));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new CoxswainError('invalid_arguments', 'request', `The request body is not what the playground expects (${issues}).`);
  }
  return parsed.data;
}
