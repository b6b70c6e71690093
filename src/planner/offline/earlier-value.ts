/**
 * A value said in an earlier sentence and pointed at in the request: "The target is 150ms. Add that much delay to api
 * in staging", "35% is what the SLA allows. Drop that many packets on worker", "prod runs 4 api pods; staging api
 * should match", "Staging web was scaled to 4 this morning. Give worker in staging the same count." The request's
 * sentence is returned with the value in place of the words that point at it; with no one value to point at, the
 * pointer is reported so that no reading of the request is sure. Pure.
 */

/** Words that stand for a value said before. */
const POINTER =
  /\b(?:that many|that much|that amount|that number|that value|that figure|that count|the same (?:count|number|amount|value|size|replica count|number of replicas)|(?:should|must|needs to|to) match(?: (?:it|that|them|this))?(?=\s*[.!?]*\s*$))\b/i;
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
}

export function earlierValue(message: string): EarlierValue | undefined {
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
  const values = [...before.matchAll(VALUE)];
  if (at === 0 && sentences.length === 1 && values.length === 0) return { pointer };
  if (values.length !== 1) return { pointer };
  const [, n, unit] = values[0];
  const value = COUNTING.test(pointer)
    ? /\bmatch\b/i.test(pointer)
      ? pointer.replace(/\bmatch\b.*$/i, `have ${n} replicas`)
      : `${n} replicas`
    : `${n}${unit ? (/^(%|percent)$/i.test(unit) ? '%' : unit) : ''}`;
  const own = at > 0 ? asked : asked.slice(asked.lastIndexOf(',', asked.indexOf(pointer)) + 1);
  return { text: own.replace(POINTER, value).trim(), pointer };
}
