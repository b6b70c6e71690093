import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachSocketMode, type FakeSocketMode } from './fake-socket-mode.ts';

/** One recorded Web API call: the method and its arguments (JSON-valued fields like `blocks` parsed). */
export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  /** What the stand-in answered (e.g. the `ts` of a posted message). */
  response: Record<string, unknown>;
}

export interface FakeSlack {
  /** Web API base URL for SLACK_API_URL / clientOptions.slackApiUrl (ends with `/api/`). */
  apiUrl: string;
  /** Base of the server, for response_url values in payloads (`${baseUrl}/response/ID`). */
  baseUrl: string;
  calls: SlackCall[];
  /** Bytes sent to upload URLs (files.uploadV2's middle step), by file id. */
  uploads: Map<string, Buffer>;
  /** Bodies posted to response_url, in order. */
  responses: unknown[];
  /** Socket Mode: `apps.connections.open` hands out this endpoint's URL. */
  socket: FakeSocketMode;
  callsOf(method: string): SlackCall[];
  /** Resolves with the first call of `method` matching `pred`, waiting for it to arrive (rejects after `timeoutMs`). */
  waitFor(method: string, pred?: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  /** The first call of any method matching `pred`. */
  waitForCall(pred: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  close(): Promise<void>;
}

export interface FakeSlackOptions {
  teamId?: string;
  botUserId?: string;
  /** users.info answers: Slack user id → email. Unknown users get no email. */
  emails?: Record<string, string>;
  /** User groups: id → handle and member ids (usergroups.list, usergroups.users.list). */
  userGroups?: Record<string, { handle: string; users: string[] }>;
}

const JSON_FIELDS = ['blocks', 'attachments', 'files', 'metadata'];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(req: IncomingMessage, raw: Buffer): Record<string, unknown> {
  const type = req.headers['content-type'] ?? '';
  const args: Record<string, unknown> = type.includes('application/json')
    ? (JSON.parse(raw.toString() || '{}') as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(raw.toString()));
  for (const k of JSON_FIELDS) {
    if (typeof args[k] === 'string') {
      try {
        args[k] = JSON.parse(args[k] as string);
      } catch {
        // left as text: Slack would refuse it, and the test will see the raw value
      }
    }
  }
  return args;
}

/** The file of an upload: the raw body, or the file part of a multipart body (as the Node SDK sends it). */
async function uploadedBytes(req: IncomingMessage, raw: Buffer): Promise<Buffer> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return raw;
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
  // The Node SDK sends the bytes as the `body` field; `file` is what a browser form would use.
  const part = form.get('body') ?? form.get('file');
  return part && typeof part !== 'string' ? Buffer.from(await part.arrayBuffer()) : Buffer.alloc(0);
}

/**
 * A local stand-in for the Slack Web API (node:http): answers the methods coxswain uses the way Slack does and
 * records every call, so tests assert on what the bot sent without a workspace.
 */
export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const teamId = opts.teamId ?? 'T0TEST';
  const botUserId = opts.botUserId ?? 'U0BOT';
  const calls: SlackCall[] = [];
  const uploads = new Map<string, Buffer>();
  const responses: unknown[] = [];
  const waiters = new Set<() => void>();
  let seq = 0;
  const nextTs = () => `${1_700_000_000 + seq++}.${String(seq).padStart(6, '0')}`;
  let baseUrl = '';

  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Test',
          user: 'coxswain',
          team_id: teamId,
          user_id: botUserId,
          bot_id: 'B0BOT',
        };
      case 'chat.postMessage': {
        const ts = nextTs();
        return { ok: true, channel: args.channel, ts, message: { text: args.text, ts, thread_ts: args.thread_ts } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'users.info': {
        const id = String(args.user);
        const email = opts.emails?.[id];
        return { ok: true, user: { id, team_id: teamId, name: id.toLowerCase(), profile: email ? { email } : {} } };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${randomUUID().slice(0, 8).toUpperCase()}`;
        return { ok: true, upload_url: `${baseUrl}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(args.files) ? (args.files as { id: string; title?: string }[]) : [];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${baseUrl.replace('http', 'ws')}/socket-mode` };
      case 'usergroups.list':
        return {
          ok: true,
          usergroups: Object.entries(opts.userGroups ?? {}).map(([id, g]) => ({
            id,
            handle: g.handle,
            name: g.handle,
            user_count: g.users.length,
          })),
        };
      case 'usergroups.users.list': {
        const group = opts.userGroups?.[String(args.usergroup)];
        return group ? { ok: true, users: group.users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, '')}` } };
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: args.channel,
          permalink: `https://fake.slack.test/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}`,
        };
      case 'conversations.info':
        return { ok: true, channel: { id: args.channel, is_im: String(args.channel).startsWith('D') } };
      default:
        return { ok: true };
    }
  };

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (path.startsWith('/upload/')) {
      const bytes = await uploadedBytes(req, raw);
      uploads.set(path.slice('/upload/'.length), bytes);
      reply(200, `OK - ${bytes.length}`);
    } else if (path.startsWith('/response/')) {
      responses.push(JSON.parse(raw.toString() || '{}'));
      reply(200, { ok: true });
    } else if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const args = parseArgs(req, raw);
      const response = answer(method, args);
      calls.push({ method, args, response });
      reply(200, response);
    } else {
      reply(404, { ok: false, error: 'unknown_method' });
    }
    for (const w of waiters) w();
  });
  const socket = attachSocketMode(server, '/socket-mode');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const callsOf = (method: string) => calls.filter((c) => c.method === method);
  const waitForCall = (pred: (c: SlackCall) => boolean, timeoutMs = 20_000) =>
    new Promise<SlackCall>((resolve, reject) => {
      const check = () => {
        const hit = calls.find(pred);
        if (!hit) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(hit);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no call matched within ${timeoutMs} ms; calls so far: ${calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });
  return {
    apiUrl: `${baseUrl}/api/`,
    baseUrl,
    calls,
    uploads,
    responses,
    socket,
    callsOf,
    waitFor: (method, pred = () => true, timeoutMs = 20_000) => waitForCall((c) => c.method === method && pred(c), timeoutMs),
    waitForCall,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
