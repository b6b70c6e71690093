import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { z } from 'zod';
import { logger, redactText } from '../../observability/logger.ts';
import { hasLoneSurrogate, wellFormed } from '../well-formed.ts';

/** Slack's own limit on a request's age; a clock further ahead than this is refused the same way. */
const MAX_SKEW_SECONDS = 5 * 60;
/** Slack payloads are far smaller; a body over this is refused without reaching Bolt. */
const BODY_LIMIT_BYTES = 1024 * 1024;
/** Past the limit the rest is read and dropped (so the client gets the 413); a sender that keeps going is cut off. */
const DRAIN_LIMIT_BYTES = 8 * BODY_LIMIT_BYTES;

/** A signed request that could not be taken, for the audit log: why, and the start of what came in. */
export interface RefusedSlackInput {
  reason: string;
  received: string;
}

export interface SlackHttpGuardOptions {
  signingSecret: string;
  onRefused?: (input: RefusedSlackInput) => Promise<void>;
  /** Seconds since the epoch (tests move the clock). */
  now?: () => number;
}

function refuse(res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error }));
}

/** The body, or undefined (after answering 413) when it is over the limit. */
async function readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > DRAIN_LIMIT_BYTES) {
      req.destroy();
      return undefined;
    }
    if (size <= BODY_LIMIT_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > BODY_LIMIT_BYTES) {
    refuse(res, 413, `The request body is over ${BODY_LIMIT_BYTES} bytes; Slack never sends that much. Nothing was done.`);
    return undefined;
  }
  return Buffer.concat(chunks);
}

/** Slack's v0 signature over `v0:TIMESTAMP:BODY`, compared in constant time. */
function signatureMatches(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const ours = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const theirs = Buffer.from(signature);
  return ours.length === theirs.length && timingSafeEqual(ours, theirs);
}

