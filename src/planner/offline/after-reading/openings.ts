import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/**
 * How a message opens can take the command out of it (red-team round 171): a question without its mark after a lead
 * word ("and why halve web", "now did we restart web"), a word that asks how ("howto restart web", "usage roll back
 * web"), or a sign before the words (a comment mark, a box ticked or struck, a table cell, "¬"). The write is left for
 * the requester to confirm.
 */
export function openingForm(r: Reading, plain: string, text: string): Reading {
  if (!isSureWrite(r)) return r;
  if (QUESTION_LEAD.test(plain)) return doubted(r, 'a question without its mark');
  if (HOW_LEAD.test(plain)) return doubted(r, 'a question of how');
  if (SIGN_LEAD.test(text) || SIGN_LEAD.test(plain)) return doubted(r, 'a sign before the words');
  return r;
}

const QUESTION_LEAD =
  /^\W*(?:(?:and|also|then|now|actually|hmm+|hm+|uh+|um+|meanwhile|so|ok|okay|btw|wait|but)\W+)*(?:why|how|when|who|where|what about|how about|(?:did|do|does|was|were|have|has|had|should|shall)\s+(?:we|you|u|they|i|he|she|someone|anyone|somebody|anybody|it))\b/i;
const HOW_LEAD = /^\W*(?:howto|how-to|usage|syntax|example|help|man)\b(?!\s*:)/i;
/** A comment mark, a lone quote mark, a ticked or struck box, a table cell or a sign of "not" before the words. */
const SIGN_LEAD = /^\s*(?:[;|¬⊘∅☐☑☒✓✔✗✘\u{1F5F8}\u{1F5F9}\u{1F5F5}\u{1F5F7}%]|["'\u2018\u201c]\s|\[\/\/\]\s*:|rem\s|::)/iu;
