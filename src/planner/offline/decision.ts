import { GERUNDS } from './idioms.ts';

/**
 * A question settled in the same message: "would restarting coredns fix the lookups? go on, do it", "what happens to
 * checkout if we drop 20% of its packets? try it in staging for 2 minutes", "could api survive losing a pod? only one
 * way to know. kill one.". The question names the action and its object; the last sentence decides, and may add
 * arguments. The result is a new text for the reader, the question's action without its frame followed by what the
 * decision adds, read as unsure, so the requester confirms what the bot made of it. Pure.
 */

/** The words that settle a question: "go on, do it", "proceed", "let's find out", "test it:", "if so". */
const DECIDES =
  /(?:^|[\s,.;:!\u2014\u2013-])(?:(?:ok(?:ay)?|great|yeah|yes|yep|fine|alright|cool|well|so|whatever|then|good|perfect|nice)[\s,!.]+)*(?:(go on|go ahead|(?:let'?s|let us) (?:find out|try it|do it|test it)|(?:there'?s )?only one way to (?:know|find out)|(?:just )?do (?:it|that|so)|proceed(?! with)|try it|test it(?! (in|on) (your|my|our) )|if so)\b[\s,:;.!\u2014\u2013-]*)+/i;

/** A sentence that asks or supposes: it has a question mark, or a frame of supposition. */
const ASKS =
  /\?|^\W*(hypothetically|what if|if (we|i|you)|would|will|could|does|do|is|are|can|should|how long|what happens|what would)\b/i;

/** The frame of a supposition before its action: "what happens to checkout if we", "would", "if I". */
const FRAME: [RegExp, string][] = [
  [
    /^\W*(hypothetically,?\s*)?(what|what'?s|whats) (the worst that )?(happens|would happen|will happen|could happen|can happen)\s*(if|when)\s+/i,
    '',
  ],
  [/^\W*(hypothetically,?\s*)?how long (does|would|will) (it take for )?/i, ''],
  [/^\W*(hypothetically,?\s*)?(what )?if\s+/i, ''],
  [/^\W*(would|will|could|does|do|can|should)\s+/i, ''],
  [/^\s*(we|i|you|someone|they)\s+/i, ''],
];

/** What the supposition asks about, after its action: "… fix the lookups", ", will it …", "… drop connections". */
const CONSEQUENCE =
  /(,\s*|\s+)((will|would|does|do|is|are|can|could) (it|that|this|we|they|the|its|their|[\w-]+'s)\b|(finally )?(fix|fixes|break|breaks|lose|loses|drop connections|kick in|survive|cope|handle|tolerate|withstand|deal with|hurt|matter|help|cause|take|skip|skips|affect|show up|trigger|impact|end up|land)\b).*$/i;

/** A gerund that leads the action, as the verb: "restarting coredns" → "restart coredns"; chaos verbs too. */
const GERUND: Record<string, string> = { ...GERUNDS, stressing: 'stress', adding: 'add', dropping: 'drop' };

/** A word of change or of an experiment: a sentence without one asks nothing to act on ("does the queue redeliver?"). */
const ACTION =
  /\b(restart\w*|bounc\w*|recycl\w*|scal\w*|promot\w*|paus\w*|abort\w*|retr\w*|kill\w*|delet\w*|roll\w*|revert\w*|stress\w*|add\w*|drop\w*|los(e|t|ing)\w*|dy(ing)?|dies|die|crash\w*|latency|delay|slower|packets?|partition\w*|pod[- ]failure|pod[- ]kill|replicas?|image|set|push\w*|ship\w*|next step)\b/i;

/** "what happens to checkout if we …": the object the supposition is about, said before it. */
const ABOUT =
  /^\W*(hypothetically,?\s*)?(what|what'?s|whats) (the worst that )?(happens|would happen|will happen|could happen|can happen) to ([\w-]+(?: in [\w-]+)?)\s*(if|when)\s+/i;

function frameless(sentence: string): string {
  let s = sentence.replace(/\?+\s*$/, '');
  const about = ABOUT.exec(s);
  if (about) s = `${s.slice(about[0].length)} (${about[5]})`;
  for (const [re, to] of FRAME) s = s.replace(re, to);
  s = s.replace(CONSEQUENCE, '');
  return s
    .replace(/\b(got|gets|get|became|becomes|goes|went|were|was|is) (\d+ ?ms) slower\b/i, '$2 latency')
    .replace(/^\s*(\w+ing)\b/i, (g) => GERUND[g.toLowerCase()] ?? g)
    .trim();
}

/** The question's action followed by what the decision adds, or undefined when no question is settled. */
export function decidedText(text: string): string | undefined {
  const sentences = text
    .split(/(?<=[?!.])\s+|\n+|\s+[\u2014\u2013]\s+|\s+--?\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sentences.length < 2) return undefined;
  const last = sentences.at(-1) ?? '';
  // "… don't do it", "not yet": a decision not to.
  if (
    /\b(don'?t|do not|never|not|no need|just asking|just curious|wait|later|tomorrow|tonight|after|next(?! step)|once)\b|n'?t\b/i.test(
      last,
    )
  )
    return undefined;
  // "Dana: go ahead": someone else's decision, quoted.
  if (/^\W*[a-z][\w.-]*\s*:\s/i.test(last)) return undefined;
  // "only a madman would do it", "Bob says just do it", "who would do it?": a decision told, supposed or asked, not made.
  if (
    /\?|\b(would|might|could|should)\b(?! (you|u)\b)|\b(says|said|thinks|suggests|madman|crazy|insane|nobody|no one)\b/i.test(
      last,
    )
  )
    return undefined;
  const decision = DECIDES.exec(last);
  // "test it: staging web, 3 minutes" and "kill one." decide with words of their own; a sentence that decides must
  // come after one that asks.
  const asking = sentences.slice(0, -1).filter((s) => ASKS.test(s));
  if (asking.length === 0) return undefined;
  const own = decision ? last.slice(decision.index + decision[0].length) : last;
  if (!decision && !/^\W*(kill|restart|bounce|promote|pause|abort|roll|scale|put|add|drop|run|stress)\b/i.test(last))
    return undefined;
  // "is checkout still stuck at 20%? if so push it on": a decision with an action of its own takes its object from
  // the question.
  const acted = asking.filter((s) => ACTION.test(s));
  const actions = (acted.length > 0 ? acted : ACTION.test(own) ? asking : []).map(frameless);
  if (actions.length === 0) return undefined;
  // What the decision adds after a reason ("do it, traffic is low right now") is the reason, not an argument.
  const added = own.replace(/(^|,\s*)(traffic|it'?s|we'?re|they'?re|nobody|no one|all|everything)\b.*$/i, '');
  // "… kill one.", "… go on, restart it": a decision with a verb of its own is the request, about the question's object.
  if (ACTION.test(added) && /^\W*[a-z]+\b/i.test(added) && acted.length > 0) {
    const object = actions[0].replace(
      /^\s*(restart|bounce|kill|scale|promote|pause|abort|roll back|roll|drop|add|stress|delete|retry|put)\b\s*/i,
      '',
    );
    const own = added
      .replace(/\bkill (one|a pod)\b\.?/i, `kill a random pod of ${object}`)
      .replace(/\b(it|them|that)\b/i, object);
    return own === added ? `${added.replace(/[.!]+\s*$/, '')}, ${actions.join(', ')}` : own;
  }
  return `${actions.join('. ')}. ${added}`.replace(/\s+/g, ' ').trim();
}
