import { compiledOnce, literal } from './compiled.ts';
import type { WriteContext } from './doubts.ts';
import { imageTag } from './image-ref.ts';

/**
 * A reason told beside a write that agrees with it: "restart prometheus, it's OOMing", "promote payments, the preview
 * looks good", "scale worker in prod to 6, the queue is backing up". Such a reason is accounted for and the reading
 * stays sure. The whole clause must be one of a few short forms (a subject the call acts on, a verb of being, a state
 * that points the call's way); any other word leaves the reading for the requester to confirm. A reason judged by the
 * words it contains was broken 62 times in one red-team round (113): "the errors are at zero", "quit erroring",
 * "latency is down", "a slow day", "far from fine", "presuming the canary is healthy".
 */
export function agreeingReason(clause: string, w: WriteContext): boolean {
  // Quoted words ("healthy") and emoji (🤥, 😆) may say the opposite of the words: never a reason that agrees. The
  // message as typed is looked at, since the plain text has lost its quotes.
  // Alarm beside trouble is hurry; beside "fine" or "idle" it is irony ("everything is fine 🔥", round 117).
  const repair = ['restart', 'delete_pod', 'abort_rollout', 'pause_rollout', 'rollback'].includes(w.tool);
  const up = w.tool === 'scale' && (w.replicas ?? 0) > (w.current ?? Number.POSITIVE_INFINITY);
  const signs = repair || up ? URGENT_SIGNS : THANKS_SIGNS;
  const aside = (x: string) => SAID_ASIDE.test(x.replace(signs, ' '));
  if (aside(clause) || aside(w.raw ?? '')) return false;
  const t = rollout(normalized(clause, w), w);
  if (t === undefined || denies(t)) return false;
  const role = roleOf(w.target);
  // "the rc is broken" of a workload that runs no release candidate is about another one (round 163).
  if (/\brc\d*\b/.test(t) && !/rc/i.test(imageTag(w.running))) return false;
  switch (w.tool) {
    case 'restart':
    case 'delete_pod':
    case 'abort_rollout':
    case 'pause_rollout':
    case 'rollback':
      // A worker or a monitor serves no page and no HTTP: trouble told there is another workload's (round 164).
      if ((role === 'infra' || role === 'worker') && (ON_A_PAGE.test(t) || HTTP_TROUBLE.test(t) || /^(the )?errors?\b/.test(t)))
        return false;
      // An app that is no front door answers for no other front's page or part ("abort checkout, the login page is
      // broken"), and a blue-green's preview takes no live traffic, so live errors are the active version's (round 165).
      if (role === 'app' && otherFront(t, w.target ?? '')) return false;
      if (w.strategy === 'blueGreen' && w.tool !== 'restart' && new RegExp(`^${METRIC} `).test(t)) return false;
      return (
        TROUBLE.test(t) ||
        BROKE.test(t) ||
        // A part of the system in trouble is the workload's to mend by a restart; a change's trouble is its own
        // (stale dashboards are no reason to abort a rollout: red-team round 156).
        ((w.tool === 'restart' || w.tool === 'delete_pod') &&
          ((STUCK_ON.test(t) && stuckOnOwn(t, w.target ?? '')) || systemTrouble(t, w.target ?? ''))) ||
        (w.tool === 'restart' && STALE.test(t)) ||
        (w.tool !== 'restart' && w.tool !== 'delete_pod' && BAD_CHANGE.test(t))
      );
    case 'promote_rollout':
      return FINE.test(t);
    case 'retry_rollout':
      return RETRY_REASON.test(t);
    case 'set_image':
      // A fix is in a later version, and of a part the workload has (round 163: "…:1.7.1, it has the login fix").
      return (CARRIES_FIX.test(t) || OLD_HAS_BUG.test(t)) && newer(w.image, w.running) && fixOwned(t, w.target ?? '');
    case 'stop_chaos':
      return OVER.test(t) || IN_THE_WAY.test(t);
    case 'launch_chaos':
      return PURPOSE.test(t) && !/\b(you|u|bot|coxswain)\b/.test(t) && alertFits(t, w.plain);
    case 'scale': {
      if (w.replicas === undefined || w.current === undefined) return false;
      // App load is no reason to size a monitor or DNS (round 162).
      const infra = role === 'infra';
      // A worker drains work waiting, an app serves load coming in; a testing namespace has neither of customers'
      // (rounds 157, 163), so a size there is confirmed.
      const worker = role === 'worker';
      const testing = TESTING_PLACE.test(w.namespace ?? '');
      if (w.replicas > w.current)
        return (
          (MORE_LOAD.test(t) && !infra && !worker && !testing && !MONITORING_WORK.test(t) && loadOwned(t, w.target ?? '')) ||
          (worker && !testing && QUEUE_STUCK.test(t) && !MONITORING_WORK.test(t) && !FRONT_WORDS.test(t)) ||
          (w.current > 0 && TROUBLE_OF_LOAD.test(t))
        );
      // To none at all, only a reason that it is not used (round 156; "the sale is over" is no reason for none: 163).
      // (Not a cluster's own service, nor outside a namespace for testing: round 165, "scale coredns to 0, it is idle".)
      if (w.replicas === 0) return !infra && testing && UNUSED.test(t.replace(/ (this week|today)$/, ''));
      const less = t.replace(/ (this week|today)$/, '');
      // A worker shrinks for its empty queue only, an app for its load gone (round 165: "scale worker to 1, the sale
      // has ended" leaves the queue it still has to drain).
      const queue = /\b(queue|backlog)\b/.test(less);
      return (
        w.replicas < w.current &&
        !infra &&
        LESS_LOAD.test(less) &&
        (worker ? queue && !FRONT_WORDS.test(less) && !MONITORING_WORK.test(less) : !queue)
      );
    }
    default:
      return false;
  }
}

