/**
 * A name or a value said by its relation to what is meant, not as it: a workload or a namespace after "like", "over",
 * "past", "up from", "on top of" ("restart the app like api in staging", "restart api in the env up from staging"), or
 * a value given as an example or a bound ("a tag like 1.9.0", "over 1.8.0", "about 8", "at the very least", "0.9.4
 * and up"), or a place of another time ("the old staging") or a cluster not named ("on the latest cluster"). The reading
 * takes the name or the value as said; the requester confirms it (red-team rounds 131 and 133).
 */

import type { PlanContext } from '../../plan.ts';
import { knownNames } from '../inventory-names.ts';
import type { Reading } from '../read.ts';
import { doubted, isSureWrite, wordBefore } from './common.ts';

const RELATION =
  /^(like|over|past|above|below|beyond|beside|besides|unlike|near|after|before|next to|on top of|up from|down from|similar to|same as|instead of|rather than|other than|apart from)$/;
const BOUND_BEFORE =
  /\b(like|about|around|roughly|approx(?:imately)?|over|under|above|below|at least|at most|upwards of|north of|south of|more than|less than|no more than|no less than)\s+(?:an? )?(?:(?:tag|version|image|level|count|number|value)\s+(?:like\s+|of\s+)?)?v?\d/i;
/** "an image like ghcr.io/acme/web:1.9.0", "e.g. web:1.9": an image given as an example. */
const EXAMPLE_IMAGE = /\b(?:like|e\.g\.|for example|for instance|such as)\s+\S*[/:]\S*/i;
const BOUND_AFTER =
  /\d[\w.%]*\s+(and up|and above|and higher|or more|or higher|or above|or so|or less|or lower|ish|at (?:the very )?least|at (?:the very )?most|minimum|maximum|tops)\b/i;

/** "the fully paused checkout": a word of degree that describes the rollout, not how far to promote it. */
const DEGREE_OF_STATE =
  /\b(?:fully|completely|entirely|totally)\s+(?:paused|healthy|ready|green|stuck|broken|degraded|available|synced|idle|loaded|rolled|deployed)\b/i;
const SPEAKER_CERTAINTY =
  /\b(?:\d{2,3}\s*(?:%|percent|per cent|pct)|completely|entirely|fully|totally|absolutely|wholly|utterly)\s+(?:sure|certain|confident|positive|convinced|for (?:it|this|that)|on (?:this|it|that|board)|about (?:this|it|that)|behind (?:this|it|that)|in favou?r|yes)\b/i;
/** "the old staging", "new prod": a namespace of another time; "on the latest cluster": a cluster not named. */
const OTHER_PLACE =
  /\b(old|older|former|legacy|previous|new|newer|other|temporary|temp)\s+(?:namespace\s+)?(staging|stg|stage|prod|production|monitoring|kube-system|default)\b/i;

export function saidByRelation(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (!isSureWrite(r)) return r;
  // ("skip right on to the very next step": one step skipped to, not every step.)
  if (
    r.plan.tool === 'promote_rollout' &&
    r.plan.args.full === true &&
    (DEGREE_OF_STATE.test(plain) ||
      /\bskip\w*\b[^.?!,;:\n]{0,30}?\b(?:next|this|current|one|a|single)\s+(?:step|stage|pause)\b/i.test(plain))
  )
    return doubted(r, 'a word of degree or a step that describes the rollout');
  // "i'm 100% for it:", "completely sure:": how sure the speaker is, not how far or how much.
  if (SPEAKER_CERTAINTY.test(plain)) return doubted(r, 'how sure the speaker is, said in words of degree');
  if (OTHER_PLACE.test(plain) || (/\bclusters?\b/i.test(plain) && r.plan.args.cluster === undefined))
    return doubted(r, 'a place said by its relation to another');
  if (BOUND_BEFORE.test(plain) || BOUND_AFTER.test(plain) || EXAMPLE_IMAGE.test(plain))
    return doubted(r, 'a value said as an example or a bound');
  const words = plain
    .toLowerCase()
    .replace(/[^\w\s/-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const names = knownNames(ctx);
  const related = words.some((w, i) => {
    if (!names.has(w)) return false;
    // The words before the name, past "the" and a kind of thing ("the env", "the app").
    const j = wordBefore(words, i, /^(the|a|an|env|environment|namespace|ns|app|service|workload|one|deployment|rollout)$/);
    // ("I'd like the worker restarted": a wish, not a likeness.)
    if (words[j] === 'like' && /^(d|would|i|we|you|they|should)$/.test(words[j - 1] ?? '')) return false;
    return (
      j >= 0 &&
      (RELATION.test(words[j]) ||
        (j >= 1 && RELATION.test(`${words[j - 1]} ${words[j]}`)) ||
        (j >= 2 && RELATION.test(`${words[j - 2]} ${words[j - 1]} ${words[j]}`)))
    );
  });
  return related ? doubted(r, 'a name said by its relation to another') : r;
}
