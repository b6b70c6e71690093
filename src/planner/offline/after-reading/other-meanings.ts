/**
 * Checks after the reading on words that may mean another call than the one read, or leave it for the requester to
 * confirm: a dry run, a total over a window, a word of money as a name, a workload to get back up, a hashtag, a held
 * letter, idioms and approvals.
 */

import type { PlanContext } from '../../plan.ts';
import { IDIOMS_TO_CONFIRM } from '../idioms.ts';
import { isWriteTool } from '../intent.ts';
import { workloadAt, workloadNames } from '../inventory-names.ts';
import { HASHTAG_VERBS } from '../quoted.ts';
import { type Reading, read, roleNamed } from '../read.ts';
import { askBack } from './common.ts';

/**
 * "what's the status of billing in prod?", "is the billing service up?": a word of money used as a name is no cost
 * question; the workload is asked about.
 */
export function moneyAsAName(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'query_costs') return r;
  const m =
    /\b(?:status|state|health) of (?:the )?(billing|spend|budget)\b|\b(billing|spend|budget) (?:service|app|pods?|deployment|workload)\b/i.exec(
      plain,
    );
  return m
    ? askBack(
        `I cannot find a workload called "${(m[1] ?? m[2]).toLowerCase()}". Say "list workloads" to see them, or ask for costs, e.g. "costs for production last week".`,
      )
    : r;
}

/**
 * A sure write the requester still confirms, for what is around it: an image named after another workload
 * ("api=ghcr.io/acme/web:1.9.0" on staging api), an idiom read as the call ("push it through", "take it to 5"), words
 * about approvals ("I know the bot normally wants approval for prod, but …").
 */
export function wordsToConfirm(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool)) return r;
  if (r.plan.tool === 'set_image') {
    const repoOf = (image: string) => image.split('/').at(-1)?.split(/[:@]/)[0] ?? '';
    const image = String(r.plan.args.image ?? '');
    const repo = repoOf(image);
    const runs = workloadAt(ctx, r.plan.args.namespace, r.plan.args.name)?.images.map(repoOf) ?? [];
    // "give prod web the same image as staging api", "api=ghcr.io/acme/web:1.9.0": another workload's image on one
    // that does not run it; a mix-up more often than a wish.
    if (repo !== r.plan.args.name && workloadNames(ctx).has(repo) && !runs.includes(repo)) {
      return askBack(
        `${image} is an image of ${repo}, and ${r.plan.args.namespace}/${r.plan.args.name} does not run ${repo}. Which did you mean: ${r.plan.args.name} with an image of its own, or ${repo}? Say it plainly, e.g. "set the image of ${r.plan.args.name} in ${r.plan.args.namespace} to …".`,
      );
    }
  }
  if (!r.confident) return r;
  if (IDIOMS_TO_CONFIRM.test(plain)) return { ...r, confident: false, unsure: 'an idiom' };
  if (/\b(approv\w*|sign-?off)\b/i.test(plain)) return { ...r, confident: false, unsure: 'approvals spoken of' };
  // "One ask from the day team: create …": a request passed on from others, which the requester confirms as theirs.
  if (/\b(ask|request|task|item|todo)s? from\b/i.test(plain)) return { ...r, confident: false, unsure: 'a request passed on' };
  // "For the game day on Friday, … Kill a pod of api": the write may be meant for the day named.
  if (DATED_EVENT.test(plain)) return { ...r, confident: false, unsure: 'an event with a date' };
  return r;
}

