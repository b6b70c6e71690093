/**
 * A version said in the story and pointed at in the ask: "staging web has been on 1.8.0 since tuesday … ship the same
 * build to prod", "worker 0.9.4 fixed the leak in staging … let's do that again for prod". The ask as a request to set
 * that version on the one workload the message names, in the one place the ask names. Pure.
 */

/** The ask that points at a version said before, with the place it names after it. */
const SAME_VERSION = /\b(?:the )?same (?:build|version|image|release|tag|rc|canary|bits)\b[^.?!\n]*$/i;
/** "let's do that again for prod": the same thing, for another place (a version only when the story holds one). */
const AGAIN = /\b(?:do (?:that|it|this) again|(?:do|same) (?:the same|that) (?:thing )?(?:for|in|on))\b[^.?!\n]*$/i;
/** "… so let's put it in production", "ship it to prod": the build the story names, moved. */
const MOVE_IT =
  /(?:^|[.!?]\s+|\b(?:let'?s|let us|please|pls|go ahead and|can you|could you|so|now)\s+)(?:put|ship|roll|push|move|take) (?:it|that|this)(?: out)? (?:in|on|to|into|onto) (?:the )?(?:prod|production|prd|staging|stg|stage)\b\s*(?:too|now|please|pls|as well|today)?\s*[.!]*\s*$/i;
const VERSION = /(?<![\w.:/-])v?\d+\.\d+\.\d+(?:-[a-z0-9.]+)?(?![\w.-]*\d)/gi;

/** An action told in the story: "do that again" would repeat it, which is no version set. */
const PAST_ACTION =
  /\b(restart(ed)?|bounced|recycled|rolled|pulled|reverted|scaled|promoted|aborted|paused|killed|deleted|bumped|doubled|halved|drained|gave|added|removed|ran|launched|stopped|back|down|up)\b/i;
/** The ask not asked now: refused, hedged, put off, or someone else's wish. */
const NOT_ASKED =
  /\?|\b(not|n't|never|no|don'?t|maybe|whether|should we|yet|later|tomorrow|tonight|next|after|when|once|until|before|at \d|\d{1,2} ?(am|pm)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|wants?|wanted|asked|says|said|would like|wonder|away|keep|if|is it|safe|i'?ll|i will|we'?ll|we will|myself|ourselves)\b/i;

/**
 * A story that argues against moving the build ("it is broken. so take it to prod"), or holds something else "it"
 * may be ("has the new-checkout flag on in staging. now put it in prod"): asked back, not read as a version set.
 */
const NOT_THE_BUILD =
  /\b(broken|breaks|broke|fail\w*|crash\w*|errors?|erroring|bugs?|buggy|regress\w*|bad|flaky|leak\w*|slow\w*|worse|unstable|problems?|issues?|5\d\ds?|5xx|panic\w*|oom\w*|timeouts?|timing out|not (working|good|ready|healthy)|doesn'?t work|rolled back|reverted|flags?|feature|toggle|config\w*|settings?|env(ironment)? var\w*|rejected|not approved|blocked|failed qa|not in yet)\b/i;
/** The story's bad news taken back: "1.8.0 fixed the leak", "zero errors". */
const FIXED =
  /\b(fixed|fixes|resolved|solved|(no|zero|0|without|not a single|not one|none) (more )?(errors?|crash\w*|issues?|problems?|5xx|failures?|failed|bugs?))\b/i;

/** A story that argues against moving the build it tells of, or holds something else "it" may be. */
export function speaksAgainst(story: string): boolean {
  return NOT_THE_BUILD.test(story) && !FIXED.test(story);
}

/** Where a sentence ends: a stop followed by a space (not the dots of "1.8.0"), or a new line. */
const SENTENCE_END = /[.;!?](?=\s|$)|\n/g;

export interface SameBuild {
  /** The request with the version in place; undefined when the pointer is there but no version can be set from it. */
  text?: string;
  /** The ask named the version by a noun ("the same build"); "do that again" alone may mean another action. */
  named: boolean;
}

const words = (s: string) => s.toLowerCase().split(/[^a-z0-9-]+/);

export function sameBuildText(
  message: string,
  workloads: ReadonlySet<string>,
  namespaces: ReadonlyMap<string, string>,
): SameBuild | undefined {
  const named = SAME_VERSION.exec(message);
  const again = named ? null : AGAIN.exec(message);
  const ask = named ?? again ?? MOVE_IT.exec(message);
  if (!ask) return undefined;
  // MOVE_IT's match may open with the stop that ends the story: it belongs to the story.
  const before = message.slice(0, ask.index + (/^[.!?]/.test(ask[0]) ? 1 : 0));
  // "rolled back web in staging to 1.7.2. do the same for prod": the same action, which is no version set.
  if (again && PAST_ACTION.test(before)) return undefined;
  const none = named ? { named: true } : undefined;
  // The ask's own sentence: "do NOT put the same build in prod", "Ravi wants the same build in prod".
  const start = Math.max(-1, ...[...before.matchAll(SENTENCE_END)].map((m) => m.index ?? -1));
  const sentence = message.slice(start + 1);
  const versions = [...before.matchAll(VERSION)];
  // "the same image prod is running": no version said, a value read from another workload (reference.ts).
  if (versions.length === 0) return undefined;
  // "is the same rc running in prod too, or only there": a question, however it ends.
  if (
    NOT_ASKED.test(sentence) ||
    /^\s*(is|are|does|did|was|were|has|have|can|could|would)\b|^\s*do (?!(it|that|this|the same)\b)/i.test(sentence)
  )
    return none;
  if (new Set(versions.map((v) => v[0].toLowerCase())).size !== 1) return none;
  if (speaksAgainst(before)) return none;
  // "If web 1.9.0 survives the night in staging. Ship it to prod.": the story is a condition, for later.
  if (/(?:^|[.!?]\s+)\W*(if|once|when|as soon as|provided|assuming|unless|until|should)\b/i.test(before)) return none;
  const workload = new Set(words(message).filter((w) => workloads.has(w)));
  // The places the ask's own sentence names; in a one-sentence message ("… fine in staging for two days so let's put
  // it in production"), those the ask names.
  const places = new Set(words(start >= 0 ? sentence : ask[0]).flatMap((w) => namespaces.get(w) ?? []));
  if (workload.size !== 1 || places.size !== 1) return none;
  const [name] = workload;
  const [place] = places;
  // The version is the workload's: said just after its name ("web 1.8.0", "web in staging has been on 1.8.0",
  // "checkout 3.2.0"), not a version of something else ("web runs on node 20.11.1", "upgraded node to 20.11.1 inside
  // the worker image").
  const at = versions[0].index ?? 0;
  const version = versions[0][0].replace(/[.]/g, '\\.');
  const own = new RegExp(
    `\\b${name}\\b(?:\\s+(?:in|on)\\s+[a-z0-9-]+)?(?:\\s+(?:is|was|has|have|been|runs?|running|ran|now|still|on|at|version|build|release|rc))*\\s+${version}(?![\\w.])`,
    'i',
  );
  if (!own.test(before)) return none;
  // "prod web is on 1.7.2 …; give prod the same build staging runs": the place that already runs it is no target.
  const versionSentence = before.slice(Math.max(0, ...[...before.slice(0, at).matchAll(SENTENCE_END)].map((m) => m.index ?? 0)));
  if (words(versionSentence.split(/[.;!?\n]/)[0] ?? '').some((w) => namespaces.get(w) === place)) return none;
  return { text: `set image of ${name} in ${place} to ${versions[0][0].toLowerCase()}`, named: named !== null };
}
