/**
 * A request the sender has not settled: another value or action offered beside it ("to 3. Or 4.", "to 10... or was
 * it 12?", "restart worker. or should we roll it back instead?") or a doubt about it ("100ms or 200ms, not sure yet",
 * "1.9.0 — no, 1.8.2 — hmm wait, let me check"). The bot asks for the request as meant instead of confirming one of
 * the values. Pure functions of the message's own words.
 */

/** A second value or a second action offered in place of the first. */
const OTHER_CHOICE =
  /(^|[\s.,;:!?(\u2014-])or (was it|is it|maybe|perhaps|rather|should (we|i)|would|do we|better|even|(to )?\d[\w.:/-]*|[\w.-]+:\d[\w.-]*|(roll|restart|scale|promote|abort|pause|kill|delete|set|revert)\w*)\b/i;
/** The sender says they have not decided or will look first. */
const UNDECIDED =
  /\b(not sure (yet|which|what|how many|if|whether)|(i'?m|am) not sure|undecided|can'?t decide|(let me|i'?ll|i need to|gotta|have to) (double[- ]?)?(check|confirm|verify|ask)|(hmm+|umm*|uh+)[,.]* (wait|no|actually|or)|whichever(?! (rollout|one|pod|canary|workload|deployment)s? (is|that|has|'s))|go with whatever|whatever (you think|works)|your call|up to (you|u))\b/i;

/** The phrase that shows the request is not settled, or undefined. */
export function unsettled(said: string): string | undefined {
  // "… whichever is quicker… actually let's just roll it back": only what follows the last decision counts.
  const decided = [...said.matchAll(SETTLED)].at(-1);
  const rest = decided?.index === undefined ? said : said.slice(decided.index + decided[0].length);
  return OTHER_CHOICE.exec(rest)?.[0].trim() ?? UNDECIDED.exec(rest)?.[0];
}

/** Words that settle what came before them. */
const SETTLED =
  /\b(actually|let'?s just|(i'?ll|let'?s|let us) go with|let('?s| us) (do|say|go for|make it)(?= \d)|decided|final answer|on second thought|anyway|anyways|regardless|either way|in any case)\b/gi;
