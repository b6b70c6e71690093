import { literal } from '../compiled.ts';
/**
 * Checks after the reading on the namespace and workload of a call: a namespace said only as a point of reference or
 * one that does not exist, the cluster named, objects ruled out, workloads listed as what a namespace holds, one
 * workload's costs in its namespace.
 */

import type { PlanContext } from '../../plan.ts';
import { resolveCall } from '../../resolve.ts';
import { amendArgs } from '../amend.ts';
import { ENGLISH_WORDS } from '../english-words.ts';
import { isWriteTool } from '../intent.ts';
import { isKnownCluster, namedInText, nameSets } from '../inventory-names.ts';
import { isCommonWord, isKnownWord } from '../lexicon.ts';
import { type Reading, read, roleNamed } from '../read.ts';
import { ASKS_SOMETHING, askBack } from './common.ts';

/** "how much is payments costing us": one workload's costs are read in the one namespace it runs in. */
export function costOfOneWorkload(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'query_costs' || r.plan.args.namespace !== undefined) return r;
  if (r.plan.args.aggregate !== 'deployment') return r;
  const names = namedInText(plain, ctx).names;
  if (names.size !== 1) return r;
  const [name] = names;
  const places = new Set(ctx.inventory.workloads.filter((w) => w.name === name).map((w) => w.namespace));
  if (places.size !== 1) return r;
  const plan = resolveCall('query_costs', { ...r.plan.args, namespace: [...places][0] }, ctx, 'offline');
  return plan.outcome === 'tool' ? { ...r, plan } : r;
}

/** "list workloads in staging on the sandbox cluster": the cluster named, when it is one the bot knows. */
export function onCluster(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.args.cluster !== undefined) return r;
  const m = /\b(?:on|in|at|for|against|of) (?:the )?([a-z0-9][a-z0-9-]*) cluster\b|\bcluster[: ]+([a-z0-9][a-z0-9-]*)\b/i.exec(
    plain,
  );
  const name = (m?.[1] ?? m?.[2])?.toLowerCase();
  const known = name !== undefined && isKnownCluster(name, ctx);
  return known ? { ...r, plan: { ...r.plan, args: { ...r.plan.args, cluster: name } } } : r;
}

/**
 * "restart worker in the environment before our prod", "scale web to 6 like in prod", "restart api per prod", "set web
 * to 1.9.0 before we take it to prod", "restart api, leave prod out of it": a namespace said as a point of reference, a
 * model or a goal (a word of likeness, order, copy, path or exclusion governs it in its clause, only fillers between),
 * never plainly as the place of the write. That namespace may not be the one meant: asked back.
 */
