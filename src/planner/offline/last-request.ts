/**
 * The request at the end of a long message, on its own: "…INC-2231 at 14:05, staging is fine, 2 replicas of web
 * there… For now just scale web in production to 9", "recap: 1) … 4) staging checkout canary stuck. Item 4 is what I'm
 * on: please abort that staging canary". When the whole message reads as confusion (several actions, two workloads or
 * namespaces, an unknown word taken for a name), the last sentence that asks for something is read alone; the story
 * before it is context. Pure; the caller reads the text it returns, as unsure.
 */

/** Words that lead the ask out of the story: "for now", "anyway", "separately (…)", "the only thing I need:". */
const LEAD_IN =
  /^(?:\W|\b(?:so|ok|okay|anyway|anyways|for now|now|then|separately|but|and|also|oh|btw|ps|plus|one more thing|last thing|tl;?dr|bottom line|long story short|in short|right|alright|the ask|ask|request|todo|action|action item|humou?r me|go)\b)+/i;

/** What the sender asks of the bot: a verb of the catalog at the start, or a polite ask anywhere. */
const ASKS =
  /^(?:(?:please|pls|plz|just|can you|could you|would you|kindly|let'?s|go ahead and|quickly)\s+)*(scale|restart|bounce|recycle|roll|revert|undo|promote|abort|retry|pause|resume|kill|delete|drop|add|inject|launch|start|run|stop|set|put|bump|ship|deploy|create|show|list|get|give|grab|pull|fetch|tell|describe|check|kick|fire|trigger|spin|bring|take|make|cut|stress|break)\b|^(what|which|how many|how much|is|are)\b.*\b(pods?|logs?|costs?|spend|experiments?|chaos|image|replicas|workloads?|running|deployed|around)\b|\b(can|could|would) (you|u)\b|\b(please|pls|plz)\b|\b(i|we) (just |only |really )?(want|need|'d like|would like) to (see|know|get|check|look at|make sure|ensure)\b/i;

/**
 * An ask that is told rather than asked: "restart api in prod is what fixed it last time", "restart of api didn't help",
 * a runbook's or someone's words ("the runbook says: …", "… That's what Sam would say"), a line of a timeline, or a
 * proposal put to others ("… — thoughts?").
 */
const TOLD =
  /\b(is what|was what|fixed it|did the trick|last time|didn'?t|did not|helped|worked|would say|that'?s what|said|says|reads|wrote|thoughts\s*\?|what do (you|y'?all) think|right\s*\?)/i;

/** Whether the ask found in `text` is one the sender makes now. */
function asked(ask: string, text: string): boolean {
  if (TOLD.test(ask)) return false;
  const at = text.lastIndexOf(ask);
  const before = at > 0 ? text.slice(0, at) : '';
  const after = at >= 0 ? text.slice(at + ask.length) : '';
  // "The vendor runbook literally says: restart api…", "- 09:15: scale worker…", "If the error rate goes above 5%. Restart…".
  if (/\b(says|said|reads|wrote|writes|runbook|doc|docs|wiki)\b[^.!?\n]*[:\u2014-]\s*$/i.test(before)) return false;
  if (/(^|\n)\s*[-*\u2022]?\s*\d{1,2}:\d\d\b[^\n]*$/.test(before)) return false;
  if (/(^|[.!?\n]\s*)(if|when|unless|once|until)\b[^.!?\n]*[.!?]\s*$/i.test(before)) return false;
  return !TOLD.test(after);
}

/** The sentences of a message, with the clauses after a colon as sentences of their own. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|:\s+|;\s+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/i.test(s));
}

/** The last sentence of a long message that asks for something, without its lead-in, or undefined. */
export function lastRequest(text: string): string | undefined {
  const all = sentences(text.replace(/\([^()]*\)/g, ' '));
  // Quoted material is read by its own rules; a long message is one where a story can confuse.
  if (all.length < 2 || text.split(/\s+/).length < 14 || /```|^\s*(>|&gt;)/m.test(text)) return undefined;
  const own = (s: string) => s.replace(LEAD_IN, '').replace(/^,\s*/, '').trim();
  for (let i = all.length - 1; i >= Math.max(1, all.length - 2); i--) {
    const ask = own(all[i]);
    if (!ask || !ASKS.test(ask)) continue;
    // "roll back web. btw can you also scale api?": two asks are two actions, not a story and an ask.
    if (all.slice(0, i).some((s) => ASKS.test(own(s)))) return undefined;
    if (!asked(ask, text)) return undefined;
    // "the pods in kube-system have more restarts than my car. show me them": what the ask points back to.
    return /\b(them|it|those|these|that one|this one)\b/i.test(ask) ? `${all[i - 1]}. ${ask}` : ask;
  }
  return undefined;
}

/** Words that turn from the story to the ask: "anyway, unrelated to all of that:", "for now just", "humour me:". */
const TURN_TO_ASK =
  /(?<=^|[.!?;,:\n(]\s*|\s)(?:anyway|anyways|for now|separately|unrelated to (?:all )?(?:of )?(?:that|this)|(?:the )?(?:only )?thing i (?:actually |really )?need(?: from you)?(?: is)?|all i need(?: from you)?(?: is)?|what i (?:actually |really )?need(?: from you)?(?: is)?|the only thing i need from you|humou?r me|before that|tl;?dr|bottom line|long story short|is what i'?m on|my ask(?: is)?|the ask(?: is)?|so(?=\s*:)|the plan is|before (?:i|we) (?:do|touch|change) anything|before (?:i|we) (?:log off|sign off|leave|head out|go home|clock out)|(?:we )?(?:agreed|decided|settled) on (?:one |the |an? |this )?[a-z-]+(?=\s*:)|i'?d (?:rather|prefer to)(?: just)?|i would (?:rather|prefer to)(?: just)?)\b(?:\s+(?:is|this|it|here))*[)\s]*[:,.\u2014\u2013-]?\s*/gi;

/** The ask after the last turn from the story to it, or undefined. */
export function turnedAsk(text: string): string | undefined {
  if (text.split(/\s+/).length < 14 || /```|^\s*(>|&gt;)/m.test(text)) return undefined;
  const turning = new RegExp(TURN_TO_ASK.source, 'i');
  const plain = text.replace(/\([^()]*\)/g, (m) => (turning.test(m) ? m.replace(/[()]/g, ' ') : ' '));
  const turns = [...plain.matchAll(TURN_TO_ASK)];
  const last = turns.at(-1);
  if (!last || last.index === undefined) return undefined;
  const ask = plain
    .slice(last.index + last[0].length)
    .replace(LEAD_IN, '')
    .replace(/^[,:\s]+/, '')
    .trim();
  return ask && ASKS.test(ask) && asked(ask, plain) ? ask : undefined;
}
