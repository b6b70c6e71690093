import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../../core/core.ts';

const KEEPALIVE_MS = 15_000;

/**
 * Server-Sent Events: every approval update the Core publishes (from any replica or worker) goes to every open
 * page as `event: approval`, so a card approved in one tab, or run by the worker, changes in all of them.
 */
export function eventStream(core: Core) {
  const open = new Set<ServerResponse>();
  const unsubscribe = core.onEvent((e) => {
    // A reminder is its own event: the page adds a feed line instead of redrawing the card.
    const name = e.type === 'approval-reminder' ? 'reminder' : 'approval';
    const frame = `event: ${name}\ndata: ${JSON.stringify({ approval: e.approval, result: e.result })}\n\n`;
    for (const res of open) res.write(frame);
  });
  const keepalive = setInterval(() => {
    for (const res of open) res.write(': keepalive\n\n');
  }, KEEPALIVE_MS);
  keepalive.unref();

  return {
    handle(req: IncomingMessage, res: ServerResponse) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write('retry: 2000\n\n');
      open.add(res);
      req.once('close', () => open.delete(res));
    },
    close() {
      clearInterval(keepalive);
      unsubscribe();
      for (const res of open) res.end();
      open.clear();
    },
  };
}