/**
 * What a workload is for, which decides whose reasons it takes: one that watches or serves the cluster (a monitor, DNS),
 * a queue's worker, a front door that takes what users send (web, api), or another app (checkout, payments). Read from
 * its name, the one thing the planner knows of it.
 */
type Role = 'infra' | 'worker' | 'front' | 'app';
function roleOf(target?: string): Role {
  const name = target ?? '';
  if (INFRA.test(name)) return 'infra';
  if (QUEUE_WORKER.test(name)) return 'worker';
  return FRONT_DOOR.test(name) ? 'front' : 'app';
}
/** Workloads that take what users send: a front's words are theirs. */
const FRONT_DOOR = /^(web|api|frontend|front|site|app|gateway|www)/;
/** Whether a reason names a front's part other than the target's own ("login" beside payments). */
function otherFront(t: string, target: string): boolean {
  // Only a front named for what it does; a page, a cart or a payment may be any shop's own.
  return [...t.matchAll(/\b(login|signup|search|homepage|storefront|matchmaking|booking|account|admin|mobile|web|api)\b/g)].some(
    (m) => !target.includes(m[1]),
  );
}
/** Errors of requests served, which only a front has: "the 500s are climbing", "p99 is through the roof". */
const HTTP_TROUBLE = /\b(5xxs?|500s|5\d\d|latency|p99|p95|error rate|timeouts|requests)\b/;
/** Words of what users touch, and of work a worker does. */
const FRONT_WORDS =
  /\b(login|signup|checkout|search|homepage|storefront|site|app|mobile|web|api|cart|page|ui|booking|payment|matchmaking|session|sessions|screen|portal|dashboard|form|account|admin)\b/;
/** Kinds of work a worker does (its queues' names). */
const WORK_WORD_LIST =
  '(dispatch|job|task|work|message|event|email|notification|ingest|upload|export|report|print|label|render|video|thumbnail|transcode|delivery|shipping|billing|invoice|fulfillment|routing|rewards?|reward)';
const WORK_WORDS = new RegExp(`\\b${WORK_WORD_LIST}\\b`);
/**
 * Whose load it is: a front door (web, api) takes what users send; another app only load said without a word for
 * which, or with its own name ("the search traffic" is no reason to scale checkout, "email traffic" none to scale
 * web: round 164).
 */
function loadOwned(t: string, target: string): boolean {
  if (WORK_WORDS.test(t) || /\b(lookups?|outbound|inbound|incoming|manifest|connections?|consumers?|scanner)\b/.test(t))
    return false;
  if (
    !FRONT_WORDS.test(t.replace(/\b(rush|surge|peak|wave|burst|sale|campaign|launch|premiere|spike)\b/g, ' ')) &&
    !/\b(lunch|dinner|breakfast|morning|evening|holiday|christmas|exam|launch|event|election|premiere|match|game|login|signup|checkout|order|booking|ticket|promo|marketing|manifest|search|deadline|midnight) (rush|surge|peak|wave|burst|spike)\b/.test(
      t,
    )
  )
    return true;
  return /^(web|api|front|frontend|gateway|site|app)/.test(target) || new RegExp(`\\b${target}\\b`).test(t);
}
/**
 * Whether a fix or a bug is of a part the workload has: a monitor's or DNS server's are of memory, crashes or certs
 * (DNS for a DNS server), a worker's of its work, an app's of anything but DNS or a queue (round 164).
 */
function fixOwned(t: string, target: string): boolean {
  const role = roleOf(target);
  if (role === 'infra')
    return (
      !/ (in|on|with) the /.test(t) &&
      !FRONT_WORDS.test(t) &&
      !WORK_WORDS.test(t) &&
      (!/\bdns\b/.test(t) || /dns/.test(target)) &&
      !/\b(queue|currency|fee|tax|translation|totals?|font|layout|footer|header|menu|flow|cart)\b/.test(t)
    );
  if (role === 'worker')
    return (
      !/ (in|on|with) the /.test(t) &&
      !FRONT_WORDS.test(t) &&
      !/\b(dns|currency|fee|tax|translation|totals?|font|layout|footer|header|menu|flow|cart)\b/.test(t)
    );
  // What a page shows is a web front's ("api … it has the footer fix": round 165).
  if (/\b(footer|header|menu|font|layout|page|ui|css|screen|form)\b/.test(t) && !/^(web|frontend|front|site|www)/.test(target))
    return false;
  // An app that is no front door carries no fix of another front's part.
  return (
    !/\b(dns|queue)\b/.test(t) &&
    !WORK_WORDS.test(t) &&
    (role === 'front' ? !/\bapi\b/.test(t) || target.startsWith('api') : !otherFront(t, target))
  );
}

