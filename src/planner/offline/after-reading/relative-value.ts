/**
 * "set web to the version before 1.8.0", "move web off of 1.8.0", "delete the pod before api-7c9d…", "the release
 * version of 2.4.0-rc1", "2.4.0-rc1's release": a value named by what it is to the one said. The call would take the one
 * said, where the words ask for another: asked back. A count or a length in words that give no number ("many
 * replicas", "no copies", "no duration", "the previous duration", "with replicas") is asked back too, never the default
 * (red-team rounds 173 and 174).
 */

import type { Reading } from '../read.ts';
import { askBack, isSureWrite } from './common.ts';

/** Words that, before a value, name another one by it. */
const RELATION_BEFORE =
  /\b(?:before|prior to|previous to|preceding|earlier than|older than|newer than|later than|after|following|off of|off|away from|other than|instead of|except|besides|on top of|(?:release|patch|fix|hotfix|upgrade|successor|predecessor|parent|child|follow-?up|next|last|final|stable|ga) (?:version |build |release |tag |image )?(?:of|for|to|after|before|on))\s+(?:the |version |tag |image |build |release |pod |experiment )*(?:[a-z][\w-]*\s+)?$/i;
/** "the image prior to …", "a version just before …": a value said by its relation, whatever follows. */
const SAID_BY_RELATION =
  /\b(?:image|version|tag|build|release|push)\s+(?:right |just |immediately )?(?:before|prior to|previous to|preceding|after|following|off of)\b/i;
/** Words that, after a value, name another one by it: "2.4.0-rc1's release". */
const RELATION_AFTER =
  /^(?:'s|\u2019s)\s+(?:release|patch|fix|hotfix|upgrade|successor|predecessor|parent|final|ga|stable|next|previous)\b/i;
/** A count of replicas in words that give no number. */
const VAGUE_COUNT =
  /\b(?:no|many|some|several|a few|few|enough|plenty of|lots of|a lot of|a bunch of|the most|the max(?:imum)?|as many|the right number of|whatever)\s+(?:\w+\s+)?(?:replicas?|copies|instances|pods)\b|\b(?:replicas?|copies|instances)\s+(?:off|it needs|needed|you can|as needed)\b/i;
/** A length in words that give none: "no duration", "forever", "until I say stop". */
const VAGUE_LENGTH =
  /\b(?:no (?:duration|time limit|end|limit|timeout)|forever|indefinitely|open-?ended|until (?:i|we|someone) (?:say|says|tell|stop)|as long as (?:it takes|you can|possible))\b/i;

/** Words that place a value against another one (a closed list: what is not here names no relation). */
const REL =
  'previous|prior|preceding|earlier|older|old|newer|newest|later|latest|most recent|recent|current|next|last|final|desired|right|same|original|default|usual|normal|known-good|test|other';
/** "the previous version of X", "the latest pod of X", "the tag previous X": a value named by its relation to X. */
const REL_BEFORE = new RegExp(
  `(?<![\\w-])(?:${REL})(?![\\w-])[\\w\\s'-]{0,30}?\\b(?:of|from|than|before|after|previous|to)\\s+(?:the\\s+)?(?:(?:version|tag|image|build|release|revision|rev|pod|experiment|level)\\s+)?$|\\b(?:previous|prior)\\s+$`,
  'i',
);
/** "X's latest patch", "X with the latest patch", "the X line's latest": the relation after the value. */
const REL_AFTER = new RegExp(
  `^\\s*(?:'s|\u2019s)?(?:\\s+(?:the|its|a|with|on|plus|line'?s?|line\u2019s))*\\s+(?:${REL})\\b`,
  'i',
);
/** "for the previous duration", "at the desired intensity", "with the current level": a value by relation, no number. */
const REL_SETTING = new RegExp(
  `\\b(?:for|at|with|to|and)\\s+(?:the\\s+)?(?:${REL})\\s+(?:\\w+\\s+)?(?:duration|length|time|period|level|intensity|strength|replicas?|replica count|count|size)\\b`,
  'i',
);
/** A count of replicas said: a number (or a number word) next to the word. */
const COUNT_SAID =
  /(?<![\w.:/-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|zero|a single|single)\s+(?:\w+\s+)?(?:replicas?|copies|instances|pods)\b|\b(?:replicas?|copies|instances)\s*(?:[:=]|of|to)?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|zero)\b/i;

/** What to say instead, by tool. */
const EXAMPLE: Record<string, string> = {
  set_image: 'set web in staging to ghcr.io/acme/web:1.7.2',
  create_deployment: 'create deployment echo in staging with image hashicorp/http-echo:1.0',
  delete_pod: 'delete pod web-7d4b9c8f5-abcde in staging',
  stop_chaos: 'stop chaos experiment web-pod-kill-abcde in staging',
  rollback: 'roll back web in staging to revision 1',
};

export function relativeValue(r: Reading, plain: string): Reading {
  if (!isSureWrite(r)) return r;
  const args = r.plan.args as Record<string, unknown>;
  const tool = r.plan.tool;
  const values: string[] = [];
  if (typeof args.image === 'string') {
    values.push(args.image);
    const tag = /:([^:/@]+)$/.exec(args.image)?.[1];
    if (tag) values.push(tag);
  }
  if ((tool === 'delete_pod' || tool === 'stop_chaos') && typeof args.name === 'string') values.push(args.name);
  if (typeof args.toRevision === 'number') values.push(`revision ${args.toRevision}`, `rev ${args.toRevision}`);
  // ("to the current count +2" is a scale's relative size: only a new Deployment's or an experiment's values here.)
  if (
    /\bthe (?:previous|prior|latest|current) of\b/i.test(plain) ||
    ((tool === 'create_deployment' || tool === 'launch_chaos') && REL_SETTING.test(plain))
  )
    return askBack('Which value exactly? Say it as a number or a name, e.g. "for 5 minutes", "level 3", "3 replicas".');
  if ((tool === 'set_image' || tool === 'create_deployment') && SAID_BY_RELATION.test(plain))
    return askBack('Which image exactly? Say the whole image you want, e.g. "set web in staging to ghcr.io/acme/web:1.7.2".');
  const low = plain.toLowerCase();
  for (const value of values.map((v) => v.toLowerCase())) {
    for (let at = low.indexOf(value); at >= 0; at = low.indexOf(value, at + 1)) {
      const before = low.slice(Math.max(0, at - 60), at);
      const after = low.slice(at + value.length);
      if (RELATION_BEFORE.test(before) || RELATION_AFTER.test(after) || REL_BEFORE.test(before) || REL_AFTER.test(after))
        return askBack(
          `Which exactly? "${value}" is said as what the value is measured from, not as the value. Say the one you want, e.g. "${EXAMPLE[tool] ?? EXAMPLE.set_image}".`,
        );
    }
  }
  // (Only for a new Deployment: a scale's count may be relative, "twice as many pods", "take one replica off".)
  // ("… with replicas", "web's replica count": the word without a number of its own.)
  if (
    tool === 'create_deployment' &&
    (VAGUE_COUNT.test(plain) || (/\breplicas?\b|\breplica count\b/i.test(plain) && !COUNT_SAID.test(plain)))
  )
    return askBack('How many replicas exactly? Say a number, e.g. "… with 2 replicas".');
  if (tool === 'launch_chaos' && VAGUE_LENGTH.test(plain))
    return askBack('For how long? An experiment always ends: say e.g. "for 5 minutes".');
  return r;
}
