/**
 * Who a sure write may be asked of and where it is meant, when the words leave either open (red-team rounds 149 and
 * 150): people addressed by a word ("hi all, …", "you guys restart api", "restart coredns team"), a line commented
 * out ("# roll back web in prod"), a thought or a limit rather than an ask ("think restart coredns", "at most restart
 * coredns"), a step of a rollout called a stage ("advance checkout a stage" is no place), and another environment
 * named after a namespace ("a staging copy", "a prod replica"). Each leaves the write for the requester to confirm.
 */

import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/** Words for a group of people, who may be the ones asked. */
const GROUP =
  "(?:team|guys|gals|folks|everyone|everybody|all|anyone|anybody|y'?all|you all|friends|peeps|people|ppl|crew|gang|squad|devs|oncall|on-call|fam|lads|gents|ladies|colleagues|humans)";
/** Words of greeting or turn-taking before the group: "hi", "hey there", "ok so", "hi again". */
const OPENER =
  '(?:hi|hey|hello|heya|hiya|howdy|yo|sup|oi|morning|good morning|afternoon|good afternoon|evening|good evening|ok|okay|so|well|right|alright|thanks|thank you|thx|dear|there|again|attention|listen|quick one|one more|and|also|then|now)';
const ADDRESSED = new RegExp(
  [
    // "hi all, …", "yo team …", "hey there team, …", "ok so all, …", "team, …", "all - …".
    `^\\W*(?:${OPENER}\\W+){0,3}${GROUP}\\b(?!\\s*(?:'s|is|are|was|were|has|have|lead|channel|members?|knows?|of|the|my|our|pods?|replicas?|workloads?|deployments?|namespaces?|experiments?|steps?|i|i'?m|we|we'?re|you|that|it|this|there|right|good|set|done|clear|ok|okay|green|fine)\\b)`,
    // "you guys restart api", "you folks please …", "you there, …", "you two, …".
    `^\\W*(?:${OPENER}\\W+){0,2}(?:you|u|ya)\\s+(?:${GROUP}|there|two|both|lot|three)\\b`,
    // "restart coredns guys", "scale worker in prod to 6 everyone", "restart coredns asap team" ("… for all", "… for
    // the staging folks" give a scope, not a listener; "…, thanks team" is courtesy).
    `(?<!\\b(?:for|to|of|from|with|by|among)\\s+(?:(?:the|my|our|their|his|her|your|other|whole|entire)\\s+)?(?:[a-z][a-z-]*\\s+)?|\\b(?:thanks|thank you|thx|ty|cheers|ta)\\W+(?:\\S+\\s+)?)\\b${GROUP}\\W*$`,
  ].join('|'),
  'i',
);
/** "# roll back web in prod", "// promote checkout", "-- scale web to 0": a line commented out, as in code. */
const COMMENTED = /^\s*(?:#+|\/\/+|--+|;;+|\/\*)\s+\S/;
/** "think restart coredns", "like, roll back web?", "at most restart coredns": a thought or a limit, no ask. */
const THOUGHT = /^\W*(?:(?:think|thinking|reckon|guess|wondering|wonder)\b|like,|at (?:most|best|worst|least)\b)/i;
/** "advance checkout a stage", "the canary stage", "checkout's next stage": a step of a rollout, not the alias. */
const STAGE_AS_STEP =
  /\b(?:a|an|one|the|this|that|next|another|each|every|first|second|third|last|final|canary|rollout|current|previous|'s)\s+stage\b|\bstage\s+(?:of|in) (?:the|its|a)\b|\bstages\b/i;
/** "in a staging copy", "replica prod", "the prod clone": another environment named after a namespace. */
const COPY_OF_PLACE =
  /\b(?:prod|production|staging|stg|stage)[- ](?:copy|copies|clone|mirror|fork|shadow|twin|lookalike)\b|\b(?:copy|clone|mirror|fork|shadow|twin|replica|lookalike) (?:of )?(?:the )?(?:prod|production|staging|stg|stage)\b|\b(?:a|an|the|in|on|to)\s+(?:prod|production|staging|stg|stage)\s+(?:replica|instance)\b/i;

export function whoAndWhere(r: Reading, plain: string, text: string): Reading {
  if (!isSureWrite(r)) return r;
  if (ADDRESSED.test(plain)) return doubted(r, 'people addressed');
  if (COMMENTED.test(text)) return doubted(r, 'a line commented out');
  if (THOUGHT.test(plain)) return doubted(r, 'a thought, not an ask');
  const ns = String(r.plan.args.namespace ?? '');
  if (
    ns === 'staging' &&
    STAGE_AS_STEP.test(plain) &&
    !/\b(?:staging|stg)\b|\b(?:in|on|to|from)\s+(?:the\s+)?stage\b/i.test(plain)
  )
    return doubted(r, 'a stage of a rollout');
  if (COPY_OF_PLACE.test(plain)) return doubted(r, 'another environment named after a namespace');
  return r;
}
