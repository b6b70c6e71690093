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
    const value = wordValue(w);
    if (value === undefined) {
      push(w, raw[i]);
      continue;
    }
    // Compound number words: "twenty five", "two hundred", "one thousand five hundred".
    let total = 0;
    let current = value;
    let j = i + 1;
    for (; j < words.length; j++) {
      const next = words[j];
      if (next === 'and' && wordValue(words[j + 1] ?? '') !== undefined && current >= 100) continue;
      if (next === 'hundred') current *= 100;
      else if (next === 'thousand') {
        total += current * 1000;
        current = 0;
      } else if (
        TENS[next] === undefined &&
        UNITS[next] !== undefined &&
        current >= 20 &&
        current % 10 === 0 &&
        UNITS[next] < 10
      ) {
        current += UNITS[next];
      } else if (TENS[next] !== undefined && current >= 100 && current % 100 === 0) current += TENS[next];
      else if (UNITS[next] !== undefined && current >= 100 && current % 100 === 0 && UNITS[next] < 20) current += UNITS[next];
      else break;
    }
    push(String(total + current));
    // "a couple of replicas": drop the "of".
    if (words[j] === 'of' && (w === 'couple' || w === 'few' || w === 'dozen' || w === 'pair')) j++;
    i = j - 1;
  }
  return { words: outW, raw: outR };
}

function wordValue(w: string): number | undefined {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hyphen && TENS[hyphen[1]] !== undefined && UNITS[hyphen[2]] !== undefined && UNITS[hyphen[2]] < 10) {
    return TENS[hyphen[1]] + UNITS[hyphen[2]];
  }
  if (w === 'hundred') return 100;
  return undefined;
}