/** An event the message is for, with a day or time: "For the game day on Friday, …", "before the 6pm launch". */
const DATED_EVENT =
  /\b(for|before|ahead of|during|after) (the|our|a|an|this|tomorrow'?s|tonight'?s|\w+day'?s|next \w+'?s) [^,.;!?]{0,40}\b((on|at|next|this|in) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|\d{1,2}:\d\d\s*(am|pm)?|\d{1,2}\s*(am|pm)|the \d{1,2}(st|nd|rd|th)|\w+ days?|noon|midnight)|in (an?|half an?|a quarter of an?|\d+|[a-z]+(-[a-z]+)?|a few|a couple of) (hours?|minutes?|mins?|seconds?|secs?|days?|weeks?)|in a (bit|while|moment|sec)|shortly|soon|at (a quarter|half past|\d{1,2}\b)|tonight|tomorrow|later)\b|\b(for|before|ahead of|during|after) (the |our |a )?(tomorrow|tonight|\w+day|next \w+|midnight|noon|\d{1,2}:\d\d\s*(am|pm)?|\d{1,2}\s*(am|pm)|\d{1,2}(st|nd|rd|th)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2})'?s? [a-z-]+/i;

/** "get web in staging back up", "get worker running again": a workload brought up is no read of it. */
export function getItUp(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !['describe_workload', 'list_workloads', 'list_pods'].includes(r.plan.tool)) return r;
  const name = r.plan.args.name ?? r.plan.args.workload;
  if (typeof name !== 'string') return r;
  // The person's own words, not a pasted "kubectl get …"; the workload itself got up, not its status or pods.
  const own = plain.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/^\s*\$?\s*kubectl\s.*$/gm, ' ');
  const got = new RegExp(
    `\\bget\\s+(?:it|that|them|(?:the\\s+)?(?:[\\w-]+\\s+)?${name})(?:\\s+(?:in|on)\\s+[\\w-]+)?\\s+(?:back\\s+)?(?:up|running|going|online)(?:\\s+again)?\\b(?!\\s+to\\b)`,
    'i',
  );
  if (!got.test(own)) return r;
  return askBack(`Bring ${name} back how: restart it, or scale it up? Say "restart ${name}" or "scale ${name} to 2".`);
}

/**
 * "#restart web in staging", "restart api #jk", "scale web to 1 #whatif", "restart web in staging #prod": a hashtag is
 * a label the reader cannot read (it may take the request back, put it off or name another place); a write beside one
 * is never sure, nor anything beside a hashtag or a Slack channel (<#C…|restart-requests>) with a verb in it.
 */
const HASHTAG_VERB = new RegExp(`#[\\w-]*(${HASHTAG_VERBS})`, 'i');
export function hashtagVerb(r: Reading, text: string): Reading {
  if (!r.confident || r.plan.outcome !== 'tool') return r;
  const tags = text.replace(/<#[^>]*>/g, ' ').match(/(?:^|\s)#[a-z][\w-]*/gi) ?? [];
  const channels = [...text.matchAll(/<#[^>|]*\|([^>]*)>/g)].map((m) => `#${m[1]}`);
  const verb = [...tags, ...channels].some((t) => HASHTAG_VERB.test(t));
  return (tags.length > 0 && isWriteTool(r.plan.tool)) || verb ? { ...r, confident: false, unsure: 'a hashtag' } : r;
}

/**
 * "give the total for the cluster of the last week", "whole cluster, month to date, one number": a total over a
 * window of time is money spent, the only thing the bot sums over days. Read as costs, unsure.
 */
export function totalOverWindow(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome === 'tool' && (isWriteTool(r.plan.tool) || r.plan.tool === 'query_costs')) return r;
  if (r.plan.outcome === 'tool' && r.confident && r.plan.tool !== 'list_workloads') return r;
  // Money said beside it: a list read from the other sentence ("how much is the cluster costing us? give me yesterday's
  // total for the whole cluster") is the costs too; any other reading stands.
  if (
    /\b(costs?|costing|spend\w*|spent|bill\w*|money|price|dollars?|euros?|budget)\b|[$\u20ac\u00a3]/i.test(plain) &&
    !(r.plan.outcome === 'tool' && r.plan.tool === 'list_workloads')
  )
    return r;
  if (!/\b(total|one number|single number|sum)\b/i.test(plain)) return r;
  if (
    !/\b(yesterday|today|last|this|past|previous) (week|month|day|\d+ days?)|\b(yesterday|month to date|mtd|week to date|so far this (week|month))\b/i.test(
      plain,
    )
  )
    return r;
  if (/\b(restarts?|pods?|replicas?|requests?|errors?|logs?|lines?|events?|rollbacks?|deploys?|deployments)\b/i.test(plain))
    return r;
  // Read in the sentence that asks for the total, the question beside it aside.
  const asked = plain.split(/(?<=[.?!])\s+/).find((x) => /\b(total|one number|single number|sum)\b/i.test(x)) ?? plain;
  const costs = read(`costs: ${asked}`, ctx, false, true);
  return costs.plan.outcome === 'tool' && costs.plan.tool === 'query_costs'
    ? { ...costs, confident: false, unsure: 'a total over a window' }
    : r;
}

/** "scale web in prod to 0 --dry-run", "dry run: restart api": a rehearsal asked, where the write itself would run. */
export function dryRunAsked(r: Reading, plain: string): Reading {
  // (Only said of the request: "Black Friday dry run tomorrow" names an event.)
  const asked =
    /--dry-?run|\(dry[- ]?run[^)]*\)|^\W*(?:do\s+)?(?:an?\s+)?dry[- ]?run\b|\bdry[- ]?run\s+(?:only|of|for|please|pls|first|mode)\b|\b(?:as|just|only)\s+a\s+dry[- ]?run\b|[,;\u2014\u2013-]\s*dry[- ]?run\b/i;
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool) || !asked.test(plain)) return r;
  return askBack(
    'I do not run a dry run on its own: every change shows its server-side dry run before anything changes (on the approval card, or when you confirm). Ask for the change itself, e.g. "scale web in staging to 5", and check the diff before it runs.',
  );
}