/** What a workload is stuck on is its own: a worker's queue or batch, anyone's state or node, never an app's work for a monitor (round 163). */
function stuckOnOwn(t: string, target: string): boolean {
  const role = roleOf(target);
  // A monitor or DNS server is stuck only in a state of its own, said with no word for which (round 164: "the billing
  // migration"); a worker never on a user's request or session.
  if (
    role === 'infra' &&
    !/ (on|in) (the |a |an )?(state|bad state|terminating|pending|init|startup|loop|crash ?loop|node|bad node|old config|old cert)$/.test(
      t,
    ) &&
    !/(terminating|pending|stuck) (forever|for ages|for hours)$/.test(t) &&
    !/(ate|eating|eats|hogging|hogs) (all )?(the )?(memory|cpu|node|whole node)$/.test(t)
  )
    return false;
  if (role === 'worker' && /\b(requests?|sessions?)\b|\b(login|signup|checkout|search|page)\b/.test(t)) return false;
  // (A worker's kind of work is a worker's: "web … holding the transcode lock", round 165.)
  if (role !== 'worker' && WORK_WORDS.test(t)) return false;
  if (role === 'infra' && (/\bto the\b/.test(t) || FRONT_WORDS.test(t) || /\b(order|job|email|payment|booking)\b/.test(t)))
    return false;
  if (!/\b(queue|batch|job|lock|message|poison message|request)\b/.test(t)) return true;
  return role === 'worker' || (role !== 'infra' && /\b(lock|request)\b/.test(t));
}

/** Whether an image's tag is a later version than another's ("the old version had a bug" is no reason to go back). */
function newer(image?: string, than?: string): boolean {
  // (A registry's port and a digest are no version: rounds 162, 163.)
  const parts = (x?: string) => (/^v?(\d+(?:\.\d+)*)/.exec(imageTag(x))?.[1] ?? '').split('.').filter(Boolean).map(Number);
  const [a, b] = [parts(image), parts(than)];
  if (a.length === 0 || b.length === 0) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  // 2.4.0 after 2.4.0-rc1: a release is later than its pre-release.
  // (Any word after the numbers marks a pre-release: "-rc1", ".rc0", "rc0".)
  const pre = (x?: string) => /^v?\d+(?:\.\d+)*[^\d.]|^v?\d+(?:\.\d+)*\.[a-z]/i.test(imageTag(x));
  return pre(than) && !pre(image);
}

/**
 * A word that turns a reason round ("nothing is broken", "it has no fix", "the release broke nothing", "now is not
 * good": red-team round 155), once the states that carry their own "not" are set aside ("it's not responding",
 * "nobody is using it").
 */
function denies(t: string): boolean {
  const own = t
    .replace(/\bnot (good|healthy|ok|okay|right|responding|working|starting|ready|serving|needed|used|enough)\b/g, ' ')
    .replace(/\bno good\b/g, ' ')
    .replace(
      /\b(not|did not|didnt|didn't|has not|hasnt|hasn't|have not|havent|haven't) (picking up|pick up|picked up|load|loaded|reload|reloaded)\b/g,
      ' ',
    )
    .replace(/\b(nobody|no one|noone) (is using|uses|is testing|needs)\b/g, ' ');
  return /n't\b|\b(no|not|nothing|nobody|noone|none|never|neither|nor|without|wrong|zero|dont|doesnt|isnt|arent|wasnt|reverted|later|next|once|until|after|before|when|every|tomorrow|tonight|agrees?|thinks?|approves?|ok|okay)\b/.test(
    own,
  );
}

/**
 * The clause in a few words: lower case, "it's" as "it is", the call's own target (with its namespace) as "it", and
 * the words that add nothing taken off its ends ("because …", "… again", "… since 9am"). Undefined when a number is
 * left (a count or a revision may hide in it).
 */
