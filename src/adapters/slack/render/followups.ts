import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { Result } from '../../../core/result.ts';
import { mrkdwnEscape } from './message.ts';

/**
 * The buttons that keep a conversation going, each handled by a Bolt action (src/adapters/slack/repair.ts):
 * confirm or drop an unsure reading, pick a candidate of a question, undo an executed write.
 */
export const FOLLOWUP_ACTIONS = {
  confirm: 'confirm_run',
  drop: 'confirm_drop',
  candidate: 'clarify_pick',
  undo: 'undo',
} as const;

const button = (action_id: string, text: string, value: string, style?: 'primary' | 'danger'): Button => ({
  type: 'button',
  action_id,
  value,
  text: { type: 'plain_text', text: text.slice(0, 75) },
  ...(style ? { style } : {}),
});

/** A candidate's button value: the question and the answer (Slack allows 2000 characters). */
export function candidateValue(clarifyId: string, candidate: string): string {
  return JSON.stringify({ q: clarifyId, a: candidate.slice(0, 500) });
}

/** The buttons under a result, if it has any follow-up. */
export function followupBlocks(r: Result): KnownBlock[] {
  if (r.outcome === 'confirm' && r.confirmationId) {
    const id = r.confirmationId;
    const actions: ActionsBlock = {
      type: 'actions',
      block_id: `confirm:${id}`,
      elements: [button(FOLLOWUP_ACTIONS.confirm, 'Run it', id, 'primary'), button(FOLLOWUP_ACTIONS.drop, 'Not that', id)],
    };
    return [actions];
  }
  if (r.outcome === 'clarify' && r.clarifyId && r.candidates?.length) {
    const id = r.clarifyId;
    return [
      {
        type: 'actions',
        block_id: `clarify:${id}`,
        // action_ids must differ within a block: the index tells the buttons apart, the value carries the answer.
        elements: r.candidates.slice(0, 5).map((c, i) => button(`${FOLLOWUP_ACTIONS.candidate}:${i}`, c, candidateValue(id, c))),
      },
    ];
  }
  if (r.outcome === 'executed' && r.undoId) return [undoBlock(r.undoId)];
  return [];
}

/** The Undo button of an executed write (a result, or an approval card that ran). */
export function undoBlock(undoId: string): KnownBlock {
  return { type: 'actions', block_id: `undo:${undoId}`, elements: [button(FOLLOWUP_ACTIONS.undo, 'Undo', undoId)] };
}

/** The line that says what a follow-up button does (or why an executed write has no undo). */
export function followupNote(r: Result): string | undefined {
  if (r.outcome === 'executed' && r.undo) return mrkdwnEscape(r.undo);
  if (r.outcome === 'clarify' && r.clarifyId) return 'Pick one, or reply in this thread (mention me) with the answer.';
  return undefined;
}
