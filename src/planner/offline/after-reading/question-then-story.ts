import { isWriteTool } from '../intent.ts';
import type { Reading } from '../read.ts';
import { isWriteVerbIn } from './common.ts';

/**
 * "Are all 3 payments pods ready? Ines is nervous", "is anything chaos-related still running in production? I don't
 * want the billing run to get hit": a question that is whole on its own, then sentences that tell, not ask. The words
 * told after it ("Ines" read as lines, "billing" as costs) do not choose the tool: when the question alone reads as
 * another read, that read is the answer, for the requester to check (a write is never found this way).
 */
export function questionThenStory(r: Reading, plain: string, text: string, replan: (text: string) => Reading): Reading {
  // (Quoted words are read whole, as before: "someone posted 'promote payments'. is that legit? …")
  if (/[`"\u201c\u201d\u2018\u2019<>]|&gt;|(?:^|\W)'[^']+'(?:\W|$)/.test(text.replace(/<[@#!][^>]*>/g, ' '))) return r;
  const end = plain.indexOf('?');
  if (end < 0) return r;
  const question = plain.slice(0, end + 1).trim();
  const rest = plain.slice(end + 1).trim();
  if (!rest || rest.includes('?') || CORRECTED.test(rest)) return r;
  const sentences = rest
    .split(/[.!;\n]+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}{2}/u.test(s));
  if (sentences.length === 0 || !sentences.every(tells)) return r;
  const alone = replan(question);
  if (alone.plan.outcome !== 'tool' || isWriteTool(alone.plan.tool)) return r;
  if (r.plan.outcome === 'tool' && r.plan.tool === alone.plan.tool) return r;
  return { plan: alone.plan, confident: false, unsure: 'a question, then words that tell' };
}

/** Words that take back or change what was asked: then the question is not read alone. */
const CORRECTED =
  /\b(actually|instead|rather|sorry|i mean|meant|wait|scratch|make it|nvm|never ?mind|or|also|and then|but)\b|^\W*no\b|\bso\s*[:,]|,\s*so\b/i;

/**
 * A sentence that tells: a subject, then a verb of being, having or wanting; no verb of change, no command. Not "it's
 * the web deployment": a sentence about the question's own object may name it.
 */
function tells(sentence: string): boolean {
  return (
    !isWriteVerbIn(sentence) &&
    !/^\W*(?:please|pls|plz|just|now|then|so|ok|okay|and|go|do|let'?s|can|could|would|will|should|must)\b/i.test(sentence) &&
    (SUBJECT.test(sentence) || NAMED.test(sentence)) &&
    /\b(?:is|are|was|were|am|has|have|had|will|'s|'re|'m|wants?|needs?|thinks?|said|says|keeps|seems|looks|don'?t|doesn'?t|can'?t|won'?t)\b/i.test(
      sentence,
    )
  );
}
const SUBJECT =
  /^\W*(?:i|i'm|i'd|i've|we|we're|we've|they|they're|he|she|there|there's|the|a|an|our|my|his|her|their|everyone|someone|nobody|people)\s/i;
/** A name or a noun with a capital that opens the sentence, then a verb of being ("Ines is nervous", "Billing close is"). */
const NAMED = /^\W*\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:is|are|was|were|has|had|will|said|says|wants|thinks|keeps)\b/u;
