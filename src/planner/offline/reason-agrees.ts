import type { WriteContext } from './doubts.ts';

/**
 * A reason told beside a write that agrees with it: "restart prometheus, it's OOMing", "promote payments, preview looks
 * good", "double api in prod, we're drowning". Such a reason is accounted for and the reading stays sure. A reason
 * that speaks against the call ("… it's returning 200s again", "promote checkout, the canary leaks"), tells the trouble
 * as over ("the OOMs have stopped"), puts load against the size ("scale web to 2, traffic is surging") or names a time
 * ("idle on Sundays") is not: the requester confirms the call (red-team rounds 34–36 found each of these when any
 * reason made a write sure, so a reason must now say which way it points).
 */
export function agreeingReason(clause: string, w: WriteContext): boolean {
  const told = ` ${clause
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  // "canary fails => abort checkout": an arrow makes the reason a condition.
  if (/=>|->|\u2192|\u21d2/.test(clause)) return false;
  // "it stopped answering", "down since 9am": trouble that started, and when it started, are the trouble itself.
  const t = told
    .replace(/ (stopped|quit|ceased) (answering|responding|working|serving|processing|consuming|scraping|syncing)/g, ' not $2')
    .replace(/ since (~?\S+)( (am|pm|utc|o'clock|today|yesterday|morning|night|lunch))?(?= )/g, ' ');
  const words = t.trim().split(' ');
  if (words.length === 0 || words.length > 14) return false;
  if (STOP.test(t) || OVER.test(t) || WHEN.test(t) || SOMEONE.test(t)) return false;
  // A negation is a state only in the phrases that say something does not work.
  if (NEGATION.test(t.replace(NOT_WORKING, ' '))) return false;
  const bad = TROUBLE.test(t) || NOT_WORKING.test(t);
  const good = FINE.test(t);
  const more = MORE_LOAD.test(t);
  const less = LESS_LOAD.test(t);
  // A number in a reason may be a count or a revision, except a measure or a version ("500s", "12%", "p99", "rc1").
  const digits = /\d/.test(t.replace(MEASURE, ' '));
  const anyDigits = /\d/.test(t);
  switch (w.tool) {
    case 'restart':
    case 'delete_pod':
    case 'abort_rollout':
    case 'pause_rollout':
    case 'stop_chaos':
      return bad && !good && !less && !digits;
    case 'rollback':
      return bad && !good && !less && !digits;
    case 'promote_rollout':
      return good && !bad && !digits;
    case 'scale': {
      if (anyDigits || w.replicas === undefined || w.current === undefined || good) return false;
      if (w.replicas > w.current) return more && !less;
      if (w.replicas < w.current) return less && !more && !bad;
      return false;
    }
    default:
      return false;
  }
}

/** Numbers that measure or name a build, never a count: 500s, 5xx, 12%, 800ms, p99, 3s, 40k, rc1, 2.4.0. */
const MEASURE = / (\d+(\.\d+)?(%|ms|s|k|m|x)|p\d\d|[45]\d\d|[45]xx|rc\d+|v?\d+\.\d+(\.\d+)?(-\w+)?)(?= )/g;
/** Trouble now: what a restart, a rollback, an abort or a pod's deletion is for. */
const TROUBLE =
  / (stuck|broken|broke|borked|busted|wedged|hung|hanging|frozen|dead|dying|down|crashing|crashed|crashloop\w*|crash looping|failing|failed|erroring|errors?|throwing|5\d\d|5\d\ds|5xx|oom\w*|leak\w*|leaking|spamming|looping|flaky|flapping|degraded|unhealthy|unresponsive|slow|lagging|sluggish|timing out|timeouts?|bugg?y|bug|bad|misbehaving|acting up|a mess|on fire|melting|blank|stale|high latency|latency|eating|ate|hogging|chewing|pegged|maxed|saturated|exhausted|thrashing|backing up|backed up|falling behind|stalled|paging|paged|alerting|red) /;
/** The phrases of a negation that say something does not work. */
const NOT_WORKING =
  / (not|isn't|isnt|aren't|arent|won't|wont|doesn't|doesnt|can't|cant) (responding|working|starting|start|ready|serving|healthy|loading|connecting|connect|respond|work|come up|coming up|answering|processing|consuming|scraping|syncing|progressing|keeping up|keep up) /g;
/** Things fine: what a promotion is for, and against a repair. */
const FINE =
  / (good|fine|healthy|green|clean|passed|passing|stable|ok|okay|great|solid|happy|lgtm|all clear|looks right|no errors|zero errors|0 errors|nominal|ready) /;
/** More load than the pods can take: a scale up is for it. */
const MORE_LOAD =
  / (traffic|load|surg\w*|spik\w*|busy|peak|rush|drowning|overloaded|swamped|slammed|hammered|backlog|backed up|queue|capacity|not enough|too few|latency|slow|cpu|pegged|maxed|hot|struggling) /;
/** Less load than the pods: a scale down is for it. */
const LESS_LOAD =
  / (idle|idling|quiet|over ?provisioned|overprovisioned|unused|nobody|no one|noone|wasteful|wasting|waste|save|saving|cost|costs|money|budget|too many|not needed|dead quiet|empty|drained|low|dropped|dropping) /;
/** Words that stop a reason from counting at all: doubt, a change of mind, a second action, a comparison. */
const STOP =
  / (assuming|assume|provided|given|presumably|expect|expected|expecting|hopefully|supposed|still|anymore|any more|no longer|used to|was|were|had|if|unless|but|though|although|however|or|and then|then|also|too|instead|rather|except|maybe|might|may|could|would|should|think|guess|hope|seems|apparently|supposedly|allegedly|someone|somebody|they say|said|says|told|claims?|heard|rumou?r|joke|kidding|jk|lol|test|testing|demo|practice|drill|example|pretend|what|why|how|which|who|whether|same|other|another|else|more than|less than|compared|vs|versus) /;
/** The trouble told as over. */
const OVER =
  / (stopped|gone|went away|died down|dying down|died off|back|baseline|cleared|fixed|resolved|recovered|over|ended|healed|self healed|back to normal|subsided|calmed|settled|normal again|came back|back up) /;
/** A time or a condition in the reason: the call may be for then, not now. */
const WHEN =
  / (when|whenever|once|until|till|after|before|during|while|tonight|tomorrow|later|soon|next|overnight|weekends?|weekdays?|nights?|mornings?|evenings?|afternoons?|sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|hours|midnight|noon|ends?|ending|starts?|starting|begins?|opens?|closes?|am|pm) /;
/** Someone else or something else doing or deciding. */
const SOMEONE = / (on it|handling|handled|taking care|owns|owner|asked|wants|decided|approved|agreed|says so) /;
const NEGATION =
  / (not|no|never|none|nothing|don't|dont|doesn't|doesnt|isn't|isnt|aren't|arent|won't|wont|can't|cant|n't|without) /;
