/**
 * A request corrected in the same message: "restart worker in prod... sorry, I meant staging", "scale api to 5 — no
 * wait, make it 3", "restart api in staging, actually scratch that, just get me its logs". The words after the
 * correction replace what they name in the request before it (a namespace, a workload, a count), or, when they hold a
 * request of their own, are that request about the same objects. The result is a new text for the reader, read as
 * unsure, so the requester confirms what the bot made of the correction.
 */

import { UNITS } from './numbers.ts';

const MARKER =
  /(?:^|[,.;:!?\u2026\u2014\u2013(\n]|\s-{1,2}|\s(?=(?:actually,? no|no,? wait|wait,? no|sorry,? i meant|sorry,? i mean|i meant|i mean|scratch that|forget that|forget it|make that|no,? make it|hmm+,? no|no,? sorry|ugh|argh|autocorrect)\b|edit\s*:))\s*(?:(?:ok|okay|so|fine|but|hmm+|ah|oh|eh|no|nope|nah)[\s,]+)?((?:edit|update|upd|erratum)(?=\s*:)|ugh|argh|whoops|no wait|wait,? no|wait(?!\s+(\d|a |an |one |two |few |some |for |until |till ))|nvm|never ?mind|no,? sorry|sorry|oops|actually|i mean|i meant|scratch that|forget that|forget it|correction|make that|make it|rather(?! than)|typo|autocorrect|hold on|hang on|er|err|erm|ehm|uhm|umm|uh|um|honestly|on second thoughts?|you know what|(?:no|nope|nah)(?=\s*,)|let(?:'?s| us)(?=\s+(?:do|go with|go for|say|make it)\s+\d+\s*(?:replicas?|pods?)?\W*$))\b[\s,:;\u2014\u2013-]*/i;
/** Words after the marker that carry nothing: "no, I meant", "just", "instead". */
const LEAD =
  /^((no|wait|sorry|oops|actually|scratch that|forget that|forget it|correction|i mean|i meant|meant|make that|make it|rather|typo|just|instead|please|pls|ok|so|honestly|let'?s not [a-z]+(?: (?:it|that|this|them))?(?: (?:yet|now|just yet|for now))?|let'?s|let us)\b[\s,:;\u2014\u2013-]*)+/i;
/** Names said not to be meant: "…, not prod", "not in production". */
const NOT_NAME = /\bnot (in |on |for )?[a-z0-9][a-z0-9.:-]*[a-z0-9]\b|\bnot (in |on |for )?[a-z0-9]\b/gi;
const COMMAND =
  /\b(add|inject|scale|restart|bounce|reboot|recycle|undo|roll ?back|roll (?:it|them|that|this) back|rollback|revert|promote|abort|retry|pause|resume|kill|delete|remove|create|deploy|set|update|bump|launch|start|stop|show|list|get|describe|check|logs?|tail|cost|costs)\b/i;

/** A count in words at the end of a clause or before what it counts ("to four,", "eight replicas"); "one step" is none. */
const NUMBER_WORD =
  /(?<!\b(?:that|this|the|which|other|each|every|no|any|some|a|an)\s)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zero)\b(?=\s*(?:replicas?|pods?|instances?|copies)\b|\s*[,.;!?\u2014\u2013]|\s+-|\s*$)/gi;

/** An image with its tag: "redis:7.2", "ghcr.io/acme/worker:0.9.5" (a repository holds a letter; "10:30" is a time). */
export const IMAGE_LIKE = /(?<![\w./:-])(?:[a-z0-9.-]+\/)*(?=[a-z0-9._-]*[a-z])[a-z0-9._-]+:[a-z0-9][\w.-]*(?<![.])/i;

const FULL = /\b(fully|all the way|completely|to 100 ?%|(a )?full (promotion|promote|one))\b/i;
const ONE_STEP = /\b(one step|a step|single step|next step|step by step|not fully|not all the way|partially)\b/i;

/** The kind of a unit, so a correction replaces the number said in the same kind ("200ms" replaces "400ms"). */
function unitClass(unit: string): string {
  const u = unit.toLowerCase();
  if (/^(ms|milliseconds?)$/.test(u)) return 'ms';
  if (/^(s|secs?|seconds?|m|mins?|minutes?|h|hours?)$/.test(u)) return 'time';
  if (/^(%|percent)$/.test(u)) return '%';
  if (/^(replicas?|pods?)$/.test(u)) return 'count';
  return u;
}

/** A time window of a cost or log query, alone and inside a request. */
const WINDOW_WORDS =
  '(today|yesterday|this (week|month)( so far| to date)?|last (week|month|\\d+ ?(days?|hours?|h|d))|past \\d+ ?(days?|hours?|h|d)|\\d+ ?(days?|hours?|h|d))';
const WINDOW = new RegExp(`^(for |in |over )?(the )?${WINDOW_WORDS}$`, 'i');
const WINDOW_IN = new RegExp(`\\b(for |in |over )?(the )?${WINDOW_WORDS}\\b`, 'i');

export interface CorrectionNames {
  workloads: Set<string>;
  /** Namespaces and their aliases, each mapped to the namespace. */
  namespaces: Map<string, string>;
}

/** "let's not roll back web; just restart it instead", "instead of rolling back api, restart it": not this, but that. */
const NOT_THIS =
  /^\W*(?:(?:ok|okay|so|hmm|hm|actually|nah|no|nope)[\s,]+)?(let'?s not|let us not|don'?t|do not|please don'?t|no need to|we (?:don'?t|do not) need to|rather than|instead of)\s+([^;,.\u2014]+?)\s*(?:[;,.\u2014]|\s-{1,2}\s)\s*(.+)$/i;
const ALTERNATIVE = /\b(instead|rather|just|only)\b/i;

/** The request a message asks for instead of one it rules out, about the same objects, or undefined. */
function insteadText(text: string, names: CorrectionNames): string | undefined {
  const m = NOT_THIS.exec(text);
  if (!m || !COMMAND.test(m[2]) || !COMMAND.test(m[3]) || !ALTERNATIVE.test(m[3])) return undefined;
  const words = m[2].toLowerCase().split(/[^a-z0-9-]+/);
  const workload = words.find((w) => names.workloads.has(w));
  if (!workload) return undefined;
  const ns = words.map((w) => names.namespaces.get(w)).find(Boolean);
  return `${workload}${ns ? ` in ${ns}` : ''}. ${m[3].replace(LEAD, '')}`;
}

/** "you restarted prod web for me; do the same for staging web": an action told in the past, then asked again. */
const SAME_FOR =
  /(?:\b(?:you|we|i|they|someone)\s+(?:(?:just|already|also)\s+)?|^\W*(?:(?:earlier|yesterday|this morning|so)[\s,]+)?(?:i\s+)?)(restarted|bounced|rolled back|reverted|scaled|paused|promoted|aborted|retried|recycled|rebooted|pulled|grabbed|fetched|looked at|described)\b([^.;!?]*?)(?:\s+for (?:me|us))?\s*[.;,!]\s*(?:(?:please|pls|can you|could you|now|ok|so)\s+)*(?:(?:do|repeat) (?:the same|that|it)(?: (?:thing|again|check))?|(?:the )?same (?:thing|again|check)) (?:for|on|to|in|with) ([^.;!?]+)/i;
const BASE: Record<string, string> = {
  restarted: 'restart',
  bounced: 'restart',
  recycled: 'restart',
  rebooted: 'restart',
  'rolled back': 'roll back',
  reverted: 'roll back',
  scaled: 'scale',
  paused: 'pause',
  promoted: 'promote',
  aborted: 'abort',
  retried: 'retry',
  pulled: 'get',
  grabbed: 'get',
  fetched: 'get',
  'looked at': 'describe',
  described: 'describe',
};

/** The action of the earlier sentence on the new target, or undefined. */
function sameForText(text: string, names: CorrectionNames): string | undefined {
  const m = SAME_FOR.exec(text);
  if (!m) return undefined;
  // The new target is only names ("for prod", "for worker please"): not "but not worker", "tomorrow", "if …", "the
  // worker nodes", "worker and web", nor a question ("same thing for staging?").
  const target = m[3].toLowerCase().split(/[^a-z0-9-]+/);
  if (/\?/.test(text.slice((m.index ?? 0) + m[0].length - m[3].length))) return undefined;
  if (
    !target.every(
      (w) =>
        !w ||
        names.workloads.has(w) ||
        names.namespaces.has(w) ||
        /^(please|pls|plz|too|now|the|in|on|for|thanks|thx|as|well|also|one)$/.test(w),
    ) ||
    target.filter((w) => names.workloads.has(w)).length > 1
  )
    return undefined;
  const workload = target.find((w) => names.workloads.has(w));
  const ns = target.map((w) => names.namespaces.get(w)).find(Boolean);
  if (!workload && !ns) return undefined;
  // What the first action took besides its object ("to 4", "to revision 2") goes with it.
  // "… myself ten minutes ago": when it was done goes with the story, not the new request.
  const values = m[2]
    .replace(
      /\b(\d+|an?|one|two|few|ten|five|some|a few|couple of)\s+(minutes?|mins?|hours?|days?)\s+ago\b|\b(yesterday|this morning|last night|earlier today)\b/gi,
      ' ',
    )
    .toLowerCase()
    .split(/\s+/)
    .filter(
      (w) =>
        w &&
        !names.workloads.has(w) &&
        !names.namespaces.has(w) &&
        !/^(the|in|on|for|of|me|us|earlier|today|myself|ourselves)$/.test(w),
    )
    .join(' ');
  const old = m[2].toLowerCase().split(/[^a-z0-9-]+/);
  const name = workload ?? old.find((w) => names.workloads.has(w));
  const place = ns ?? old.map((w) => names.namespaces.get(w)).find(Boolean);
  if (!name) return undefined;
  // "scaled api in staging to 3 … do the same for prod": a count or a revision belongs to the object it was set on.
  const kept =
    workload || ns
      ? values.replace(/\b(to (revision |rev )?\d+|(revision|rev) \d+|\d+ (replicas?|pods?))\b/g, ' ').trim()
      : values;
  // A size whose count stays behind has none: ask rather than guess.
  if (kept !== values && BASE[m[1].toLowerCase()] === 'scale') return undefined;
  return `${BASE[m[1].toLowerCase()]} ${name}${place ? ` in ${place}` : ''} ${kept}`.trim();
}

/** "sorry, I meant staging not prod — restart api there": a place corrected before the request that follows it. */
const LEADING_FIX =
  /^\W*(?:sorry|oops|correction|my bad)[,:]?\s*(?:i meant|i mean|make that|it'?s|should be)\s+([a-z0-9-]+)(?: not [a-z0-9-]+)?\s*(?:[\u2014\u2013,;:.]|\s-)+\s*(.+)$/i;
function leadingFix(text: string, names: CorrectionNames): string | undefined {
  const m = LEADING_FIX.exec(text);
  const ns = m && names.namespaces.get(m[1].toLowerCase());
  return m && ns && COMMAND.test(m[2]) ? `${m[2].replace(/\s*\bthere\b/i, '')} in ${ns}` : undefined;
}

/** A clause that says why, not what: "because …", "a restart won't fix a bad rc". */
const REASON_CLAUSE =
  /^\s*(because|since|as|cause|cuz|coz|i'?d rather|i would rather|i want to (watch|see|look|check|keep an eye)|so (that )?(i|we) can)\b|\b(won'?t|wouldn'?t|will not|would not|can'?t|cannot|doesn'?t|does not|didn'?t|did not) (fix|help|solve|work|do (it|anything|much))\b/i;

/** "roll it back instead, a restart won't fix a bad rc": the correction without the clauses after it that say why. */
function withoutReason(text: string): string {
  const clauses = text.split(/(?=,)/);
  const at = clauses.findIndex((c, i) => i > 0 && REASON_CLAUSE.test(c.replace(/^,/, '')));
  return at < 0 ? text : clauses.slice(0, at).join('');
}

/** "restart the api — sorry, worker — in staging": a name put right between dashes or commas, mid-request. */
const MID_FIX =
  /\b([a-z0-9][a-z0-9-]*)\s*(?:[\u2014\u2013]|\s-{1,2}\s|,)\s*(?:sorry|oops|i mean|i meant|er|erm|uh|um|correction|no|make that)\W+([a-z0-9][a-z0-9-]*)\s*(?:[\u2014\u2013]|\s-{1,2}(?=\s)|,)\s*/i;
function midFix(text: string, names: CorrectionNames): string | undefined {
  const m = MID_FIX.exec(text);
  // ("… prod, no, staging, no, hmm… which one?": still unsettled.)
  if (!m || /\?/.test(text) || /^\W*(?:no|sorry|hmm|or|wait|actually)\b/i.test(text.slice(m.index + m[0].length)))
    return undefined;
  const [a, b] = [m[1].toLowerCase(), m[2].toLowerCase()];
  const same = (names.workloads.has(a) && names.workloads.has(b)) || (names.namespaces.has(a) && names.namespaces.has(b));
  if (!same || a === b) return undefined;
  return `${text.slice(0, m.index)}${m[2]} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
}

/** "staging or prod", "api or web": two names of one kind offered as alternatives, which no correction settles. */
function alternatives(text: string, names: CorrectionNames): boolean {
  return [...text.toLowerCase().matchAll(/\b([a-z0-9-]+),? or ([a-z0-9-]+)\b/g)].some(
    ([, a, b]) => (names.namespaces.has(a) && names.namespaces.has(b)) || (names.workloads.has(a) && names.workloads.has(b)),
  );
}

/** "add 3 to prod api... correction, add 4": a relative change said again with another number. */
const RELATIVE = /^\W*(?:add|remove|subtract|take away|take off|drop)\s+(\d+)\b/i;

/** The corrected request as a new text, or undefined when the message holds no correction this can apply. */
export function correctedText(text: string, names: CorrectionNames): string | undefined {
  if (alternatives(text, names)) return undefined;
  const instead = insteadText(text, names) ?? sameForText(text, names) ?? leadingFix(text, names) ?? midFix(text, names);
  if (instead !== undefined) return instead;
  const m = MARKER.exec(text);
  if (!m || m.index === 0) return undefined;
  // "… to four, er, I mean eight": a number word is the number, on both sides.
  // "scale web to 4? or is 3 enough… let's do 3": the thinking aloud after the request's question mark goes.
  const before = text
    .slice(0, m.index)
    .replace(/^(.*?)\?.*$/s, (all, head: string) => (/^let('?s| us)$/i.test(m[1] ?? '') ? head : all))
    .trim()
    .replace(NUMBER_WORD, (w) => String(UNITS[w.toLowerCase()]));
  const after = text
    .slice(m.index + m[0].length)
    .replace(LEAD, '')
    .trim()
    .replace(NUMBER_WORD, (w) => String(UNITS[w.toLowerCase()]));
  // "… never mind that staging gets by with 1", "I mean, this namespace only has 2 nodes anyway": an aside, not a new
  // request or value.
  // "… to zero, nvm, to one": a value after it corrects; anything else without a verb takes the request back.
  if (
    /^(nvm|never ?mind)$/i.test(m[1] ?? '') &&
    !COMMAND.test(after) &&
    !/^\W*(?:(?:make it|make that|to)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\W*$/i.test(after)
  )
    return undefined;
  // "(edit: it was 3 before, for the record)": an aside about the past, no new value.
  if (
    /^(edit|update|upd|erratum)$/i.test(m[1] ?? '') &&
    /^(?:(?:it|that|this|they)\s+)?(?:was|were|had been|used to)\b|\bfor the record\b/i.test(after)
  )
    return undefined;
  if (
    /^i mean$/i.test(m[1] ?? '') &&
    /\b(is|are|has|have|had|only|anyway|just|gets by|was|were)\b/i.test(after.split(',')[0] ?? '')
  )
    return undefined;
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter(Boolean);
  const beforeWords = words(before);
  // "cost by deployment for last week, er, this month I mean": a window that replaces the window before.
  // "costs for last week please — scratch that, last month, per namespace": the window first, then other values.
  const head = after.replace(/\s*,?\s*i mean\W*$/i, '').trim();
  const firstClause = head.split(/\s*,\s*/)[0] ?? head;
  const window = WINDOW.exec(firstClause);
  const had = WINDOW_IN.exec(before);
  if (window && window[0].length === firstClause.length && had) {
    const rest = head.slice(firstClause.length);
    return `${before.slice(0, had.index)}${window[0]}${before.slice(had.index + had[0].length)}${rest}`;
  }
  // "… worker:0.9.6, typo, I meant ghcr.io/acme/worker:0.9.5", "… with redis:7 — oops, meant redis:7.2": a whole
  // image that replaces the image.
  const newImage = IMAGE_LIKE.exec(after.split(/[,;]|\s[-\u2013\u2014]+\s/)[0] ?? '')?.[0];
  const oldImage = IMAGE_LIKE.exec(before);
  // A Deployment being created is no workload yet: its image may be corrected too.
  if (newImage && oldImage && COMMAND.test(before)) {
    const rest = after.slice(after.indexOf(newImage) + newImage.length).replace(/^[\s,;.]+/, '');
    return `${before.slice(0, oldImage.index)}${newImage}${before.slice(oldImage.index + oldImage[0].length)}${rest ? `, ${rest}` : ''}`;
  }
  // "create a deployment named pdf-render … — oops, call it pdf-renderer": a new Deployment's name corrected.
  const newName =
    /^(?:(?:just |rather )?(?:call it|name it|named|called|make the name))\s+(?!(?:taken|fine|wrong|ok|okay|bad|good|right|correct|same|different|it|that|this|there|here|too|long|short|something|anything|whatever)\b)([a-z0-9][-a-z0-9.]*)\W*$/i.exec(
      (after.split(/[,;]/)[0] ?? '').trim(),
    );
  const oldName = /\b(?:named|called|name it|call it)\s+([a-z0-9][-a-z0-9.]*)/i.exec(before);
  if (newName && oldName && COMMAND.test(before) && !names.workloads.has(oldName[1].toLowerCase())) {
    const at = oldName.index + oldName[0].length - oldName[1].length;
    return `${before.slice(0, at)}${newName[1]}${before.slice(at + oldName[1].length)}`;
  }
  // The words before must be a request about a workload or in a namespace ("pods of web in staging", "stop chaos run
  // web-latency-88kd in production"); the words after must say something.
  if (
    !(COMMAND.test(before) || /^\W*(the )?pods?\b/i.test(before)) ||
    !beforeWords.some((w) => names.workloads.has(w) || names.namespaces.has(w)) ||
    !after
  )
    return undefined;
  // "actually make it 6, traffic from the EU launch is higher": the first clause that says something corrects; the
  // rest is why. "sorry, fat-fingered, I meant 6", "scratch that, Argo would fight it — show me its pods": filler first.
  // "no, staging, no, hmm... which one was failing?": a question after it leaves it unsettled.
  if (/\?/.test(after) || /\b(too|as well|also)\b|\bthen\s+[a-z]/i.test(after)) return undefined;
  // "no, just one step, I'd rather watch the 50% pause": the clauses after it that say why are no part of it.
  const clauses = withoutReason(after)
    .split(/[,;]|\.(?:\s|$)|\s[-\u2013\u2014]+\s/)
    .map((c) => c.replace(LEAD, '').trim());
  // "no wait, the preview is throwing 502s. abort.": a clause that tells how things are says why, not what.
  const saysSomething = (c: string) =>
    (COMMAND.test(c) || !/\b(is|are|was|were|keeps?|has been|have been|had|decided|said|told|agreed|moved)\b/i.test(c)) &&
    (/\d/.test(c) || COMMAND.test(c) || words(c).some((w) => names.workloads.has(w) || names.namespaces.has(w)));
  // "make that 3... actually no, 5. final answer 5": of several counts said in turn, the last one.
  // "edit: 0.9.5, not 0.9.6": what is said not to be meant says nothing.
  const saying = clauses.filter((c) => saysSomething(c) && !/^\W*(not|never|no)\b/i.test(c));
  const countsOnly =
    saying.length > 1 &&
    saying.every(
      (c) => /\d/.test(c) && !COMMAND.test(c) && !words(c).some((w) => names.workloads.has(w) || names.namespaces.has(w)),
    );
  const meant = ((countsOnly ? saying.at(-1) : saying[0]) ?? withoutReason(after)).replace(NOT_NAME, ' ');
  const meantWords = words(meant);
  const relative = RELATIVE.exec(meant);
  const relativeBefore = RELATIVE.exec(before);
  if (
    relative &&
    relativeBefore &&
    meant
      .trim()
      .replace(/[.!]+$/, '')
      .split(/\s+/).length <= 4
  ) {
    const at = (relativeBefore.index ?? 0) + relativeBefore[0].length - relativeBefore[1].length;
    return `${before.slice(0, at)}${relative[1]}${before.slice(at + relativeBefore[1].length)}`;
  }
  if (COMMAND.test(meant)) {
    // "…, just get me its logs": a request of its own, about the objects named before.
    // "restart api in staging. actually the error was in prod. just restart it there": the reason between may name
    // the object anew.
    const from = clauses.find(saysSomething);
    const start = from ? Math.max(0, after.indexOf(from)) : 0;
    const reason = words(after.slice(0, start));
    const workload = reason.find((w) => names.workloads.has(w)) ?? beforeWords.find((w) => names.workloads.has(w));
    const ns =
      reason.map((w) => names.namespaces.get(w)).find(Boolean) ?? beforeWords.map((w) => names.namespaces.get(w)).find(Boolean);
    // "… actually no, hold on, don't. show me the payments pods first": from the clause that asks.
    const asked = withoutReason(after.slice(start));
    return `${workload}${ns ? ` in ${ns}` : ''}. ${asked}`;
  }
  const ns = meantWords.map((w) => names.namespaces.get(w)).find(Boolean);
  const workload = meantWords.find((w) => names.workloads.has(w));
  // "set worker to ghcr.io/acme/worker:0.9.5. typo, 0.9.6": a tag that replaces the image's tag.
  const tag = /^v?\d+(\.\d+){1,3}([-+][\w.]+)?$/.exec(meant.trim().replace(/[.!]+$/, ''))?.[0];
  const image = /(\S+:)v?\d+(\.\d+){1,3}([-+][\w.]+)?\b/.exec(before);
  if (tag && image) return `${before.slice(0, image.index)}${image[1]}${tag}${before.slice(image.index + image[0].length)}`;
  // "promote payments fully. scratch that, just one step": the promotion without "fully".
  const said = `${clauses[0] ?? ''} ${meant}`;
  if (FULL.test(before) && ONE_STEP.test(said)) return before.replace(FULL, ' ').replace(/\s+/g, ' ').trim();
  // "promote checkout in staging... actually make that a full promotion": the promotion made full.
  if (/\bpromot/i.test(before) && !FULL.test(before) && !ONE_STEP.test(before) && FULL.test(meant))
    return `${before} all the way`;
  // "promote checkout one step. no, all the way": the promotion made full.
  if (ONE_STEP.test(before) && FULL.test(said)) return `${before.replace(ONE_STEP, ' ').replace(/\s+/g, ' ').trim()} all the way`;
  // "add 400ms delay … for 5 minutes... make that 200ms": the number with the same unit.
  const valued = /(\d+)\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hours?|%|percent|replicas?|pods?)\b/i.exec(meant);
  if (valued) {
    const unit = unitClass(valued[2]);
    const had = [...before.matchAll(/(\d+)\s*([a-z%]+)/gi)].filter((x) => unitClass(x[2]) === unit);
    // "for the last 10 minutes, sorry, 1 hour": the number and its unit.
    if (had.length === 1) {
      const at = had[0].index ?? 0;
      return `${before.slice(0, at)}${valued[0]}${before.slice(at + had[0][0].length)}`;
    }
    // "last 100 lines, actually make it 2 hours": a value of another kind than the request had, added to it.
    if (had.length === 0 && !/\b(lines?|replicas?|pods?)\b/i.test(valued[2])) {
      return /\blogs?\b/i.test(before) ? `${before}, last ${valued[0]}` : `${before} for ${valued[0]}`;
    }
  }
  // "scale worker in staging — make it 3", "roll back web — make it revision 1", "promote checkout, make it full": a
  // value the request did not have yet.
  const value = meant.trim().replace(/[.!]+$/, '');
  if (!/\d/.test(before) && /^(\d+( replicas?| pods?| lines?)?|revision \d+|full|fully|all the way)$/i.test(value)) {
    return /^\d+$/.test(value) ? `${before} to ${value}` : `${before} ${value}`;
  }
  if (/^revision \d+$/i.test(value) && !/\brevision\b/i.test(before)) return `${before} to ${value}`;
  const count = meantWords.find((w) => /^\d+$/.test(w));
  if (!ns && !workload && !count) return undefined;
  let fixed = before;
  if (ns) {
    const had = beforeWords.some((w) => names.namespaces.has(w));
    fixed = had ? fixed.replace(/[a-z0-9-]+/gi, (w) => (names.namespaces.has(w.toLowerCase()) ? ns : w)) : `${fixed} in ${ns}`;
  }
  if (workload) fixed = fixed.replace(/[a-z0-9-]+/gi, (w) => (names.workloads.has(w.toLowerCase()) ? workload : w));
  if (count) {
    const last = /\d+(?!.*\d)/.exec(fixed);
    if (!last) return undefined;
    fixed = `${fixed.slice(0, last.index)}${count}${fixed.slice(last.index + last[0].length)}`;
  }
  return fixed === before ? undefined : fixed;
}

/**
 * "…, no perdón, to 3", "— ach nein, staging meinte ich", "— não, only one step", "…, ops, I wanted to say staging":
 * the words of a correction in another language (or a slip of "oops"), in English, for the correction to be read as
 * it is in English. Only after a comma, a dash or a stop, so a name is never touched.
 */
const FOREIGN_CORRECTIONS: [RegExp, string][] = [
  [
    /(?<=(?:^|[,;.!\u2014\u2013]|\s-)\s*(?:no,?\s+)?)(?:perd[oó]n|disculpa|lo siento|desculpa|entschuldigung|sumimasen|gomen)(?=[\s,.!]|$)/giu,
    'sorry',
  ],
  [/(?<=(?:^|[,;.!\u2014\u2013]|\s-)\s*)(?:ach\s+)?(?:nein|n[ãa]o|nee|iie)(?=[\s,.!]|$)/giu, 'no'],
  [/(?<=(?:^|[,;.!\u2014\u2013]|\s-)\s*)(?:espera|warte|matte|ruk(?:o)?)(?=[\s,.!]|$)/giu, 'wait'],
  [/(?<=[,;\u2014\u2013]\s*)ops(?=\s*[,.!])/giu, 'oops'],
  [/\bi wanted to say\b|\bquise decir\b|\bquis dizer\b|\bquer dizer\b|\bich meine\b/giu, 'I mean'],
  [/\b([a-z0-9-]+) meinte ich\b/giu, 'I meant $1'],
];

/** An English request at the start: the tables of other languages read whole messages in them. */
const ENGLISH_HEAD =
  /^\W*(?:(?:please|pls|can you|could you)\s+)?(?:restart|scale|roll|rollback|promote|abort|pause|kill|delete|set|add|stress|drop|inject|retry|create|show|list|get|bump|bounce)\b/i;

export function correctionsInEnglish(text: string): string {
  if (!ENGLISH_HEAD.test(text)) return text;
  let out = text;
  for (const [re, to] of FOREIGN_CORRECTIONS) out = out.replace(re, to);
  return out;
}