/** Bolt's own rule: exactly this content type is a form; anything else is parsed as JSON (so must be checked as JSON). */
const isForm = (contentType: string) => contentType === 'application/x-www-form-urlencoded';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The payload as Bolt will parse it (a JSON object, a form, or a form's `payload` JSON), or a sentence saying
 * why it is not one. Slack only ever sends objects: `null`, arrays and numbers are someone else's doing.
 */
function payloadOf(
  body: string,
  contentType: string,
): { form?: Record<string, unknown>; json?: Record<string, unknown> } | string {
  const form = isForm(contentType);
  let value: unknown;
  try {
    if (form) {
      const fields = parseForm(body);
      if (typeof fields.payload !== 'string') return shapeProblem(fields) ?? { form: fields };
      value = JSON.parse(fields.payload);
    } else {
      value = JSON.parse(body);
    }
  } catch {
    return form ? 'its `payload` field is not JSON' : 'the body is not JSON';
  }
  if (!isPlainObject(value)) {
    return `${form ? 'its `payload` is' : 'the body is'} ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not an object`;
  }
  return shapeProblem(value) ?? { json: value };
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * The fields the mention and message listeners read, as Slack types them: a signed `"channel": 5` or
 * `"text": null` made a listener throw, so the person got no answer and nothing was audited.
 */
const MessageEventSchema = z.object({
  channel: z.string(),
  ts: z.string(),
  text: z.string().optional(),
  user: z.string().optional(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  channel_type: z.string().optional(),
  bot_id: z.string().optional(),
});
/** A mention always carries its words. */
const MentionEventSchema = MessageEventSchema.extend({ text: z.string() });

/**
 * What Bolt reads before any listener runs, for each kind of payload Slack sends, and the ids a delivery is made
 * once by (`event_id`, `trigger_id`: without them every such payload shared the key `undefined`, and all after
 * the first were dropped as repeats). A signed object without it (`"event": null`, `"actions": null`,
 * `"channel": null`, `"view": null`) made Bolt throw and answer 500, which Slack would retry.
 */
function shapeProblem(body: Record<string, unknown>): string | undefined {
  if (body.command !== undefined) {
    const missing = ['command', 'user_id', 'channel_id', 'trigger_id'].filter((k) => !isString(body[k]));
    // Slack always sends `text`, empty when nothing was typed.
    if (typeof body.text !== 'string') missing.push('text');
    return missing.length ? `a slash command without ${missing.join(', ')}` : undefined;
  }
  if (!isString(body.type)) return 'it has no `type`';
  if (body.type === 'event_callback') {
    const event = body.event;
    if (!isPlainObject(event) || !isString(event.type)) return 'an event callback without an `event` object';
    if (!isString(body.event_id)) return 'an event callback without an `event_id`';
    const schema = event.type === 'app_mention' ? MentionEventSchema : event.type === 'message' ? MessageEventSchema : undefined;
    const fields = schema?.safeParse(event);
    if (fields && !fields.success) {
      return `a ${event.type} event whose ${fields.error.issues.map((i) => `\`${i.path.join('.')}\``).join(', ')} is not text`;
    }
    const auths = body.authorizations;
    return auths === undefined || (Array.isArray(auths) && auths.every(isPlainObject))
      ? undefined
      : 'an event callback whose `authorizations` is not a list of objects';
  }
  if (body.type === 'url_verification' || body.type === 'app_rate_limited') return undefined;
  // Interactivity payloads (buttons, shortcuts, views) all name the user who acted.
  if (!isPlainObject(body.user) || !isString(body.user.id)) return `a ${body.type} payload without a \`user\``;
  if (body.channel !== undefined && !isPlainObject(body.channel))
    return `a ${body.type} payload whose \`channel\` is not an object`;
  if (
    (body.type === 'block_actions' || body.actions !== undefined) &&
    (!Array.isArray(body.actions) || !body.actions.every(isPlainObject))
  ) {
    return `a ${body.type} payload without \`actions\``;
  }
  if (body.type === 'block_actions' && !isString(body.trigger_id)) return 'a block_actions payload without a `trigger_id`';
  if ((body.type === 'view_submission' || body.type === 'view_closed') && !isPlainObject(body.view)) {
    return `a ${body.type} payload without a \`view\``;
  }
  return undefined;
}

/** The body Bolt gets: the same bytes, unless a lone surrogate had to be repaired (then re-encoded the same way). */
function repaired(raw: Buffer, contentType: string, json: Record<string, unknown> | undefined): Buffer {
  if (!json || !hasLoneSurrogate(json)) return raw;
  const fixed = JSON.stringify(wellFormed(json));
  if (!isForm(contentType)) return Buffer.from(fixed);
  const form = new URLSearchParams(raw.toString());
  form.set('payload', fixed);
  return Buffer.from(form.toString());
}

/**
 * In front of Bolt's HTTP listener, which is built with its own verification off: this checks everything Bolt
 * checked and what it did not. The signature; the timestamp within 5 minutes either way (Bolt only refuses old
 * ones); the size; the shape (a signed `null` body made Bolt throw outside any handler and took the process
 * down); and invalid UTF-16, repaired before a listener sees it. A signed request that is refused is reported to
 * `onRefused`, so the audit log shows what came in.
 */
export function guardSlackRequests(listener: RequestListener, opts: SlackHttpGuardOptions): RequestListener {
  const now = opts.now ?? (() => Math.floor(Date.now() / 1000));
  const report = (reason: string, body: string) =>
    opts.onRefused?.({ reason, received: redactText(body.slice(0, 200)) }).catch((err: unknown) => {
      logger.warn({ err: (err as Error).message, reason }, 'a refused Slack request could not be recorded');
    });

  const guard = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return refuse(res, 405, 'Slack posts to this endpoint; nothing else is served here.');
    const raw = await readBody(req, res);
    if (!raw) return;
    const text = raw.toString('utf8');
    const contentType = String(req.headers['content-type'] ?? '');
    // Slack's SSL check is unsigned by design: answer it here and let nothing it carries go further.
    if (isForm(contentType) && parseForm(text).ssl_check === '1') {
      res.writeHead(200);
      return res.end();
    }
    const timestamp = String(req.headers['x-slack-request-timestamp'] ?? '');
    const signature = String(req.headers['x-slack-signature'] ?? '');
    if (!/^\d{1,12}$/.test(timestamp) || !signature) {
      return refuse(res, 401, 'This request is not signed by Slack (X-Slack-Signature and X-Slack-Request-Timestamp).');
    }
    const skew = Number(timestamp) - now();
    if (Math.abs(skew) > MAX_SKEW_SECONDS) {
      logger.warn({ skewSeconds: skew }, 'slack request refused: timestamp more than 5 minutes from now');
      return refuse(
        res,
        401,
        `This request's timestamp is ${Math.abs(skew)} s in the ${skew > 0 ? 'future' : 'past'}; only requests within 5 minutes of now are taken (check this machine's clock).`,
      );
    }
    if (!signatureMatches(opts.signingSecret, timestamp, raw, signature)) {
      return refuse(res, 401, 'The signature does not match SLACK_SIGNING_SECRET.');
    }
    const payload = payloadOf(text, contentType);
    if (typeof payload === 'string') {
      logger.warn({ reason: payload }, 'signed slack request refused: not a Slack payload');
      await report(`not a Slack payload: ${payload}`, text);
      return refuse(res, 400, `This is not a Slack payload: ${payload}. Nothing was done.`);
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = repaired(raw, contentType, payload.json);
    listener(req, res);
  };

  return (req, res) => {
    guard(req, res).catch((err: unknown) => {
      logger.error({ err: (err as Error).message }, 'a Slack request could not be read');
      if (!res.headersSent) refuse(res, 400, 'The request could not be read. Nothing was done.');
      else res.end();
    });
  };
}
