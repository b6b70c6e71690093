import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { CoxswainError } from '../../core/errors.ts';

const MAX_BODY_BYTES = 64 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** An error as JSON a page can show: the sentence, and the code to match on. */
export function sendError(res: ServerResponse, err: CoxswainError): void {
  const status = err.code === 'not_found' ? 404 : err.fault === 'request' ? 400 : 500;
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

/** A JSON body parsed by `schema`; a sentence naming the bad field otherwise. */
export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new CoxswainError('invalid_arguments', 'request', 'Send the body as JSON with content-type: application/json.');
  }
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new CoxswainError('invalid_arguments', 'request', `The request body is over ${MAX_BODY_BYTES} bytes; send less.`);
    }
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new CoxswainError('invalid_arguments', 'request', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new CoxswainError('invalid_arguments', 'request', `The request body is not what the playground expects (${issues}).`);
  }
  return parsed.data;
}
