/**
 * "make bigger the web in production, until 10 pods", "scale down the web of production for to have 4 only", "make
 * the worker of production more big, 5 replicas": a size change with one bare count beside it, settled as the size by a
 * word ("until", "only", "total") or said in the order of another language. The reader asks "by that many, or to that
 * many?"; the blind batches' writers read such a count as the new size. When the count lies on
 * the side the words go (above the live count for bigger, below it for smaller) the call to that size is proposed,
 * for the requester to confirm; a count on the other side can only be a change, and is asked back as before.
 */

import type { PlanContext } from '../../plan.ts';
import { nameSets, workloadAt } from '../inventory-names.ts';
import { inDigits } from '../numbers.ts';
import { type Reading, read } from '../read.ts';

const ASKED = 'By that many, or to that many?';
const BIGGER = /\b(bigger|larger|more big|more large|grow|increase|up|scale[- ]?up|more (replicas|pods|instances))\b/i;
const SMALLER = /\b(smaller|more small|less big|shrink|reduce|decrease|down|scale[- ]?down|fewer (replicas|pods|instances))\b/i;

/** Words that settle the count as the new size: "until 10 pods", "to have 4 only", "8 replicas total", "4 is enough". */
const SETTLED = /\b(until|till|to have|only|in total|total|(is|are) enough)\b/i;
/** "make more big the api", "make bigger the web": a comparative said as another language says it, count after. */
const SAID_ABROAD = /\bmore (big|bigger|small|smaller|large|larger)\b|\bmake (bigger|smaller|larger)\b/i;

export function looseCount(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'clarify' || !r.plan.message.startsWith(ASKED)) return r;
  // "increase api prod, 6 pods", "scale web down 2", "never bigger than 10": by or to, left to ask (red-team rounds 7
  // and 102); a factor or a "not" is no size at all.
  if (!(SETTLED.test(plain) || SAID_ABROAD.test(plain)) || /\b(not|never|no|don'?t|than)\b|\d\s*x\b/i.test(plain)) return r;
  const up = BIGGER.test(plain);
  if (up === SMALLER.test(plain)) return r;
  const said = inDigits(plain);
  const counts = [...said.matchAll(/(?<![\w.:/-])(\d{1,3})(?![\w.:/%-])/g)].map((m) => Number(m[1]));
  if (counts.length !== 1) return r;
  const n = counts[0];
  const object = oneObject(said, ctx);
  if (!object) return r;
  const { name, namespace } = object;
  const again = read(`scale ${name}${namespace ? ` in ${namespace}` : ''} to ${n}`, ctx);
  if (again.plan.outcome !== 'tool' || again.plan.tool !== 'scale') return r;
  const live = workloadAt(ctx, again.plan.args.namespace, again.plan.args.name)?.replicas;
  if (live === undefined || (up ? n <= live : n >= live)) return r;
  return { plan: again.plan, confident: false, unsure: 'a count beside a change of size' };
}

/** A change of size said loosely, with the one number it changes by or the share it keeps. */
const LOOSE_CHANGES: [RegExp, (live: number, n: number) => number][] = [
  // "take 2 off api in prod", "take one pod away from the prod checkout"
  [
    /\btake (\d{1,2}) (?:(?:more |extra )?(?:replicas?|pods?|instances?|copies) )?(?:off|away from|out of)\b/i,
    (live, n) => live - n,
  ],
  // "take web in prod down by a third", "cut api by a quarter"
  [/\bdown by (?:a |one )(third|quarter|half)\b/i, (live, n) => Math.round(live * (1 - 1 / n))],
  // "add as many api replicas as it has now", "the same number again"
  [
    /\bas many\b[^.?!]{0,40}\bas (?:it|they) (?:has|have|runs?) (?:now|today|right now|already)\b|\bthe same number\b[^.?!]{0,40}\b(?:again|as (?:it|they) (?:already )?(?:has|have))\b/i,
    (live) => live * 2,
  ],
];
const SHARE: Record<string, number> = { third: 3, quarter: 4, half: 2 };

/**
 * "take 2 off api in prod", "take web in prod down by a third", "add as many api replicas in prod as it has now": a size changed by a number or a share, said in words the reader does not take for a scale. The new size is
 * computed from the live count and proposed, for the requester to confirm.
 */
export function looseChange(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome === 'tool' || r.plan.outcome === 'help') return r;
  if (/\b(not|never|no|don'?t|if|when|would|should|could)\b|\?/i.test(plain)) return r;
  const said = inDigits(plain);
  const hit = LOOSE_CHANGES.map(([form, size]) => [form.exec(said), size] as const).find(([m]) => m);
  if (!hit) return r;
  const [m, size] = hit;
  const by = m?.[1] ?? m?.[2];
  const n = by === undefined ? 0 : (SHARE[by.toLowerCase()] ?? Number(by));
  const object = oneObject(said, ctx);
  if (!object) return r;
  const { name, namespace } = object;
  const found = ctx.inventory.workloads.filter((w) => w.name === name && (!namespace || w.namespace === namespace));
  if (found.length !== 1) return r;
  const next = size(found[0].replicas, n);
  if (!Number.isInteger(next) || next < 0 || next === found[0].replicas) return r;
  const again = read(`scale ${name} in ${found[0].namespace} to ${next}`, ctx);
  if (again.plan.outcome !== 'tool' || again.plan.tool !== 'scale') return r;
  return { plan: again.plan, confident: false, unsure: 'a change of size said loosely' };
}

/** The one workload a message names, and the one namespace if it names one (aliases resolved), or undefined. */
function oneObject(said: string, ctx: PlanContext): { name: string; namespace?: string } | undefined {
  const { workloads, namespaces } = nameSets(ctx).known.correction;
  const words = said.toLowerCase().split(/[^a-z0-9-]+/);
  const names = new Set(words.filter((w) => workloads.has(w)));
  const places = new Set(words.flatMap((w) => (namespaces.has(w) ? [namespaces.get(w) as string] : [])));
  if (names.size !== 1 || places.size > 1) return undefined;
  return { name: [...names][0], namespace: [...places][0] };
}
