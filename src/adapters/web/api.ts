import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Core } from '../../core/core.ts';
import { CoxswainError } from '../../core/errors.ts';
import type { Policy } from '../../policy/schema.ts';
import { readJson, sendJson, sendReply } from './http.ts';
import { webReply } from './reply.ts';

/** The person the page's switch names; the playground has no login, so it is whoever the switch says. */
export const person = z.string().min(1).max(100);

/** A page's own id for a message or a click, so a resend is handled once (letters, digits, `.`, `_`, `-`). */
export const clientId = z
  .string()
  .regex(/^[\w.-]{1,200}$/, 'letters, digits, ., _ and - (at most 200)')
  .optional();

const AskBodySchema = z.object({
  person,
  text: z.string().min(1).max(4000),
  id: clientId,
  /** The text answers this question (a clarify's id; a candidate button sends it). */
  clarifyId: z.string().min(1).max(200).optional(),
});

const DecideBodySchema = z.object({
  person,
  approvalId: z.string().min(1).max(200),
  decision: z.enum(['approve', 'reject', 'cancel']),
  id: clientId,
});

/**
 * Ids a page chooses live in their own namespace (`web-…`): a client could otherwise pick the id of a pending
 * approval, whose execution then finds that request's job and result instead of its own. The page's own ids
 * already start with `web-` and stay as they are.
 */
export function webId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return id.startsWith('web-') ? id : `web-${id}`;
}

/**
 * Each input becomes exactly one IncomingRequest or DecisionInput on the Core (channel `web`, the switch's person
 * as actor); the answer is the Core's Result. Nothing is decided here.
 */
export function apiRoutes(deps: { core: Core; policy: () => Policy }) {
  const { core } = deps;
  return {
    async ask(req: IncomingMessage, res: ServerResponse) {
      const body = await readJson(req, AskBodySchema);
      const result = await core.handle({
        id: webId(body.id) ?? `web-${randomUUID()}`,
        channel: 'web',
        actor: { personId: body.person },
        text: body.text,
        ...(body.clarifyId ? { clarifyId: body.clarifyId } : {}),
      });
      sendReply(res, await webReply(core, result));
    },

    async decide(req: IncomingMessage, res: ServerResponse) {
      const body = await readJson(req, DecideBodySchema);
      const result = await core.decide({
        id: webId(body.id),
        approvalId: body.approvalId,
        decision: body.decision,
        channel: 'web',
        actor: { personId: body.person },
      });
      sendReply(res, await webReply(core, result));
    },

    async approval(_req: IncomingMessage, res: ServerResponse, id: string) {
      const approval = await core.getApproval(id);
      if (!approval) {
        throw new CoxswainError('not_found', 'request', `There is no approval ${id}; it may have been cleaned up. Ask again.`);
      }
      sendJson(res, 200, approval);
    },

    /** The people of the loaded policy and their roles, for the page's switch. */
    people(_req: IncomingMessage, res: ServerResponse) {
      sendJson(
        res,
        200,
        deps.policy().people.map((p) => ({ id: p.id, roles: p.roles })),
      );
    },
  };
}
