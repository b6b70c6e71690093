/**
 * A write said beside a "when" ("restart api in staging when we deploy", "please when we ship roll back web"), an
 * event or a trigger it waits for ("at launch", "on push", "at go live", "on any oom", "down the line"), someone's
 * go-ahead ("when we get the go", "on the team's yes", "on go"), or asked of others rather than of the bot ("any need
 * to …", "team ok to …", "make sure we restarted …"), a trigger or a measure it follows ("on oom only", "up to 5 with
 * traffic") or someone else's plan ("they'll restart api"): it may be for later, for someone else to decide, a check or
 * autoscaling, so the requester confirms it (red-team rounds 130, 131 and 133). Courtesy about the bot's own time ("when you get a sec",
 * "whenever you can") asks for it now.
 */

import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

const WAITS_FOR = new RegExp(
  [
    String.raw`\bwhen(ever)?\b`,
    String.raw`\b(at|on|around|by|with|after|before|during|upon) (the )?(launch|push|ship|go[- ]?live|cutover|kick[- ]?off)\b`,
    String.raw`\bgo[- ]live\b`,
    String.raw`\b(get|have|got) (the |a |an )?(go|ok|okay|yes|green light|nod)\b`,
    String.raw`\b(on|at|with|upon|after|pending) (?:(?:the|their|his|her|my|your|our|a|an|any|some|\w+'s)\s+){0,2}(go|yes|ok|okay|word|signal|nod|go-?ahead|sign-?off)\b`,
    String.raw`\b(on|at|per|upon|after|with) (any |every |each |an? |the |high |more )?(oom|ooms|crash|crashes|crashloops?|error|errors|failure|failures|alert|alerts|page|pages|spike|spikes|restart|restarts)\b(?!\s+rate\b)`,
    // "scale worker up to 5 with traffic", "… on cpu": a count tied to a measure is autoscaling.
    String.raw`\b(on|at|per|with|by|following) (the |high |more |rising |peak )?(cpu|heap|ram|memory|traffic|load|demand|usage|latency)\b(?!\s+(?:stress|pressure|hog|test|experiment|chaos)\b)`,
    // "they'll restart api", "he's about to roll back web": someone else's plan.
    String.raw`\b(they|he|she|someone|somebody|ops|the team)(?:'ll| will|'re| are|'s| is) (?:about to|going to|gonna|planning to)?\b`,
    String.raw`\b(down the line|later on|eventually|at some point)\b`,
    String.raw`^\W*(any need|need (we|i|you|they))\b`,
    String.raw`\b(ok|okay|alright|all right|fine)\s+(to|if)\b`,
    String.raw`\bmake sure\b`,
  ].join('|'),
  'i',
);
const COURTESY = /\bwhen(ever)? (you|u) (get|have) (a|the) (sec|second|chance|minute|moment|mo)\b|\bwhenever (you|u) can\b/gi;

export function conditionBesideWrite(r: Reading, plain: string): Reading {
  if (!isSureWrite(r)) return r;
  // (An experiment names its own cpu, memory or latency.)
  const said = r.plan.tool === 'launch_chaos' ? plain.replace(/\b(cpu|heap|ram|memory|latency|load)\b/gi, ' ') : plain;
  return WAITS_FOR.test(said.replace(COURTESY, ' ')) ? doubted(r, 'a condition or an event beside the write') : r;
}