function normalized(clause: string, w: WriteContext): string | undefined {
  // "GD-14 is done", "INC-5531 closed": a ticket's key is the record, not a count.
  let t = ` ${versionsNamed(clause, w)
    .replace(/\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\b/g, 'the ticket')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  t = t
    .replace(/ its pods /g, ' the pods ')
    .replace(/ (it's|it s|its|it is) /g, ' it is ')
    .replace(/ (they're|they re|they are) /g, ' they are ')
    .replace(/ (we're|we re|we are) /g, ' we are ')
    .replace(/ (\w+)'s /g, ' $1 is ')
    .replace(/ (\w+)'re /g, ' $1 are ');
  if (w.target) {
    // The call's own namespace is no word of the reason; the call's own target is "it".
    for (const [word, ns] of w.namespaces) {
      if (ns === w.namespace) t = t.replace(compiledOnce(` ((in|on) )?${literal(word)} `, 'g'), ' ');
    }
    t = t.replace(compiledOnce(` (the )?${literal(w.target ?? '')}( (pods?|deployment|deploy|service|app))? `, 'g'), ' it ');
  }
  t = t
    .replace(/^ (ok|okay|so|alright|well) /, ' ')
    .replace(/^ (because|cause|cuz|coz|since|as|and) /, ' ')
    .replace(SINCE_WHEN, ' ');
  for (let last = ''; last !== t; ) {
    last = t;
    t = t
      .replace(/ (so|again|now|right now|atm|rn|still|please|pls|plz|thanks|thx) $/, ' ')
      // A size is for a time ("idle overnight" is busy by day); a repair is not.
      .replace(w.tool === 'scale' ? /(?!)/ : WHEN_TOLD, ' ');
  }
  t = t.replace(/\s+/g, ' ').trim();
  if (/\d/.test(t.replace(/\b(5\d\d|5xx)s?\b/g, ''))) return undefined;
  return t;
}

/**
 * A version the reason names by its tag, when it is one the call is about: the version the target runs is "it" for a
 * repair ("roll back web, 1.8.0 is broken": the version a rollback leaves) and "the old version" for a new image
 * ("rc1 had the cert bug"); the tag the call sets is "it" ("…:2.4.0, 2.4.0 has the login fix"). Any other version is
 * left as a number, and the reason is not read (a rollback to the version said to be broken is no repair).
 */
function versionsNamed(clause: string, w: WriteContext): string {
  const named = (said: string, tagged: string | undefined, as: string) =>
    tagged && /\d/.test(tagged)
      ? said.replace(
          compiledOnce(
            `(?<![\\w.:/-])(the )?(v)?${literal(tagged)}(?![\\w-]|\\.\\d)( (build|release|version|image|canary|preview|bump|deploy|rollout|tag))?`,
            'gi',
          ),
          ` ${as} `,
        )
      : said;
  const running = imageTag(w.running);
  if (w.tool === 'set_image')
    return named(named(clause, imageTag(w.image), 'it'), running === imageTag(w.image) ? undefined : running, 'the old version');
  return ['rollback', 'abort_rollout', 'pause_rollout'].includes(w.tool) ? named(clause, running, 'it') : clause;
}

/**
 * "the canary", "the preview", "the new version" are the call's own target only when it is a Rollout of that strategy
 * with a new version on its way (red-team round 115: "promote payments, the canary looks good" where payments has no
 * canary): then they are read as "it"; otherwise the clause is about something else.
 */
/** "since 9am", "since this morning", "since yesterday": when the trouble began; any other "since" is a cause. */
const SINCE_WHEN =
  / since (~?\d{1,2}(:\d\d)?( ?(am|pm|utc))?|this morning|the morning|morning|yesterday|last night|lunch|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend) $/;

/**
 * When the trouble was seen, at the end of a reason: "this morning", "overnight", "today". (An event it began with,
 * "since the cdn outage", may be its cause, which a restart or a rollback does not mend: red-team round 115.)
 */
const WHEN_TOLD = / ((this|last) (morning|night|afternoon|evening)) $/;

function rollout(t: string | undefined, w: WriteContext): string | undefined {
  if (t === undefined) return undefined;
  // "roll back web, the new build broke the login page": for a rollback the new build is the target's own last change.
  if (w.tool === 'rollback') t = t.replace(/\bthe new (build|release|version|image|deploy)\b/g, 'it');
  const own = w.inProgress
    ? w.strategy === 'canary'
      ? /\b(it |the )?canary\b|\bthe new (build|release|version|image|pods?)\b/g
      : w.strategy === 'blueGreen'
        ? /\b(it |the )?preview\b|\bthe new (build|release|version|image|pods?)\b/g
        : undefined
    : undefined;
  // "the new config", "new jobs": new things that are no version of the workload.
  const said = (own ? t.replace(own, 'it') : t).replace(
    /\bnew (config|configmap|secret|settings|env|certs?|keys?|flags?|jobs|work|messages|tasks|requests)\b/g,
    '$1',
  );
  return /\b(canary|preview|new)\b/.test(said) ? undefined : said;
}

/** Quotes around a word, emoji and their Slack codes. */
const SAID_ASIDE =
  /["\u201c\u201d\u00ab\u00bb`]|(^|\s)['\u2018][^'\u2019]*['\u2019](\s|$)|\p{Extended_Pictographic}|:[a-z0-9_+-]+:/u;

/** Signs of thanks or alarm, which never undercut a reason: 👍 🙏 🚨 🔥 ⚠ 😩 😭 😱 and their Slack codes. */
const URGENT_SIGNS =
  /[\u{1f44d}\u{1f64f}\u{1f6a8}\u{1f525}\u{26a0}\u{1f629}\u{1f62d}\u{1f631}\u{1f198}]|\u{fe0f}|:(\+1|thumbsup|pray|rotating_light|fire|warning|sos|weary|sob|scream):/gu;

/** Signs of thanks, which never undercut a reason. */
const THANKS_SIGNS = /[\u{1f44d}\u{1f64f}]|\u{fe0f}|:(\+1|thumbsup|pray):/gu;

/** What a restart, a rollback, an abort, a pause or a pod's deletion repairs: the workload itself in trouble now. */
const WORKLOAD = '(it|they|the pods|all (the )?pods|all of them)';
const BE =
  '(is|are|has been|have been|keeps|keep|is still|are still|still|looks|look|seems|seem|seems to be|seem to be|appears to be|appear to be|got|has gotten|have gotten|seems to have gotten|went|is getting|are getting|is looking|are looking)';
const BAD =
  '(really |totally |completely |super |very )?(stuck in crash ?loop( ?back ?off)?|stuck (terminating|in terminating|in pending|in init|in containercreating)|getting errors|seeing errors|hitting errors|not good|no good|not healthy|not ok|not okay|not right|stale|blank|weird|sluggish|laggy|eating memory|out of memory|stuck|broken|wedged|hung|hanging|frozen|down|dead|crashing|crashlooping|crash looping|in a crash ?loop|in crashloopbackoff|oom ?ing|ooming|oom ?killed|getting oom ?killed|leaking( memory)?|flaky|flapping|unresponsive|not responding|not working|not starting|not ready|not serving|erroring|erroring out|throwing (errors|500s|5xxs?|exceptions)|returning (errors|500s|5xxs?)|failing|failing (health ?checks|readiness( probes)?|liveness( probes)?)|timing out|spamming (the )?(queue|logs)|misbehaving|acting up|borked|busted|on fire|degraded|unhealthy|slow|hosed|toast|wonky|bad|buggy)';
/** A metric of trouble going up: "errors are spiking", "error rate climbing", "p99 is through the roof". */
const METRIC =
  '(the )?(errors?|error rate|5xxs?|500s|latency|p99( latency)?|p95( latency)?|timeouts|restarts|crashes|ooms|memory( usage)?)';
const RISING =
  '(is |are |has |have )?(spiking|climbing|rising|growing|through the roof|sky ?high|exploding|off the charts|way up|up|doubled|tripled|higher|worse)';
/** A part of the app, with a word for which one: "the login page", "course registration", "the ward kiosks". */
const PART =
  '(the |our |my )?((login|signup|checkout|home|landing|status|event|exam|order|orders|cart|payment|payments|search|product|account|course|gem|ward|mobile|booking|basket|admin) )?(page|pages|site|app|cart|basket|form|forms|flow|login|signup|screen|screens|dashboard|dashboards|portal|store|feed|endpoint|homepage|registration|kiosk|kiosks|checkout|ui)';
/**
 * At most one word for which of a kind, from a closed list of the jobs an app's parts do: "dispatch queue", "search
 * traffic". A free word there let in another place, another time, or a state turned round ("the dev queue", "the
 * benchmark traffic", "the failed jobs are down": red-team round 161); a backing store's name made its trouble the
 * app's ("the redis memory is full", "the database load is through the roof": round 162).
 */
const WHICH =
  '((dispatch|matchmaking|reward|rewards|job|task|work|message|event|email|notification|order|booking|payment|checkout|login|signup|search|ingest|upload|export|report|scanner|print|label|consumer|manifest|inbound|outbound|incoming|render|video|thumbnail|transcode|delivery|shipping|billing|invoice|fulfillment|routing|mobile|app|site|homepage|storefront|api|web|worker|connection|lookup) )?';
/** Where the trouble shows, in the app: "on the gem store", "at course registration" (red-team round 156: any words let in "in dev", "for maintenance", "in the mockup"). */
const WHERE = `( (on|at|in|for) ${PART})?`;
const ON_A_PAGE = new RegExp(` (on|at|in|for) ${PART}\\b`);
/**
 * A part of the system in trouble that a restart of its owner mends, in three closed forms (rounds 162-165 found a
 * confident wrong write in every looser one: parts of another workload, a backing store's, a front's, a count that
 * grows because load comes in): work piling up in a worker's queue ("the dispatch queue is backing up"), DNS failing
 * for a DNS server ("dns lookups are flaky"), and the workload's own memory, connections or threads leaking or full,
 * said bare ("memory is creeping up", "the connection pool is leaking").
 */
const QUEUE_STUCK = new RegExp(
  `^(the |our )?(${WORK_WORD_LIST} )?(queues?|backlog|jobs|messages) (${BE} |keeps |keep )?(backing up|backed up|piling up|stuck|blocked|not draining|not moving|not processing|growing|climbing)$`,
);
const DNS_FAILING = new RegExp(`^(the )?(dns|dns lookups|lookups) (${BE} )?${BAD}$`);
const OWN_LEAK = new RegExp(
  `^(the )?(memory|memory usage|connections|connection pool|pool|threads) (${BE} |keeps |keep )?(leaking|creeping up|growing|climbing|full|maxed( out)?|stuck)$`,
);
/** Workloads that watch or serve the cluster, not customers: app load and app parts are never theirs. */
const INFRA = /prometheus|opencost|coredns|dns|grafana|alertmanager|loki|monitor|metrics|exporter/;

/** Whether a part in trouble is the target's own to mend. */
function systemTrouble(t: string, target: string): boolean {
  if (QUEUE_STUCK.test(t)) return roleOf(target) === 'worker';
  if (DNS_FAILING.test(t)) return /dns/.test(target);
  return OWN_LEAK.test(t);
}
const TROUBLE = new RegExp(
  `^(${WORKLOAD} ${BE} ${BAD}${WHERE}|(it|this|that) is the (one|pod) (that is |that )?${BAD}|${WORKLOAD} (keeps|keep) (crashing|restarting|dying|failing|ooming|hanging|timing out)|${WORKLOAD} stopped (responding|working|answering|serving|processing)|${METRIC} ${RISING})$`,
);
/**
 * The workload stuck on something, holding it or leaking it: "it's wedged on a lab batch", "it hangs in Terminating",
 * "it's leaking connections to the device registry", "it ate all the memory".
 */
const STUCK_ON = new RegExp(
  `^(${WORKLOAD} (${BE} )?(stuck|wedged|hung|hanging|frozen|hangs) (on|in) (the |a |an )?${WHICH}(queue|batch|job|lock|message|poison message|state|bad state|loop|terminating|pending|init|startup|migration|node|bad node|request|old config|old cert|old manifest)|${WORKLOAD} (has been|is|are|have been) (terminating|pending|stuck) (forever|for ages|for hours)|${WORKLOAD} (${BE} )?(leaking|dropping|losing) (memory|connections|sockets|file handles|threads|sessions|messages|requests)( to the ${WHICH}(database|db|registry|cache|broker|queue|backend|upstream|redis|postgres|mysql|kafka))?|${WORKLOAD} (ate|is eating|eats|is hogging|hogs) (all )?(the )?(memory|cpu|node|whole node)|${WORKLOAD} is holding the ${WHICH}lock|${WORKLOAD} (is |are )?(on|landed on) (a|the) (bad|broken|flaky|sick|dying|unhealthy) node)$`,
);
/**
 * What a restart reloads: "it didn't pick up the new config", "I just changed its configmap", "it's not picking up
 * new jobs".
 */
const STALE =
  /^((it|they|the pods) (did not|didnt|didn't|has not|hasnt|hasn't|have not|havent|haven't) (pick(ed)? up|load(ed)?|reload(ed)?) (the |its )?(new |latest |updated )?(config|configmap|secret|settings|env|certs?|keys?|flags?)|(i|we) (just )?(changed|updated|edited|rotated) (its|the) (config|configmap|secret|settings|env|certs?|keys?|flags?))$/;
/** "it crashed", "they froze", "it fell over": the workload in trouble, told in the past. */
const BROKE = new RegExp(
  `^${WORKLOAD} (crashed|died|froze|hung|broke|locked up|fell over|went down|got stuck|got wedged|seems to have (gotten|got) stuck)$`,
);
/**
 * For a rollback, an abort or a pause: the change itself or what it broke, in trouble. "my change is bad", "rc1 is
 * broken", "the cart is broken", "it broke the login page", "the numbers look bad".
 */
const CHANGE = '((my|our|the|this|that) (change|build|release|version|image|deploy|rollout|update|push)|rc\\d*|the rc\\d*)';
/**
 * Who or what shows the trouble of a change, each with the states that are trouble for it (round 156: "the errors are
 * down", "the metrics are stale", "the testers are slow"): its numbers, its users, a part of the app.
 */
const NUMBERS = '(the )?(numbers|metrics|results)';
const NUMBERS_BAD = '(bad|terrible|awful|worse|wrong|red)';
/** Numbers of trouble, which rising makes worse (business numbers up are good news: red-team round 157). */
const ERRORS = '(the )?(error rate|errors|latency|p99|5xxs?|500s|timeouts)';
const ERRORS_BAD = '(bad|terrible|awful|worse|red|high|spiking|climbing|rising|up|through the roof|off the charts)';
const PART_BAD =
  '(broken|down|erroring|failing|timing out|blank|crashing|throwing (errors|500s|5xxs?)|returning (errors|500s|5xxs?)|not loading|not working)';
const CHANGE_BAD =
  '(really |totally |completely |very )?(bad|broken|buggy|wonky|crashing|erroring|failing|throwing (errors|500s|5xxs?|exceptions)|not good|no good|borked|busted|hosed|toast)';
const SHOWN = `(${NUMBERS}|${ERRORS}|${PART})`;
/** A fault a version carries, said plainly ("the same bug", "fewer bugs", "a possible regression" are not: round 161). */
const FAULT =
  '((new|nasty|bad|serious|critical|major|big|weird|known|memory|login|timezone|rounding|cert|auth|cache|data) )?(bug|bugs|regression|errors|problems|issues)';
const BAD_CHANGE = new RegExp(
  `^(${CHANGE} ${BE} ${CHANGE_BAD}${WHERE}|(it|${CHANGE}) (has|have|introduced) (a|the|some|many|lots of) ${FAULT}${WHERE}|${NUMBERS} ${BE} ${NUMBERS_BAD}|${ERRORS} ${BE} ${ERRORS_BAD}|${PART} ${BE} ${PART_BAD})$|^(it|${CHANGE}) (broke|breaks|is breaking) ${PART}$`,
);
/** The reason an experiment can stop: it is over, or done with. */
const OVER =
  /^((the )?(load |latency |chaos |qa |failover )?(test|tests|drill|game day|experiment|playtest|exercise|run|ticket|rehearsal)|qa|we) (is|are) (over|done|finished|finish|complete|completed)$|^(it|the ticket) (is )?(over|done|finished|closed)$|^it has been running (too long|way too long|long enough)$|^((we are|i am|we're|i'm) )?(done|finished) (testing|with (it|the test|the drill|the experiment))$|^(i|we) (have|got) what (i|we) need(ed)?$/;
/** An experiment in the way of others: "it's confusing the testers", "it's skewing the latency numbers". */
const IN_THE_WAY = new RegExp(
  `^it is (confusing|skewing|wrecking|breaking|hurting|messing up|ruining|affecting|polluting|spoiling|blocking) (${SHOWN}|the (testers|qa team|demo|tests|test|latency numbers|numbers|graphs|load test))$`,
);
/**
 * What an experiment is for, in closed forms (any words after "we want to see" let in "later", "with the team": red-team
 * round 155): "we want to see the alert fire", "wanna see if the lobby reconnects", "testing my timeout handling".
 */
const SEEN = '(it|they|the [a-z-]+( [a-z-]+)?|[a-z-]+|(my|our) [a-z-]+( [a-z-]+)?)';
const REACTS =
  '(recovers?|reconnects?|fails? over|holds( up)?|survives?|copes?|works?|alerts?|pages?|fires?|go(es)? off|triggers?|heals?|notices?|reacts?|behaves?|degrades?( gracefully)?|comes? back|fails? the canary|handles? (it|that|the load|(a )?[a-z-]+ [a-z-]+))';
const TESTED =
  '(the |our |my )?(failover|resilience|retries|retry logic|timeouts?|timeout handling|alerting|alerts|recovery|self[- ]healing|reconnects?|paging)';
const PURPOSE = new RegExp(
  `^((we|i|qa|ops|support|security|product|(the )?[a-z-]+ team) )?((want|wants|wanted|need|needs|would like|'d like) to|wanna|let's|lets) ((see|check|verify|know|find out|confirm|make sure|watch)( (if|whether|how|that))? ${SEEN} ${REACTS}|test ${TESTED}|see what (the )?(customers|users) see)$|^((we are|i am) )?testing ${TESTED}$|^we test ${TESTED}$|^(for )?(the |a |our )?(drill|game day|resilience test|failover test|chaos test|failover drill|resilience drill)( the ticket)?$|^(failover drill|game day|resilience drill) the ticket$`,
);
/** The kinds of alert an experiment can set off, by the words that name each (an error alert any fault can). */
const ALERT_KINDS: [RegExp, RegExp | undefined][] = [
  [/\bcpu\b/, /\bcpu\b/],
  [/\b(memory|mem|ram|oom|heap)\b/, /\b(memory|mem|ram|oom)\b/],
  [/\b(latency|slow|p9\d|delay)\b/, /\b(latency|delay|lag|slow)\b/],
  [/\b(network|packet|packets|loss|connectivity|partition)\b/, /\b(packets?|loss|partition|network|cut)\b/],
  [
    /\b(pod|pods|crash|crashloop|restart|restarts|availability|down|replica|replicas)\b/,
    /\b(kill|pod-kill|pod-failure|fail|failure|pods?)\b/,
  ],
  // No experiment fills a disk.
  [/\b(disk|storage|volume|inode)\b/, undefined],
];
/**
 * "add 300ms latency to api, we want to see if the cpu alert fires": an alert of a kind the experiment cannot set off
 * is no purpose of it (red-team round 166); an alert of its own kind, or of errors, is.
 */
function alertFits(purpose: string, said: string): boolean {
  const [head = '', ...rest] = said.split(/[,;]|\s[-\u2013\u2014]\s/);
  // An alert's name as Prometheus spells it ("CPUThrottlingHigh", "NodeDiskFull") is read word by word.
  const told = `${purpose} ${rest
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')}`.toLowerCase();
  if (!/\b(alerts?|alarms?|pages?|fires?)\b/.test(told)) return true;
  const kinds = ALERT_KINDS.filter(([alert]) => alert.test(told));
  return kinds.length === 0 || kinds.some(([, fits]) => fits?.test(head.toLowerCase()));
}

/** Why a new image: it carries a fix. "it has the login fix", "this build contains the hotfix for the footer". */
const FIX_OF =
  '((login|signup|checkout|cart|payment|search|memory|leak|memory leak|crash|timeout|retry|security|cert|auth|cache|dedupe|timezone|rounding|performance|latency|race|footer|header|menu|currency|fee|tax|session|token|upload|export|email|notification|sync|connection|deadlock|encoding|translation|event|event login|oom|dns|queue) )?';
const CARRIES_FIX = new RegExp(
  `^((it|this|that|the image|the build|this build|this image|this one|the new (image|build|tag)) )?(has|contains|includes|carries|ships) (the |a |our )?${FIX_OF}(fix|hotfix|patch|bugfix|security fix)( for the (footer|header|menu|login|signup|page|cart|checkout|search|form)| for the ${FIX_OF}(bug|issue|crash|error|problem))?$`,
);
/** Why a new image: the one running has a bug ("rc1 had the cert bug", "the 3.2.0 canary has a rounding bug"). */
const OLD_HAS_BUG = new RegExp(
  `^the old version (has|had) (a|the) ${FAULT}( (in|on|with) the ${WHICH}(page|screen|form|flow|calc|calculation|totals|fees|login|cart))?$`,
);
/** Why a rollout may go again: the abort was a false alarm, the fix is in, it got stuck. */
const RETRY_REASON =
  /^((the|that) )?abort( earlier| before)? was (a false alarm|a mistake|by mistake|wrong|a fluke)$|^((the|our|my) )?(fix|patch|hotfix) (is in|landed|has landed|is deployed|went out|is out)$|^it got stuck$|^((we|i) )?(fixed|patched|rotated|corrected|updated) the (config|configmap|analysis|analysis template|registry creds|registry credentials|creds|credentials|secret|probe|readiness probe|dependency)$/;
/** What a promotion is for: the new version fine. */
const FINE =
  /^((qa|the tests|testing|the smoke tests) (is|are) (done|finished|complete|green)|(it|(the )?metrics|(the )?analysis( run)?|(the )?(smoke )?tests|qa|(the )?checks|(the )?dashboards|everything) (is|are|looks?|look) (good|fine|healthy|green|stable|clean|solid|great|all green)|(it|(the )?(smoke )?tests|qa|(the )?checks|(the )?analysis( run)?) (passed|is passing|are passing|came back green)|lgtm|all green|looks good|looks fine|looks healthy|looks great)$/;
/** What comes in for the pods to serve, with a word for which: "search traffic", "logins", "the matchmaking queue". */
const LOAD_NOUN =
  '(traffic|load|requests|logins|orders|signups|sessions|demand|volume|users|players|viewers|customers|visitors|bookings|rides|scans|uploads|qps|rps)';
const LOAD = `(the |our )?${WHICH}${LOAD_NOUN}`;
const LOAD_UP =
  '(is |are |keeps |keep |has been |have been |has |have )?(backing up|backed up|piling up|climbing|growing|rising|spiking|picking up|surging|exploding|doubled|tripled|queuing|queueing|(high|heavy)|way up|up|through the roof|off the charts|higher|incoming|coming in|pouring in)';
/** Work waiting in a queue is a reason to scale what drains it, a worker, not the web front (red-team round 115). */
const QUEUE_WORKER = /(worker|consumer|queue|job|processor|ingest|batch)/;
/** A namespace for testing has no customers: their load is no reason to size it (red-team rounds 157, 163). */
const TESTING_PLACE = /stag|dev|test|qa|sandbox|preview/;
/**
 * A rush of many at once, with a closed word for which ("the off-peak", "the cost surge", "the quiet traffic" are no
 * rush: red-team round 157): "the exam rush is starting", "the sale just started".
 */
const RUSH_OF =
  '((lunch|dinner|breakfast|morning|evening|holiday|christmas|exam|launch|event|election|premiere|match|game|login|signup|checkout|order|booking|ticket|promo|marketing|manifest|search|traffic|load|sale|deadline|midnight) )?';
const RUSH = `${RUSH_OF}(rush|surge|peak|wave|burst|sale|campaign|launch|premiere|spike|stampede)`;
/** More load than the pods can take: what a scale up is for. */
const MORE_LOAD = new RegExp(
  `^((the )?(players|users|students|customers|visitors|requests|orders|viewers) are too many|there are too many (players|users|students|customers|visitors|requests|orders|viewers)|${LOAD} ${LOAD_UP}|(the |our )?${RUSH} (is )?(starting|started|has started|has begun|is beginning|begins|is here|is on|is underway|just started|just began|kicked off|has kicked off)|(the )?(surge|rush|peak|spike)|${WORKLOAD} ${BE} (falling behind|choking|drowning|lagging)( on (the )?(extra )?${WHICH}(requests|load|traffic))?|(we are|it is|they are) (drowning|overloaded|swamped|slammed|struggling|at capacity|maxed out|pegged)|(it is|they are) (overloaded|struggling|at capacity|maxed out|pegged|falling behind)|cpu is (pegged|maxed( out)?|spiking)|not enough (pods|replicas|capacity))$`,
);
/** Trouble that more pods relieve, said of the workload: "it's struggling", "the pods are overloaded". */
const TROUBLE_OF_LOAD = new RegExp(`^${WORKLOAD} ${BE} (overloaded|struggling|falling behind|maxed out|pegged)$`);
/** Work a monitor does, not an app's worker: "the scrape queue", "telemetry jobs" (round 163). */
const MONITORING_WORK = /\b(scrapes?|telemetry|metrics|alerts?)\b/;
/** Nobody uses it: the one reason for none at all. */
const UNUSED =
  /^((nobody|no one) is (using it|using staging)|nobody (is using|uses) it|no one (is using|uses) it|it is not needed|(it|they|the pods) (is|are) (idle|unused|not used))$/;
/** Less load than the pods: what a scale down is for. */
const LESS_LOAD = new RegExp(
  `^((the |our )?${RUSH_OF}(rush|surge|peak|wave|burst|traffic|sale|event|exam|load tests?|drill|launch|campaign|match|game|premiere|spike) (is (over|done|finished)|has (passed|ended|finished)|ended|passed|finished)|(the |our )?${WHICH}(queue|backlog) (is|has been) empty|(the )?(traffic|load) is (tiny|down|light|dead|gone)|(nobody|no one) is (using it|using staging|using production|using prod)|it is not needed|we are over budget|it is (burning|wasting) money|(it|they|the pods) (is|are) (idle|idling|overprovisioned|over provisioned|unused|not used)|we are (overprovisioned|over provisioned)|nobody (is using|uses) it|no one (is using|uses) it|(the )?(traffic|load) is (low|quiet))$`,
);
