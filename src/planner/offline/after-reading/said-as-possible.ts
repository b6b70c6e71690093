/**
 * A write said as what could, can or would be done, or as someone's take, rather than asked for: "web in prod could go
 * back", "anyone can restart api", "me, i would roll back web", "his take: roll back web", "the way she does it:
 * restart api", "any way to roll back web"; a command with a question mark after a word that leads into it ("ok, roll
 * back web in prod?"); a command only inside single quotes ("'roll back web in prod'"). Each leaves a sure write for the
 * requester to confirm (red-team round 140).
 */

import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/** A modal of ability or opinion not addressed to the bot ("could you", "if you can" ask; "anyone can" tells). */
const MODAL = /\b(can|could|would|might|may|should|'d)\b/gi;
/** Someone's take, a way of doing it, a chance of it: "his take:", "the way she does it:", "any way to". */
const TAKE =
  /\b(?:action items?|todo|to-do|next steps?|follow-?ups?)\s*:|\b(?:take|view|opinion|advice|suggestion|idea|vote|two cents|way(?: to go)?|approach|method|option)\b(?:\s+(?:on|about|of|for)\s+(?:this|that|it))?\s*(?:would be|is|was|:)|\bthe way (?:he|she|they|i|we|you|[a-z]+) (?:does|do|did|would do|'d do)\b|\bany (?:way|chance|option) (?:to|of)\b/i;
/** A word that leads into a command, then the command: "ok, roll back …", "and kill a pod …". */
const LEAD_THEN_COMMAND =
  /^\W*(?:(?:so|also|now|ok|okay|then|and|but|right|alright|yes|yeah|just|hmm+|uh+|um+|er|hey|yo|<@\w+>)\W+)*(?:restart|roll|rollback|scale|promote|abort|retry|pause|resume|kill|nuke|delete|set|bounce|stop|launch|create|undo|revert|drop|inject|add|remove|double|triple|halve|recycle|cancel|upgrade|downgrade|bump|deploy|ship|reboot|redeploy)\b/i;
/** A command only inside single quotes, whole or after a few words: "'roll back web in prod'", "as in '…'". */
const SINGLE_QUOTED = /(?:^|\s)['\u2018][^'\u2019]{3,}['\u2019](?=\s*[.!?]*\s*$)/;

export function saidAsPossible(r: Reading, plain: string): Reading {
  if (!isSureWrite(r)) return r;
  for (const m of plain.matchAll(MODAL)) {
    const at = m.index ?? 0;
    const before = plain.slice(Math.max(0, at - 12), at);
    // "can you …", "could we …", "can someone …", "if you could …", "I would like …", "should have 4 replicas": asked.
    const next = plain.slice(at + m[0].length, at + m[0].length + 16);
    const asks =
      /^\s*(?:you|u|someone|somebody|anybody|anyone|please|pls|like|love|appreciate|be possible|be great|be nice|it be|have|run)\b/i.test(
        next,
      ) ||
      // "can we …", "could i …" ask; "would we …?", "should i …" weigh it.
      (/^(?:can|could)$/i.test(m[0]) && /^\s*(?:we|i)\b/i.test(next)) ||
      // "if you could …" asks; "fyi you can …" tells.
      (/\b(?:you|u)\s*$/i.test(before) &&
        !/\b(?:fyi|btw|note|ps|heads up|so you know|for the record|reminder)\b/i.test(plain.slice(0, at)));
    if (asks) continue;
    return doubted(r, 'a change said as what could be done');
  }
  if (TAKE.test(plain)) return doubted(r, "someone's take or a way of doing it");
  // "ok, roll back web in prod?": a command put as a question after a word that leads into it.
  if (/\?\s*$/.test(plain) && LEAD_THEN_COMMAND.test(plain)) return doubted(r, 'a command put as a question');
  if (SINGLE_QUOTED.test(plain)) return doubted(r, 'a command only inside quotes');
  return r;
}
