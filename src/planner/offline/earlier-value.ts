/**
 * A value said in an earlier sentence and pointed at in the request: "The target is 150ms. Add that much delay to api
 * in staging", "35% is what the SLA allows. Drop that many packets on worker", "prod runs 4 api pods; staging api
 * should match", "Staging web was scaled to 4 this morning. Give worker in staging the same count." The request's
 * sentence is returned with the value in place of the words that point at it; with no one value to point at, the
 * pointer is reported so that no reading of the request is sure. Pure.
 */

/** Words that stand for a value said before. */
const POINTER =
  /\b(?:(?:that|this) many|(?:that|this) much|that amount|that number|that value|that figure|that count|the same (?:count|number|amount|value|size|replica count|number of replicas)|(?:should|must|needs to|to) match(?: (?:it|that|them|this))?(?=\s*[.!?]*\s*$)|match (?:it|that|this)(?= (?:in|for|on) ))\b/i;
/** What a pointer that counts says: a number of replicas. */
const COUNTING = /\b(count|size|replica|match)\b/i;
/** A number as people write values: "150ms", "35%", "4 api pods", "to 4"; not a time, a date, a version or a name. */
const VALUE =
  /(?<![\w.:/-])(\d+(?:\.\d+)?)(?![\w.:/-]*[:/]\d)(?:\s*(ms|%|percent|s|sec|secs|seconds?|m|mins?|minutes?|h|hours?)(?![a-z]))?(?![\w.-]*\d*\.\d)(?!\s*(?:am|pm|x)\b)(?![\w-])/gi;

export interface EarlierValue {
  /** The request's sentence with the value in place, when one value was said before it. */
  text?: string;
  /** The words that point at a value. */
  pointer: string;
  /** A value is said after the pointer ("staging web should match. prod has 6."): the reader reads it as said. */
  later?: boolean;
}

export function earlierValue(
  message: string,
  workloads: ReadonlySet<string> = new Set(),
  names: ReadonlySet<string> = workloads,
): EarlierValue | undefined {
  const sentences = message
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const at = sentences.findIndex((s) => POINTER.test(s));
  if (at < 0) return undefined;
  const asked = sentences[at];
  const pointer = POINTER.exec(asked)?.[0] ?? '';
  // "prod runs 4 api pods; staging api should match": the value may sit earlier in the same sentence too.
  const before = [...sentences.slice(0, at), asked.slice(0, asked.indexOf(pointer))].join(' ');
  // "the same replica count that web has in staging": the value of an object named after it, read live elsewhere.
  const following = asked.slice(asked.indexOf(pointer) + pointer.length).toLowerCase();
  if (/^\s*(as|that|which|of)\b/.test(following) && following.split(/[^a-z0-9-]+/).some((w) => names.has(w))) return undefined;
  const values = [...before.matchAll(VALUE)];
  const rest = [asked.slice(asked.indexOf(pointer) + pointer.length), ...sentences.slice(at + 1)].join(' ');
  if (values.length === 0 && [...rest.matchAll(VALUE)].length > 0) return { pointer, later: true };
  if (at === 0 && sentences.length === 1 && values.length === 0) return { pointer };
  if (values.length !== 1) return { pointer };
  const [, n, unit] = values[0];
  // The value must be of the kind pointed at: "$3 a day", "restarted 4 times" are no count; "40 minutes" is no delay;
  // "on 2.4.0-rc1 with 2 pods … should match" may mean the version.
  const around = before.slice(Math.max(0, (values[0].index ?? 0) - 2), (values[0].index ?? 0) + values[0][0].length + 12);
  if (/\$\s*\d|\d\s*(times|x\b|a day|per|an hour|a week|dollars|usd|eur|%|percent|ms)/i.test(around) && COUNTING.test(pointer))
    return { pointer };
  if (COUNTING.test(pointer) && /\bv?\d+\.\d+/.test(before)) return { pointer };
  if (/\b(delay|latency|lag)\b/i.test(asked) && !/^(ms|s|sec|secs|seconds?)$/i.test(unit ?? '')) return { pointer };
  if (/\b(packets?|loss)\b/i.test(asked) && !/^(%|percent)$/i.test(unit ?? '')) return { pointer };
  if (/^\$/.test(before.slice((values[0].index ?? 1) - 1))) return { pointer };
  const value = COUNTING.test(pointer)
    ? /^to match\b/i.test(pointer)
      ? `to ${n}`
      : /\bmatch\b/i.test(pointer)
        ? pointer.replace(
            /^(?:(should|must|needs to) )?match\b.*$/i,
            (_m, modal?: string) => `${modal ?? 'should'} have ${n} replicas`,
          )
        : `${n} replicas`
    : `${n}${unit ? (/^(%|percent)$/i.test(unit) ? '%' : unit) : ''}`;
  const own = at > 0 ? asked : asked.slice(asked.lastIndexOf(',', asked.indexOf(pointer)) + 1);
  // "prod api runs 4 pods. match that in staging": the workload of the sentence before, when the request names none.
  const named = (t: string) =>
    t
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter((w) => workloads.has(w));
  const earlier = [...new Set(named(before))];
  const object = named(own).length === 0 && earlier.length === 1 ? `${earlier[0]} ` : '';
  return { text: `${object}${own.replace(POINTER, value).trim()}`, pointer };
}
