/**
 * Number words and units. Turns "twenty five" into "25", "200ms" into "200 ms", "a couple" into "2", so the
 * slot readers only ever see digits followed by a unit word, and converts durations to seconds or ms.
 */

export const UNITS: Record<string, number> = {
  zero: 0,
  none: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  couple: 2,
  pair: 2,
  few: 3,
  dozen: 12,
  single: 1,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SECONDS: Record<string, number> = {
  ms: 0.001,
  msec: 0.001,
  msecs: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  millis: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  wk: 604800,
  wks: 604800,
  week: 604800,
  weeks: 604800,
};

const HALVES: Record<string, string> = {
  hour: '30 minutes',
  hr: '30 minutes',
  minute: '30 seconds',
  min: '30 seconds',
  day: '12 hours',
};
/**
 * "the last half hour", "in half an hour", "an hour and a half": a duration in plain units, so "half" is never read
 * as the verb "halve".
 */

export function spellHalves(text: string): string {
  return (
    text
      .replace(/\b(an? |one )?(hour|hr) and a half\b/gi, '90 minutes')
      .replace(/\b(an? |one )?day and a half\b/gi, '36 hours')
      // "for a minute and a half", "two minutes and a half".
      .replace(/\b(an? |one )?(minute|min) and a half\b/gi, '90 seconds')
      .replace(/\b(two|three|four|five|\d+) (minutes|mins|hours) and a half\b/gi, (_m, n: string, unit: string) => {
        const k = Number(n) || ({ two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[n.toLowerCase()] || 0;
        return /^m/i.test(unit) ? `${k * 60 + 30} seconds` : `${k * 60 + 30} minutes`;
      })
      // "two and a half minutes": in the unit below.
      .replace(/\b(one|two|three|four|five|\d+) and a half (minutes?|hours?)\b/gi, (_m, n: string, unit: string) => {
        const k = Number(n) || ({ one: 1, two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[n.toLowerCase()] || 0;
        return /^m/i.test(unit) ? `${k * 60 + 30} seconds` : `${k * 60 + 30} minutes`;
      })
      // "a quarter second of latency", "half a second".
      .replace(/\b(a |one )?quarter( of a)? second\b/gi, '250ms')
      .replace(/\bhalf (a )?second\b/gi, '500ms')
      .replace(/\b(two|2) days and a half\b/gi, '60 hours')
      .replace(/\bhalf(?:[\s-]+an?)?[\s-]+(hour|hr|minute|min|day)s?\b/gi, (_, unit: string) => HALVES[unit.toLowerCase()])
  );
}

export function isDurationUnit(w: string): boolean {
  return w in SECONDS;
}

/** Seconds per unit word ("min" → 60), undefined for a word that is not a unit. */
export function unitSeconds(w: string): number | undefined {
  return SECONDS[w];
}

export function isNumber(w: string | undefined): boolean {
  return w !== undefined && /^\d+(\.\d+)?$/.test(w);
}

/**
 * Why a number is not sure: an alternative ("5 or 6"), arithmetic ("10 minus 8"), a scale word ("1 thousand",
 * "4 million", "1.5k": parsed, but a count that large is rarely meant), or a correction ("20, no wait 2": the
 * corrected value is read).
 */
/** `vague`: "a few": a count nobody said. */
export type NumberDoubt = 'alternative' | 'arithmetic' | 'scale' | 'correction' | 'vague';

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mil: 1e6, billion: 1e9, bn: 1e9 };
const OPERATORS = new Set(['minus', 'plus', 'times', 'multiplied', 'divided', 'over', '-', 'x', '*']);
const HEDGES = new Set(['or', 'and', 'maybe', 'perhaps', 'possibly', 'even']);
// "4 or 5" in other languages too: "4 ya 5", "4 ou 5", "4 oder 5", "4 o 5".
const ALTERNATIVE = new Set(['or', 'to', '-', '/', 'ya', 'ou', 'oder', 'o']);
/** Words that take back the number before them: "to 20, no wait 2", "make that 3", "sorry, 4". */
const CORRECTIONS: string[][] = [
  ['no', 'wait'],
  ['wait', 'no'],
  ['no', 'sorry'],
  ['sorry'],
  ['i', 'mean'],
  ['i', 'meant'],
  ['make', 'that'],
  ['make', 'it'],
  ['make'],
  ['scratch', 'that'],
  ['correction'],
  ['oops'],
  ['whoops'],
  ['ugh'],
  ['argh'],
  ['wait'],
  ['no'],
];

/**
 * "last hundred lines", "for team four:": the words with their numbers in digits, lower-cased, punctuation apart (for
 * checks that look at where a number stands).
 */
export function inDigits(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/([^\w\s.'/-])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
  return normalizeNumbers(words, words).words.join(' ');
}

/** Rewrites number words as digits and splits "200ms" / "30%" / "5min" into number and unit. */
export function normalizeNumbers(words: string[], raw: string[]): { words: string[]; raw: string[]; doubts: NumberDoubt[] } {
  const outW: string[] = [];
  const outR: string[] = [];
  const doubts: NumberDoubt[] = [];
  const push = (w: string, r = w) => {
    outW.push(w);
    outR.push(r);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const glued = /^(\d+(?:\.\d+)?)(ms|msec|s|sec|secs|m|min|mins|h|hr|hrs|d|w|%|x|k)$/.exec(w);
    if (glued) {
      if (glued[2] === 'k') {
        push(String(Number(glued[1]) * 1000));
        doubts.push('scale');
      } else {
        push(glued[1]);
        push(glued[2]);
      }
      continue;
    }
    // "half a dozen" is 6, not "halve".
    const dozen = words[i + 1] === 'a' ? i + 2 : i + 1;
    if (w === 'half' && words[dozen] === 'dozen') {
      push('6');
      i = words[dozen + 1] === 'of' ? dozen + 1 : dozen;
      continue;
    }
    if (/^x\d+$/.test(w)) {
      // "scale worker x5": five times, or five?
      doubts.push('arithmetic');
      push(w.slice(1));
      push('x');
      continue;
    }
    // "too few replicas" says there are not enough, not how many.
    if (w === 'few' && ['too', 'very', 'so'].includes(words[i - 1] ?? '')) {
      push(w, raw[i]);
      continue;
    }
    // "1 thousand": the scale word belongs to the digits before it (read below).
    const read = SCALE[w] !== undefined && isNumber(outW[outW.length - 1]) ? undefined : readNumberWords(words, i);
    if (!read) {
      push(w, raw[i]);
      continue;
    }
    if (/thousand|million|billion/.test(words.slice(i, read.next).join(' '))) doubts.push('scale');
    if (w === 'few') doubts.push('vague');
    push(String(read.value));
    // "a couple of replicas": drop the "of".
    let j = read.next;
    if (words[j] === 'of' && ['couple', 'few', 'dozen', 'pair'].includes(w)) j++;
    i = j - 1;
  }
  return scaleAndDoubts(outW, outR, doubts);
}

/** "1 thousand", "4 million", "1.5 k": digits with a scale word; then alternatives, arithmetic and corrections. */
function scaleAndDoubts(words: string[], raw: string[], doubts: NumberDoubt[]) {
  const w: string[] = [];
  const r: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const scale = SCALE[words[i + 1] ?? ''];
    if (isNumber(words[i]) && scale !== undefined) {
      w.push(String(Number(words[i]) * scale));
      r.push(w[w.length - 1]);
      doubts.push('scale');
      i++;
      continue;
    }
    w.push(words[i]);
    r.push(raw[i]);
  }
  // "more than 30%", "at least 4", "no fewer than 3": a bound, not the value asked for.
  for (let i = 0; i < w.length; i++) {
    if (!isNumber(w[i])) continue;
    // "to 3 and up", "3 at most", "to 3 on top", "3 per pod": a bound or a rate after it.
    const after = w.slice(i + 1, i + 4).join(' ');
    const bound =
      /^(and (up|over|above|more|below|less|down)|or (more|less|so|fewer)|at (the )?(most|least)|(tops|max)$|on top|over$|(\w+ )?per (pod|node|replica)s?)\b/.test(
        after,
      ) ||
      (i === w.length - 2 && w[i + 1] === 'over') ||
      // "from 2 up", "from 6 on": a start, not the count it has now.
      (w[i - 1] === 'from' && /^(up|on|onwards?|out|forward)$/.test(w[i + 1] ?? '')) ||
      (w[i - 1] === 'than' &&
        /^(more|less|fewer|higher|lower|greater|bigger|smaller|longer|shorter|over|under)$/.test(w[i - 2] ?? '')) ||
      (w[i - 2] === 'at' && /^(least|most)$/.test(w[i - 1] ?? '')) ||
      // "to up to 5", "upto 5": a ceiling (not "up to 12", the way up; red-team round 172).
      (w[i - 1] === 'to' && w[i - 2] === 'up' && w[i - 3] === 'to') ||
      w[i - 1] === 'upto';
    if (bound) doubts.push('vague');
  }
  // "4 or maybe 5", "4, or 5": an "or" among hedges between two numbers.
  for (let i = 0; i < w.length; i++) {
    if (!isNumber(w[i])) continue;
    let j = i + 1;
    while (j < w.length && HEDGES.has(w[j])) j++;
    if (j > i + 1 && isNumber(w[j]) && w.slice(i + 1, j).includes('or')) doubts.push('alternative');
  }
  // "12 divided by 4", "3 multiplied by 2": an operator of two words.
  for (let i = 0; i + 3 < w.length; i++) {
    if (isNumber(w[i]) && OPERATORS.has(w[i + 1]) && w[i + 2] === 'by' && isNumber(w[i + 3])) doubts.push('arithmetic');
  }
  for (let i = 1; i < w.length - 1; i++) {
    if (!isNumber(w[i - 1]) || !isNumber(w[i + 1])) continue;
    // "5 or 6", "5-6": which one? "scale from 5 to 6" names the old and the new count, so it is not a doubt.
    if (ALTERNATIVE.has(w[i]) && !(w[i] === 'to' && w[i - 2] === 'from')) doubts.push('alternative');
    else if (OPERATORS.has(w[i])) doubts.push('arithmetic');
  }
  // "scale worker two for", "to for replicas": "to four" as a dictation writes it, or two? Which number.
  if (
    w.some(
      (x, i) =>
        /^(two|2|to|too)$/.test(x) &&
        /^(for|fore)$/.test(w[i + 1] ?? '') &&
        (i + 2 >= w.length || /^(replicas?|pods?|instances?|copies|please|pls|now)$/.test(w[i + 2] ?? '')),
    )
  )
    doubts.push('alternative');
  // "5-6", "30-60s", "30s-1m": two values, each maybe with its unit.
  if (
    w.some((x) =>
      /^\d+(\.\d+)?(ms|s|secs?|m|mins?|h|hrs?)?[-/]\d+(\.\d+)?(ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)?$/.test(x),
    )
  )
    doubts.push('alternative');
  // "to minus two": a negative count is arithmetic on nothing.
  if (w.some((x, i) => x === 'minus' && !isNumber(w[i - 1] ?? '') && isNumber(w[i + 1] ?? ''))) doubts.push('arithmetic');
  return corrected(w, r, doubts);
}

/** "to 20, no wait 2": the number after the correction replaces the one before it. */
function corrected(words: string[], raw: string[], doubts: NumberDoubt[]) {
  for (let i = 0; i < words.length; i++) {
    const hit = CORRECTIONS.find((c) => c.every((cw, k) => words[i + k] === cw));
    if (!hit) continue;
    let after = i + hit.length;
    while (
      after < words.length &&
      ['and', 'to', 'i', 'mean', 'make', 'it', 'that', 'actually', 'ok', 'okay', 'so', 'then'].includes(words[after])
    )
      after++;
    if (!isNumber(words[after])) continue;
    let before = i - 1;
    while (before >= 0 && words[before] === 'and') before--;
    if (!isNumber(words[before])) continue;
    doubts.push('correction');
    const w = [...words.slice(0, before), words[after], ...words.slice(after + 1)];
    const r = [...raw.slice(0, before), raw[after], ...raw.slice(after + 1)];
    // "to 7 no 9 no... ok 8": each correction in turn; the last number stands.
    return corrected(w, r, doubts);
  }
  return { words, raw, doubts };
}

/**
 * Reads number words from `start`: "twenty five", "two hundred and ten", "five thousand six hundred seventy eight".
 * Each word must be able to follow the previous one, so "two three" stays two numbers.
 */
function readNumberWords(words: string[], start: number): { value: number; next: number } | undefined {
  let total = 0;
  let current = 0;
  let last: 'none' | 'small' | 'tens' | 'hundred' | 'thousand' = 'none';
  let j = start;
  for (; j < words.length; j++) {
    const w = words[j];
    if (w === 'and' && (last === 'hundred' || last === 'thousand') && smallValue(words[j + 1] ?? '') !== undefined) continue;
    const small = smallValue(w);
    if (w === 'hundred' && (last === 'none' || last === 'small')) {
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (w === 'thousand' && last !== 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      last = 'thousand';
    } else if (small !== undefined && TENS[w] !== undefined && (last === 'none' || last === 'hundred' || last === 'thousand')) {
      current += small;
      last = 'tens';
    } else if (small !== undefined && TENS[w] === undefined && last !== 'small' && !(last === 'tens' && small >= 10)) {
      current += small;
      last = 'small';
    } else break;
  }
  return last === 'none' ? undefined : { value: total + current, next: j };
}

/** 0..99 from one word ("seven", "fifteen", "forty", "forty-two"). */
function smallValue(w: string): number | undefined {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hyphen && TENS[hyphen[1]] !== undefined && UNITS[hyphen[2]] !== undefined && UNITS[hyphen[2]] < 10) {
    return TENS[hyphen[1]] + UNITS[hyphen[2]];
  }
  return undefined;
}
