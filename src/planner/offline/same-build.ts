/**
 * A version said in the story and pointed at in the ask: "staging web has been on 1.8.0 since tuesday … ship the same
 * build to prod", "worker 0.9.4 fixed the leak in staging … let's do that again for prod". The ask as a request to set
 * that version on the one workload the message names, in the one place the ask names. Pure.
 */

/** The ask that points at a version said before, with the place it names after it. */
const SAME_VERSION = /\b(?:the )?same (?:build|version|image|release|tag|rc|canary|bits)\b[^.?!\n]*$/i;
/** "let's do that again for prod": the same thing, for another place (a version only when the story holds one). */
const AGAIN = /\b(?:do (?:that|it|this) again|(?:do|same) (?:the same|that) (?:thing )?(?:for|in|on))\b[^.?!\n]*$/i;
const VERSION = /(?<![\w.:/-])v?\d+\.\d+\.\d+(?:-[a-z0-9.]+)?(?![\w.-]*\d)/gi;

const PAST_ACTION =
  /\b(restart(ed)?|bounced|rolled|pulled|reverted|scaled|promoted|aborted|paused|killed|deleted|bumped|back|down|up)\b/i;

export interface SameBuild {
  text: string;
  /** The ask named the version by a noun ("the same build"); "do that again" alone may mean another action. */
  named: boolean;
}

export function sameBuildText(
  message: string,
  workloads: ReadonlySet<string>,
  namespaces: ReadonlyMap<string, string>,
): SameBuild | undefined {
  const named = SAME_VERSION.exec(message);
  const ask = named ?? AGAIN.exec(message);
  if (!ask) return undefined;
  const before = message.slice(0, ask.index);
  // "rolled back web in staging to 1.7.2. do the same for prod": the same action, which is no version set.
  if (!named && PAST_ACTION.test(before)) return undefined;
  const versions = new Set((before.match(VERSION) ?? []).map((v) => v.toLowerCase()));
  if (versions.size !== 1) return undefined;
  const words = (s: string) => s.toLowerCase().split(/[^a-z0-9-]+/);
  const named1 = new Set(words(message).filter((w) => workloads.has(w)));
  const places = new Set(words(ask[0]).flatMap((w) => namespaces.get(w) ?? []));
  if (named1.size !== 1 || places.size !== 1) return undefined;
  return { text: `set image of ${[...named1][0]} in ${[...places][0]} to ${[...versions][0]}`, named: named !== null };
}
