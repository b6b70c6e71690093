import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible server for tests: the real `openai`/LangChain client talks HTTP to it, and a
 * script decides each answer. It is the only stand-in the test suite uses for a far end (the model).
 *
 *   const fake = await startFakeOpenAI((req) => userText(req).includes('web') ? toolCall('restart', { namespace: 'prod', name: 'web' }) : text('Which one?'));
 *   process.env.OPENAI_BASE_URL = fake.url;   // ends in /v1
 *   ...; fake.requests[0].body.tools; fake.setScript(() => httpError(429)); await fake.stop();
 */

/** One request as received: the parsed JSON body (what the client sent: model, messages, tools, temperature…). */
export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of the OpenAI request body.
  body: any;
}

export interface ScriptedToolCall {
  name: string;
  /** An object is sent as JSON; a string is sent verbatim (so a test can send malformed JSON). */
  arguments: Record<string, unknown> | string;
  id?: string;
}

/** What the server answers. `status` ≠ 200 sends an OpenAI-style error body. `delayMs` holds the answer back. */
export interface Reply {
  status?: number;
  delayMs?: number;
  content?: string | null;
  toolCalls?: ScriptedToolCall[];
  /** Sent as the whole JSON body instead of a chat completion (for odd servers). */
  rawBody?: unknown;
  headers?: Record<string, string>;
}

export type Script = (req: FakeRequest) => Reply | Promise<Reply>;

export interface FakeOpenAI {
  /** Base URL for the client, ending in `/v1` (OPENAI_BASE_URL / configuration.baseURL). */
  url: string;
  /** Every chat-completion request, in arrival order. */
  requests: FakeRequest[];
  setScript(script: Script): void;
  stop(): Promise<void>;
}

export const toolCall = (name: string, args: Record<string, unknown> | string): Reply => ({
  toolCalls: [{ name, arguments: args }],
});
export const toolCalls = (...calls: ScriptedToolCall[]): Reply => ({ toolCalls: calls });
export const text = (content: string): Reply => ({ content });
export const httpError = (status: number, message = `scripted HTTP ${status}`): Reply => ({
  status,
  rawBody: { error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', code: null } },
});
export const slow = (delayMs: number, reply: Reply): Reply => ({ ...reply, delayMs });

/** The last user message of a request: what a script usually branches on. */
export function userText(req: FakeRequest): string {
  const messages: { role?: string; content?: unknown }[] = req.body?.messages ?? [];
  const last = messages.filter((m) => m.role === 'user').at(-1);
  return typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content ?? '');
}

function completion(reply: Reply, model: string, seq: number): unknown {
  const toolCalls = reply.toolCalls?.map((c, i) => ({
    id: c.id ?? `call_${seq}_${i}`,
    type: 'function',
    function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
  }));
  return {
    id: `chatcmpl-fake-${seq}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: reply.content ?? null, ...(toolCalls?.length ? { tool_calls: toolCalls } : {}) },
        finish_reason: toolCalls?.length ? 'tool_calls' : 'stop',
      },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeOpenAI(initial: Script): Promise<FakeOpenAI> {
  let script = initial;
  const requests: FakeRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !/^(\/v1)?\/chat\/completions$/.test(path)) {
      send(res, 404, { error: { message: `the fake OpenAI server has no ${req.method} ${path}`, type: 'not_found' } });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      send(res, 400, { error: { message: 'request body is not JSON', type: 'invalid_request_error' } });
      return;
    }
    const request: FakeRequest = { method: req.method, path, headers: req.headers, body };
    requests.push(request);
    const seq = requests.length;
    let reply: Reply;
    try {
      reply = await script(request);
    } catch (err) {
      send(res, 500, { error: { message: `the test script threw: ${String(err)}`, type: 'server_error' } });
      return;
    }
    const answer = () => {
      const payload = reply.rawBody ?? completion(reply, String((body as { model?: unknown }).model ?? 'fake'), seq);
      send(res, reply.status ?? 200, payload, reply.headers);
    };
    if (!reply.delayMs) return answer();
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer();
    }, reply.delayMs);
    timers.add(timer);
    // A client that gave up (timeout) closes the socket: drop the pending answer.
    res.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setScript(next) {
      script = next;
    },
    async stop() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
