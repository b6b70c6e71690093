import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Core } from '../../core/core.ts';
import { clientId, person, webId } from './api.ts';
import { readJson, sendJson } from './http.ts';
import { webReply } from './reply.ts';

const ConfirmBodySchema = z.object({
  person,
  confirmationId: z.string().min(1).max(200),
  decision: z.enum(['confirm', 'drop']),
  id: clientId,
});

const UndoBodySchema = z.object({ person, undoId: z.string().min(1).max(200), id: clientId });

/**
 * The page's follow-up buttons: "Run it" / "Not that" on a confirmation (POST /api/confirm) and Undo on an
 * executed write (POST /api/undo). Each is one call on the Core as the switch's person; the Core decides.
 */
export function followupRoutes(core: Core) {
  return {
    async confirm(req: IncomingMessage, res: ServerResponse) {
      const body = await readJson(req, ConfirmBodySchema);
      const result = await core.confirm({
        confirmationId: body.confirmationId,
        decision: body.decision,
        channel: 'web',
        actor: { personId: body.person },
        ...(body.id ? { id: webId(body.id) } : {}),
      });
      sendJson(res, 200, await webReply(core, result));
    },

    async undo(req: IncomingMessage, res: ServerResponse) {
      const body = await readJson(req, UndoBodySchema);
      const result = await core.undo({
        undoId: body.undoId,
        channel: 'web',
        actor: { personId: body.person },
        ...(body.id ? { id: webId(body.id) } : {}),
      });
      sendJson(res, 200, await webReply(core, result));
    },
  };
}