export function placeBesideAnother(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool) || typeof r.plan.args.namespace !== 'string') return r;
  const ns = r.plan.args.namespace;
  const aliases = [...nameSets(ctx).known.correction.namespaces.entries()].filter(([, full]) => full === ns).map(([a]) => a);
  const mention = new RegExp(`(?<![\\w/-])(${aliases.join('|')})(?![\\w/-])`, 'gi');
  const all = [...plain.matchAll(mention)];
  if (all.length === 0) return r;
  const referenced = (m: RegExpMatchArray) => {
    const at = m.index ?? 0;
    // ("production's black friday peak": the namespace's own, said plainly.)
    if (/^'s\b/i.test(plain.slice(at + m[0].length))) return false;
    // The words before it in its own clause ("as discussed, restart web in prod": the clause is "restart web in").
    const clause = (
      plain
        .slice(0, at)
        .split(/[,.;:!?()\n\u2014\u2013]|\s-\s/)
        .at(-1) ?? ''
    ).replace(/\b(?:i|we|you|they)(?:'d|\s+would)?\s+like\b/gi, ' ');
    const after = plain.slice(at + m[0].length, at + m[0].length + 40);
    // ("restart web for the prod release": the namespace names an event the write is for.)
    const forEvent =
      /\bfor (?:(?:the|our|a|an|this|that|next) )?$/i.test(clause) &&
      /^\s+(?:release|launch|cutover|migration|go-?live|push|deploy\w*|rollout|upgrade|rehearsal|test|demo)\b/i.test(after);
    return REFERENCE.test(clause.trim()) || PLACED_AFTER.test(after) || forEvent;
  };
  if (!all.every(referenced)) return r;
  return askBack(
    `Which namespace? You named ${ns} only beside another word ("${all[0][0]}"), so it may not be the one meant. Namespaces: ${ctx.inventory.namespaces.slice(0, 8).join(', ')}.`,
  );
}
/** Words that make a namespace a point of reference: likeness, order, a copy, a path to it, leaving it out. */
const REFERENCE =
  /\b(?:like|unlike|as|as per|per|than|how|the way|way|similar(?: to)?|previous(?: to)?|prior to|replicas? of|(?:that|which) (?:cop(?:ies|ied)|mirrors|clones)|a (?:copy|mirror|clone) of|copying|twin of|way to|deploys? to|deploying to|promot\w* to|feed\w* (?:into|to)|goes to|upstream of|downstream of|before|after|then|next to|under|below|above|behind|ahead of|instead of|other than|except(?: for)?|excluding|without|not|away from|skip|forget|leave|predecessor of|successor of|comes?|mimic\w*|keep(?:ing)? up with|level with|in (?:step|line|sync) with|(?:go|goes|going) with|ready for|(?:before|after|until)\s+(?:(?:we|i|you|they)(?:'ll|\s+will|\s+can)?\s+)?(?:take|move|bring|ship|push|promote|roll)\s+(?:it|them|this|that)\s+(?:out\s+)?to|(?:we'?ll|will|we) do|compared? (?:to|with)|catch(?:ing)? up (?:to|with)|sync(?:ed|ing)? with|align(?:ed|ing)? with|(?:to )?match(?:ing|es)?(?=\s+(?:the\s+)?$)|to copy|(?:rehearsal|trial|practice|prep|preparation|dress rehearsal) for)(?:\s+(?:the|an?|our|your|their|this|that|my|live|real|actual|namespace|ns|env|environment|in|on|for|to|of|at|with|it|it'?s|its|is|are|what|how|there|we|they|have|has|do|does|runs?|run|running|deployed|configured|set( up)?|got|one|just|right|\W+))*\s*$/i;
/** "prod comes after", "prod is off limits", "leave prod out of it": said of the namespace after it. */
const PLACED_AFTER =
  /^["'\u2019\u201d*_`]*\s+(?:(?:\w+\s+)?(?:comes|goes|sits|is)\s+(?:right\s+|just\s+)?(?:after|before|under|above|below|next)|(?:is\s+)?off limits|out of (?:it|this|that|scope|the way)|excluded|aside|alone|way|style|setup|config(?:uration)?|settings)\b/i;

/**
 * "list workloads in dev", "costs for the uat env": a place that is no namespace, dropped by the reader, left a read of
 * every namespace. Said as a place ("in X", "the X namespace") and known as nothing else, it is asked back.
 */
export function unknownPlace(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || isWriteTool(r.plan.tool) || r.plan.args.namespace !== undefined) return r;
  const sets = nameSets(ctx);
  const m =
    /\b(?:in|across|inside)\s+(?:the\s+)?([a-z][a-z0-9-]{1,40})(?=\s*(?:$|[.,;!?)]|\s+(?:namespace|ns|env|environment|please|pls|last|this|yesterday|today|since|right now|now)\b))|\b(?:(?:in|for|from|of|on)\s+(?:the\s+)?|the\s+)([a-z][a-z0-9-]{1,40})\s+(?:namespace|ns|env|environment)\b/i.exec(
      plain,
    );
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!word || sets.known.correction.namespaces.has(word) || sets.workloads.has(word) || sets.clusters.has(word)) return r;
  // "the test namespace", "in dev": words of everyday English that name environments are places here.
  if (!ENVIRONMENT_WORDS.test(word) && (isCommonWord(word) || isKnownWord(word) || ENGLISH_WORDS.has(word))) return r;
  if (NOT_A_PLACE.test(word)) return r;
  return noSuchNamespace(word, ctx);
}
/**
 * "restart payments in live", "promote checkout on uat": a write placed in an environment word that is no namespace;
 * the workload's only namespace is not what was said. Asked back.
 */
export function writeInNoPlace(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool)) return r;
  // "in live", "on the uat env" ("waiting on QA" is no place).
  const m =
    /\bin\s+(?:the\s+)?([a-z][a-z0-9-]{1,40})\b(?!\s+(?:mode|traffic|mind|sync|progress|case|time|order|place|review|testing|tests?)\b)|\b(?:in|on)\s+(?:the\s+)?([a-z][a-z0-9-]{1,40})\s+(?:namespace|ns|env|environment|cluster)\b|\b(?:on|at)\s+(?:the\s+)?(live|dev|uat|test|sandbox|int|sit|perf)\b|\bfor\s+(?:the\s+)?(live|uat)\b(?=\s*(?:$|[.,;!?)]|now\b|please\b|pls\b))(?!\s+(?:traffic|site|users?|customers?|data|stream|events?|call|demo|chat|mode|testing|tests?|run|version|image|environment)\b)|^\W*(live|uat|dev|test)\s*:|\[\s*(live|uat|dev|test)\s*\]/i.exec(
      plain,
    );
  const word = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5] ?? m?.[6])?.toLowerCase();
  // (A role, "the test environment", is asked back with the namespace it may mean: placeByRole.)
  if (!word || !ENVIRONMENT_WORDS.test(word) || roleNamed(plain) !== undefined) return r;
  const sets = nameSets(ctx);
  if (sets.known.correction.namespaces.has(word) || sets.workloads.has(word) || sets.clusters.has(word)) return r;
  return noSuchNamespace(word, ctx);
}
/** The question back for a place no namespace is called. */
function noSuchNamespace(word: string, ctx: PlanContext): Reading {
  return askBack(`There is no namespace "${word}". Namespaces: ${ctx.inventory.namespaces.slice(0, 12).join(', ')}.`);
}
const ENVIRONMENT_WORDS = /^(test|testing|dev|develop|development|qa|uat|int|integration|sit|demo|perf|load|live|sandbox)$/;
const NOT_A_PLACE =
  /^(the|a|an|every|each|any|some|right|this|that|these|those|my|our|your|their|its|his|her|blue-green|canary|json|yaml|yml|csv|tsv|md|markdown|table|tables|detail|details|full|total|order|k8s|kube|kubernetes|slack|dm|dms|bulk|general|short|brief|usd|eur|gbp|dollars?|euros?|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|mtd|wtd|ytd|today|yesterday|tonight|now|asap|pls|plz|thx|ty|lol|all|everything|everywhere|cluster|clusters|pods?|deployments?|workloads?|rollouts?|namespaces?|ns|env|envs|prod|stg|staging|production)$/;

