import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Runtime } from '../../app/runtime.ts';
import { asCoxswainError } from '../../core/errors.ts';
import { logger } from '../../observability/logger.ts';
import type { HttpServer } from '../../server/http.ts';
import { apiRoutes } from './api.ts';
import { eventStream } from './events.ts';
import { followupRoutes } from './followups.ts';
import { knownHost, sameOrigin, sendError, sendJson } from './http.ts';
import { workloadRows } from './panels.ts';
import { staticFiles, WEB_DIR } from './static.ts';

export type { WorkloadPanelRow } from './panels.ts';
export type { WebReply } from './reply.ts';

/** What the playground needs from the runtime: the Core, plus read-only views for its side panels. */
export type PlaygroundRuntime = Pick<Runtime, 'core' | 'policy' | 'registry' | 'audit'> & {
  config: Pick<Runtime['config'], 'HOST'>;
};

export interface Playground {
  close(): void;
}

const AUDIT_ROWS = 40;

/**
 * The web playground on the shared HTTP server: the page (web/) at `/`, and its JSON API under `/api`:
 *
 *   POST /api/ask     {person, text, id?, clarifyId?}          → WebReply   (one IncomingRequest, channel web)
 *   POST /api/decide  {person, approvalId, decision, id?}      → WebReply   (one DecisionInput)
 *   POST /api/confirm {person, confirmationId, decision, id?}  → WebReply   (confirm | drop an unsure reading)
 *   POST /api/undo    {person, undoId, id?}                    → WebReply   (the inverse of an executed write)
 *   GET  /api/approvals/ID  → ApprovalState        GET /api/people    → [{id, roles}]
 *   GET  /api/workloads     → WorkloadPanelRow[]   GET /api/audit     → the newest audit entries
 *   GET  /api/events        → Server-Sent Events (`approval`)
 *
 * There is no login: whoever opens the page acts as the person the switch names. Bind it to loopback.
 */
export function mountPlayground(http: HttpServer, runtime: PlaygroundRuntime, opts: { webDir?: string } = {}): Playground {
  const api = apiRoutes({ core: runtime.core, policy: runtime.policy });
  const followups = followupRoutes(runtime.core);
  const events = eventStream(runtime.core);
  const files = staticFiles(opts.webDir ?? WEB_DIR);

  const routeApi = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const method = req.method ?? 'GET';
    if (method === 'POST' && path === '/api/ask') return api.ask(req, res);
    if (method === 'POST' && path === '/api/decide') return api.decide(req, res);
    if (method === 'POST' && path === '/api/confirm') return followups.confirm(req, res);
    if (method === 'POST' && path === '/api/undo') return followups.undo(req, res);
    if (method !== 'GET') return sendJson(res, 405, { error: `${method} ${path} is not served; see the playground's API.` });
    if (path === '/api/people') return api.people(req, res);
    if (path === '/api/events') return events.handle(req, res);
    if (path === '/api/workloads') return sendJson(res, 200, await workloadRows(runtime.registry.get()));
    if (path === '/api/audit') return sendJson(res, 200, await runtime.audit.recent(AUDIT_ROWS));
    const approval = /^\/api\/approvals\/([\w:.-]+)$/.exec(path);
    if (approval) return api.approval(req, res, approval[1]);
    sendJson(res, 404, { error: `Nothing is served at ${path}.` });
  };

  http.mount('/', async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!knownHost(req, runtime.config.HOST)) {
      return sendJson(res, 421, {
        error: `The playground does not answer to the host "${(req.headers.host ?? '').slice(0, 100)}". Open it at http://127.0.0.1:PORT/ or http://localhost:PORT/ (or the HOST it was started with).`,
      });
    }
    if (!path.startsWith('/api/')) {
      if (req.method === 'GET' && files.serve(path, res)) return;
      return sendJson(res, 404, { error: `Nothing is served at ${path}. Open / for the playground.` });
    }
    if (!sameOrigin(req)) return sendJson(res, 403, { error: 'The playground API only answers its own page.' });
    try {
      await routeApi(req, res, path);
    } catch (err) {
      const e = asCoxswainError(err);
      if (e.fault !== 'request') logger.error({ path, code: e.code, err: e.message }, 'playground request failed');
      sendError(res, e);
    }
  });
  return { close: () => events.close() };
}
