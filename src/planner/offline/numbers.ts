/**
 * Number words and units. Turns "twenty five" into "25", "200ms" into "200 ms", "a couple" into "2", so the
 * slot readers only ever see digits followed by a unit word, and converts durations to seconds or ms.
 */

const UNITS: Record<string, number> = {
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

/** Rewrites number words as digits and splits "200ms" / "30%" / "5min" into number and unit. */
export function normalizeNumbers(words: string[], raw: string[]): { words: string[]; raw: string[] } {
  const outW: string[] = [];
  const outR: string[] = [];
  const push = (w: string, r = w) => {
    outW.push(w);
    outR.push(r);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const glued = /^(\d+(?:\.\d+)?)(ms|msec|s|sec|secs|m|min|mins|h|hr|hrs|d|w|%|x|k)$/.exec(w);
    if (glued) {
      if (glued[2] === 'k') push(String(Number(glued[1]) * 1000));
      else {
        push(glued[1]);
        push(glued[2]);
      }
      continue;
    }
    if (/^x\d+$/.test(w)) {
      push(w.slice(1));
      push('x');
      continue;
    }
    const read = readNumberWords(words, i);
    if (!read) {
      push(w, raw[i]);
      continue;
    }
    push(String(read.value));
    // "a couple of replicas": drop the "of".
    let j = read.next;
    if (words[j] === 'of' && ['couple', 'few', 'dozen', 'pair'].includes(w)) j++;
    i = j - 1;
  }
  return { words: outW, raw: outR };
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
