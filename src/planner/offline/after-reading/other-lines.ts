/**
 * A write read from one line of a message with other lines of its own (a pasted runbook's steps, a chat export, a job's
 * log, a ticket's fields): the other lines may make it a step for later, a past action or someone else's, so it is
 * for the requester to confirm (red-team round 128). Greetings, thanks and a mention alone are no such lines.
 */

import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

const NOTHING_SAID =
  /^\s*(<@[^>]+>\s*)*([\p{P}\p{S}\s]*|(hi|hey|hello|morning|good morning|thanks|thank you|thx|ty|cheers|please|pls|plz|ok|okay)\b[^\n]{0,30})$/iu;

export function amongOtherLines(r: Reading, text: string): Reading {
  if (!isSureWrite(r)) return r;
  const said = text.split('\n').filter((l) => !NOTHING_SAID.test(l));
  return said.length >= 2 ? doubted(r, 'a write among other lines') : r;
}
