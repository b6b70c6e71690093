/**
 * A sure read beside a clause that commands a change ("the in-laws want to see the fireworks so I'll be quick: retry
 * payments" read as a look at payments): the read may not be what was asked, so the reader is not sure of it. Only the
 * person's own words count: quoted and pasted text is left out.
 */

import { isWriteTool } from '../intent.ts';
import { stripMarkup } from '../normalize.ts';
import type { Reading } from '../read.ts';
import { doubted } from './common.ts';

/**
 * A clause that opens with a verb of change, past words that only ask or hurry; not the verb's noun as a subject
 * ("restart would be overkill", "restart count of worker").
 */
export const COMMAND_CLAUSE =
  /^(?:(?:please|pls|plz|just|now|then|so|ok|okay|and|but|also|yalla|quickly|kindly|go ahead and|(?:can|could|would) (?:you|u)(?: please| pls)?)\s+)*(?:restart|bounce|recycle|kick|retry|rerun|promote|abort|pause|resume|scale|roll (?:\S+ )?back|rollback|revert|undo|delete|kill|nuke|stop|halt|set (?:the )?image|deploy|ship|create|launch|inject|drop|halve|double(?![ -]?check)|triple)\b(?!\s*=|\s+(?:would|is|was|will|should|could|might|seems|looks|sounds|feels|isn'?t|wasn'?t|won'?t|counts?|history|policy|button|step|plan|status|loop|loops)\b)/i;

export function commandBesideRead(r: Reading, said: string): Reading {
  if (r.plan.outcome !== 'tool' || isWriteTool(r.plan.tool) || !r.confident) return r;
  const clauses = stripMarkup(said)
    .split(/[.:;!?\n]+|,\s+|\s[-\u2013\u2014]+\s/)
    .map((c) => c.trim());
  return clauses.some((c) => COMMAND_CLAUSE.test(c)) ? doubted(r, 'a command beside a read') : r;
}