/** "rolll back api stg": a word read with a letter held down is the requester's to confirm, like any typo. */
export function heldLetter(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !r.confident || !isWriteTool(r.plan.tool)) return r;
  return /(?<![\w./:@-])[a-z]*([a-z])\1{2,}[a-z]*(?![\w./:@-])/i.test(plain)
    ? { ...r, confident: false, unsure: 'a letter held down' }
    : r;
}

/**
 * "restart api in pre-prod", "describe web in the live environment": a namespace named by its role, which no alias
 * configures, is asked back with the namespace it may mean, unless the message also names that namespace itself.
 */
export function placeByRole(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || typeof r.plan.args.namespace !== 'string') return r;
  const role = roleNamed(plain);
  if (role === undefined) return r;
  const ns = r.plan.args.namespace;
  const names = [ns, ...Object.entries(ctx.namespaceAliases).flatMap(([alias, full]) => (full === ns ? [alias] : []))];
  // "restart api in pre-prod, staging is fine": the namespace named beside the role may be another one; confirmed.
  if (names.some((n) => new RegExp(`(?<![\\w/-])${n}(?![\\w/-])`, 'i').test(plain)))
    return isWriteTool(r.plan.tool) && r.confident ? { ...r, confident: false, unsure: 'a namespace named by its role' } : r;
  return {
    plan: {
      outcome: 'clarify',
      message: `"${role}" is not a namespace I know. Did you mean ${ns}? Say the namespace by its name, e.g. "… in ${ns}".`,
      source: 'offline',
    },
    confident: true,
  };
}

/**
 * "can you restart <https://grafana…/d/api-overview|api> in staging?": a write whose target is named only in a Slack
 * link label. A label may name an object, but one Slack linked for the person may not be the one meant: confirmed.
 */
export function nameOnlyInLink(r: Reading, text: string): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool) || !r.confident) return r;
  const target = String(r.plan.args.name ?? r.plan.args.target ?? '').toLowerCase();
  const labels = [...text.matchAll(/<[^>|]*\|([^>]*)>/g)].map((m) => m[1].toLowerCase());
  if (!target || labels.length === 0) return r;
  const word = new RegExp(`(?<![\\w-])${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
  const outside = text.replace(/<[^>]*>/g, ' ').toLowerCase();
  if (!labels.some((l) => word.test(l)) || word.test(outside)) return r;
  return { ...r, confident: false, unsure: 'a name only in a link label' };
}
