import { z } from 'zod';
import { ChannelSchema } from '../core/request.ts';

/**
 * A question the Core put to the requester and waits on: `confirm` (an unsure reading of a write: the exact call,
 * in words) or `clarify` (what the request is missing: its original words). Versioned, serialisable state like an
 * approval; only the requester may answer it, once, before it expires.
 */
export const OpenQuestionKindSchema = z.enum(['confirm', 'clarify']);
export type OpenQuestionKind = z.infer<typeof OpenQuestionKindSchema>;

export const OpenQuestionStatusSchema = z.enum(['open', 'confirmed', 'dropped', 'answered', 'expired']);
export type OpenQuestionStatus = z.infer<typeof OpenQuestionStatusSchema>;

export const OpenQuestionSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  kind: OpenQuestionKindSchema,
  requestId: z.string(),
  version: z.number().int().min(1),
  status: OpenQuestionStatusSchema,
  /** Policy person id of the requester: the only one who may answer. */
  requester: z.string(),
  channel: ChannelSchema,
  /** The request's words (for a clarify, what the answer completes). */
  text: z.string().optional(),
  /** confirm: the exact call that runs when confirmed, and the reading in words. */
  call: z.object({ tool: z.string(), args: z.record(z.string(), z.unknown()) }).optional(),
  reading: z.string().optional(),
  /** confirm of a `scale`: the replica count the reading started from; confirming after it changed asks again. */
  seenReplicas: z.number().int().min(0).optional(),
  candidates: z.array(z.string()).optional(),
  replyTo: z.record(z.string(), z.string()).optional(),
  createdAt: z.string(),
  expiresAt: z.string(),
  decidedAt: z.string().optional(),
});
export type OpenQuestion = z.infer<typeof OpenQuestionSchema>;

export type QuestionAction = 'confirm' | 'drop' | 'answer';

export type QuestionTransition =
  | { kind: 'taken'; state: OpenQuestion }
  | {
      kind: 'refused';
      code: 'not_found' | 'expired' | 'closed' | 'not_requester' | 'wrong_kind';
      reason: string;
      state?: OpenQuestion;
    };

const NOUN: Record<OpenQuestionKind, string> = { confirm: 'confirmation', clarify: 'question' };
const DONE: Record<QuestionAction, OpenQuestionStatus> = { confirm: 'confirmed', drop: 'dropped', answer: 'answered' };

/** The rules of an answer as a pure function of (state, action, who, now); the store makes it atomic. */
export function answerQuestion(state: OpenQuestion, action: QuestionAction, person: string, now: number): QuestionTransition {
  const noun = NOUN[state.kind];
  if (state.status === 'open' && Date.parse(state.expiresAt) <= now) {
    return {
      kind: 'refused',
      code: 'expired',
      reason: `This ${noun} (${state.id}) expired at ${state.expiresAt}; nothing ran. Ask again.`,
      state: { ...state, status: 'expired', version: state.version + 1 },
    };
  }
  if (state.status !== 'open') {
    return { kind: 'refused', code: 'closed', reason: `This ${noun} (${state.id}) is already ${state.status}.` };
  }
  if ((action === 'answer') !== (state.kind === 'clarify')) {
    return {
      kind: 'refused',
      code: 'wrong_kind',
      reason:
        state.kind === 'clarify'
          ? `${state.id} is a question: answer it with your reply (coxswain ask --reply-to ${state.id} "…").`
          : `${state.id} waits for a confirmation: confirm or drop it (coxswain confirm ${state.id}).`,
    };
  }
  if (person !== state.requester) {
    return {
      kind: 'refused',
      code: 'not_requester',
      reason: `Only ${state.requester}, who asked, can ${action === 'answer' ? 'answer' : action} this ${noun}; nothing changed. Ask in your own words if you want something done.`,
    };
  }
  const at = new Date(now).toISOString();
  return { kind: 'taken', state: { ...state, status: DONE[action], version: state.version + 1, decidedAt: at } };
}