/** A message that opens by ruling something out: "not a restart, just the logs — api in prod", "don't touch prod. …". */
const RULED_OUT =
  /^\W*(?:(?:no|nope|nah|ok|so|please|pls|plz)[\s,]+)?(?:not|don'?t|do not|never|no need to|no(?= [a-z-]+(?: please| pls)?\s*[,;:\u2014\u2013])|leave(?=[^.,;:\u2014\u2013]* alone\b))\b((?:[^.,;:\u2014\u2013]|[.,:](?=[^\s.,:]))*?)(?:[,;:\u2014\u2013]|\.(?!\w)|\s-{1,2}\s)\s*(.+)$/i;

/**
 * "don't scale, show me the pods. staging worker", "not pod-kill, pod-failure. worker in staging, 90 seconds", "no, not
 * the costs by namespace — by deployment, for production": what is ruled out is not read; the rest is the request,
 * or amends the call ruled out. Only when the whole message found no request, or found the very call ruled out; unsure.
 */
export function notThisButThat(r: Reading, plain: string, ctx: PlanContext): Reading {
  const m = RULED_OUT.exec(plain.trim());
  // "don't scale worker yet, I'll tell you when": a request put off, not replaced.
  if (!m || !/[a-z0-9]/i.test(m[2]) || /^\s*(now|yet|today|right now)\s*$|\b(yet|until|for now|before)\b/i.test(m[1])) return r;
  // "Do not, under any circumstances, scale …", "Not sure, roll back …?", "Not my call — Priya's: …", "Nope, not doing
  // that.", "Not only restart api — restart it in prod too": nothing is ruled out in favour of the rest.
  if (
    !/[a-z0-9]/i.test(m[1]) ||
    /^\s*(sure|my call|my decision|up to me|only|just|doing|happening|going to|gonna|a chance|ever|again)\b/i.test(m[1])
  )
    return r;
  if (/^\W*(i'?ll|i will|we'?ll|we will|i'?m|it'?s|that'?s|thanks|thx|wait|later)\b/i.test(m[2])) return r;
  const ruled = read(m[1], ctx, false, true);
  const same = ruled.plan.outcome === 'tool' && r.plan.outcome === 'tool' && ruled.plan.tool === r.plan.tool;
  if (r.plan.outcome === 'tool' && !same) return r;
  const names = nameSets(ctx).known.correction;
  // "don't touch prod. staging only": a place ruled out is no place of the request.
  const placed = m[2].replace(new RegExp(`\\b(${[...names.namespaces.keys()].join('|')})\\b`, 'gi'), (w) =>
    m[1].toLowerCase().includes(w.toLowerCase()) && !m[2].toLowerCase().includes(`${w.toLowerCase()} only`) ? ' ' : w,
  );
  // "please don't restart worker in staging — prod is fine too": a state told after it asks nothing.
  if (/\b(is|are|was|were|looks?|seems?)\b/i.test(m[2]) && !ASKS_SOMETHING.test(m[2])) return r;
  // "show me the pods. staging worker": a short rest is one request, its object said after it.
  const rest = placed.split(/\s+/).length <= 12 ? placed.replace(/(\s*[.\u2014\u2013]+|\s+-{1,2})\s+/g, ' ') : placed;
  const alone = read(rest, ctx, false, true);
  const ruledCall = ruled.plan.outcome === 'tool' ? `${ruled.plan.tool} ${JSON.stringify(ruled.plan.args)}` : '';
  const aloneCall = alone.plan.outcome === 'tool' ? `${alone.plan.tool} ${JSON.stringify(alone.plan.args)}` : '';
  if (alone.plan.outcome === 'tool' && aloneCall !== ruledCall)
    return { ...alone, confident: false, unsure: 'what was ruled out, then the request' };
  if (ruled.plan.outcome === 'tool') {
    const args = amendArgs(ruled.plan.tool, ruled.plan.args, rest, names);
    const plan = args && resolveCall(ruled.plan.tool, args, ctx, 'offline');
    if (plan && plan.outcome === 'tool') return { plan, confident: false, unsure: 'what was ruled out, then the request' };
  }
  return r;
}

/**
 * "keep api as is but take worker in prod to 6", "forget staging, just production costs by deployment", "I don't care
 * about staging or monitoring": an object ruled out by name is not the request's. Read without it where the whole
 * message asked which of two objects was meant; unsure.
 */
export function leftAlone(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'clarify' || !/^Which (workload|namespace): /.test(r.plan.message)) return r;
  const { workloads, namespaces } = nameSets(ctx).known.correction;
  const name = `(?:${[...workloads, ...namespaces.keys()].map((n) => literal(n)).join('|')})`;
  const objects = `(?:the\\s+)?${name}(?:'s)?(?:\\s+(?:one|pods?|deployment|namespace))?(?:\\s*(?:,|and|or|nor|\\+|&)\\s*(?:the\\s+)?${name})*`;
  const ruledOut = new RegExp(
    `(?:^|[,;:.\\u2014\\u2013(]\\s*|\\b)(?:(?:keep|leave)\\s+${objects}\\s+(?:as (?:it )?is|alone|untouched|be|where (?:it|they) (?:is|are))|(?:forget|ignore|skip|never ?mind)\\s+(?:about\\s+)?${objects}|(?:i|we)?\\s*(?:don'?t|do not|dont)\\s+(?:touch|care about|worry about|need|want)\\s+${objects}|(?:but\\s+)?not\\s+${objects}(?=\\s*(?:[,;:.\\u2014\\u2013)]|$))|(?:except(?: for)?|other than|apart from)\\s+${objects})\\s*(?:,|;|\\u2014|\\u2013|-|\\)|\\.(?!\\w))?\\s*(?:but|and|just|only)?\\s*`,
    'gi',
  );
  const rest = plain.replace(ruledOut, ' ').trim();
  if (rest === plain.trim() || !/[a-z]/i.test(rest)) return r;
  const alone = read(rest, ctx, false, true);
  return alone.plan.outcome === 'tool' ? { ...alone, confident: false, unsure: 'an object ruled out by name' } : r;
}

/**
 * "what did the monitoring stack (prometheus and opencost) cost last week": workloads listed beside a namespace they all
 * live in say what the namespace holds; the namespace is the object. Read without them where the whole message asked
 * which of them was meant; unsure.
 */
export function membersOfNamespace(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'clarify' || !/^Which workload: /.test(r.plan.message)) return r;
  const { namespaces } = nameSets(ctx).known.correction;
  const group = /\(([^()]+)\)|\s[-\u2014\u2013]+\s([^-\u2014\u2013]+?)\s[-\u2014\u2013]+\s/.exec(plain);
  if (!group) return r;
  const listed = (group[1] ?? group[2])
    .toLowerCase()
    .split(/\s*(?:,|\band\b|\+|&|\/)\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  const owners = listed.map((n) => new Set(ctx.inventory.workloads.filter((w) => w.name === n).map((w) => w.namespace)));
  if (listed.length < 2 || owners.some((o) => o.size !== 1)) return r;
  const ns = [...owners[0]][0];
  const outside = plain.replace(group[0], ' ').toLowerCase();
  const said = [...namespaces.entries()].some(([alias, full]) => full === ns && new RegExp(`\\b${alias}\\b`).test(outside));
  if (!said || !owners.every((o) => o.has(ns))) return r;
  const alone = read(plain.replace(group[0], ' '), ctx, false, true);
  return alone.plan.outcome === 'tool' ? { ...alone, confident: false, unsure: "a namespace's workloads listed" } : r;
}
