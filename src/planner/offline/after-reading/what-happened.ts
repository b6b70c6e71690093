import { MANY_MESSAGE, type Reading } from '../read.ts';

/**
 * "halve web in prod, traffic dropped off", "restart worker in prod, it stopped pulling orders", "undo the last
 * deploy of web, conversion dropped 8%": one request and a clause that tells what happened, whose verb (past, or
 * -ing after a subject) the reader took for a second action. Without the told clause the message reads as one call;
 * that call is the answer, for the requester to confirm.
 */
export function whatHappened(r: Reading, plain: string, replan: (text: string) => Reading): Reading {
  if (r.plan.outcome !== 'clarify' || r.plan.message !== MANY_MESSAGE) return r;
  // (Not a supposition or a question: "suppose we restarted coredns — would DNS drop?")
  if (/[`"\u201c\u201d>?]|&gt;|\n/.test(plain) || /\b(?:suppose|supposing|if|would|imagine|what if|having)\b/i.test(plain))
    return r;
  const parts = plain.split(/(\s*(?:[,;.!]|\s[-\u2013\u2014]+\s|[\u2013\u2014])\s*)/);
  const clauses = parts.filter((_, i) => i % 2 === 0);
  if (clauses.length < 2 || clauses.length > 3) return r;
  const told = clauses.map(tellsWhatHappened);
  // ("restart coredns, latency dropped back to baseline": the trouble told as over is no reason to act; asked back.)
  if (clauses.some((c, i) => told[i] && OVER.test(c))) return r;
  if (told.filter(Boolean).length !== 1) return r;
  const rest = parts
    .filter((_, i) => i % 2 === 1 || !told[i / 2])
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}{2}/u.test(rest)) return r;
  const alone = replan(rest);
  return alone.plan.outcome === 'tool' ? { plan: alone.plan, confident: false, unsure: 'a request and what happened' } : r;
}

/**
 * A clause that tells what happened: a subject, then a verb in the past or "-ing" after "is/are/'s" ("traffic dropped
 * off", "it stopped pulling orders", "their contract downgrade kicked in", "traffic's dropping"); it opens with no
 * command, no correction and no ask.
 */
function tellsWhatHappened(clause: string): boolean {
  const c = clause.trim();
  if (!c || ASKS.test(c)) return false;
  const m =
    /^(?:[\p{L}\d'-]+\s+){0,4}?([\p{L}'-]+)\s+(\p{L}+(?:ed|ing)|went|broke|fell|came|got|began|hung|died|blew|froze|stuck|kicked in|ran out)\b/u.exec(
      c,
    );
  // ("we need web at 10": a verb that only ends like a past.)
  if (!m || /^(?:need|needed|feed|seed|speed|proceed|exceed|succeed)$/i.test(m[2])) return false;
  if (COMMAND_FIRST.test(c)) return false;
  // ("traffic's dropping": an -ing verb tells only after a verb of being.)
  return !/ing$/.test(m[2]) || /(?:'s|\bis|\bare|\bwas|\bwere)\s+\p{L}+ing\b/u.test(c);
}
const OVER =
  /\b(?:back to (?:baseline|normal)|recovered|resolved|cleared|went away|subsided|calmed down|stopped flapping|stopped paging|paging stopped|dropped back|stopped after)\b/i;
const ASKS =
  /\b(?:please|pls|plz|can you|could you|would you|can u|let'?s|then|also|and|actually|instead|sorry|nvm|never ?mind|no|not|don'?t|wait|espera|i mean|make (?:it|that)|show|list|tell|give|restart|scale|roll|promote|abort|pause|retry|delete|kill|set|stop|undo|revert|bounce|halve|double|bump|add|take|put|push|go)\b/i;
const COMMAND_FIRST = /^\W*(?:\p{L}+\s+)?(?:please|pls|just|now|do|go)\b/iu;
