import { closestUnique } from '../fuzzy.ts';
import { ENGLISH_WORDS } from './english-words.ts';
import { isDurationUnit } from './numbers.ts';
import { COMMON, NOT_TYPOS, PHRASES, PLAIN, SYNONYMS } from './words.ts';

/**
 * Canonical words: every synonym of words.ts becomes its canonical word, unknown words are corrected to the
 * closest vocabulary word (or workload/namespace name) within a typo budget, and phrases are merged.
 */

const CANON = new Map<string, string>();
for (const [canon, words] of Object.entries(SYNONYMS)) for (const w of words) if (!CANON.has(w)) CANON.set(w, canon);

export const VOCABULARY = new Set<string>([...CANON.keys(), ...PLAIN]);

/**
 * What a typo may be corrected to: command words of four letters or more ("lgos" → logs) and longer reference
 * words. Short words ("all", "set", "eat") are too easy to land on by accident ("call" is not "all").
 */
const CORRECTION_TARGETS = [...CANON.keys()].filter((w) => w.length >= 4).concat(PLAIN.filter((w) => w.length >= 5));

const MAX_CORRECTED = 40;

export interface Canonical {
  /** Canonical words: synonyms replaced, typos corrected, phrases merged. */
  words: string[];
  raw: string[];
  /** Corrections made ("resatrt" → "restart"): the planner guessed, so it is not confident. */
  corrections: string[];
}

/**
 * Canonicalizes tokens. `names` are the inventory's workload and namespace names (and aliases): a token that
 * is one of them, a number or an image/pod-like token is kept as is; others are typo-corrected.
 */
export function canonicalize(words: string[], raw: string[], names: Set<string>): Canonical {
  const out: string[] = [];
  const outRaw: string[] = [];
  const corrections: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const protectedWord =
      names.has(w) ||
      isDurationUnit(w) ||
      COMMON.has(w) ||
      NOT_TYPOS.has(w) ||
      ENGLISH_WORDS.has(w) ||
      /[\d:/@.%]/.test(w) ||
      (i > 0 && ['called', 'named', 'as', 'name'].includes(words[i - 1]));
    let c = names.has(w) ? w : (CANON.get(w) ?? (VOCABULARY.has(w) || protectedWord ? w : undefined));
    // "promoted", "killing": another form of a command word is that word, not a typo ("killing" is not "billing").
    const stem = c === undefined && !protectedWord ? inflectionOf(w) : undefined;
    if (stem) c = CANON.get(stem);
    if (c === undefined) {
      // Typo correction is the costly step; a command sits in its first words, so a long message is not scanned.
      const near =
        i < MAX_CORRECTED
          ? (partialName(w, names) ??
            abbreviation(w, names) ??
            correction(w, names) ??
            (i === 0 ? droppedLetter(w) : undefined) ??
            vowelless(w, names))
          : undefined;
      if (near) corrections.push(`${w}→${near}`);
      c = near ? (CANON.get(near) ?? near) : w;
    }
    out.push(c);
    outRaw.push(raw[i]);
  }
  return mergePhrases(out, outRaw, corrections);
}

/**
 * "promoted", "deleted", "killing", "fails": the command word a form comes from. The clauses reader reads the tense
 * from the words as typed.
 */
function inflectionOf(w: string): string | undefined {
  const m = /^([a-z]{3,}?)(ed|d|ing)$/.exec(w);
  if (!m) return undefined;
  const stem = m[1];
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].find(
    (f) => f.length >= 4 && f !== w && INFLECTED_COMMANDS.has(CANON.get(f) ?? ''),
  );
}
/** The commands whose other forms are read as the command (a state word such as "failed" keeps its own reading). */
const INFLECTED_COMMANDS = new Set([
  'restart',
  'rollback',
  'scale',
  'promote',
  'abort',
  'pause',
  'retry',
  'delete',
  'kill',
  'create',
  'update',
  'stop',
  'list',
  'describe',
  'logs',
]);

/** Typo corrections, memoized per set of names: chat repeats its words, and fuzzy matching is the costly step. */
const corrections = new WeakMap<Set<string>, { candidates: string[]; memo: Map<string, string | undefined> }>();
function correction(word: string, names: Set<string>): string | undefined {
  let entry = corrections.get(names);
  if (!entry) {
    entry = { candidates: [...CORRECTION_TARGETS, ...names], memo: new Map() };
    corrections.set(names, entry);
  }
  if (entry.memo.has(word)) return entry.memo.get(word);
  const near = closestUnique(word, entry.candidates, undefined, (a, b) => canonOf(a) === canonOf(b));
  if (entry.memo.size > 10_000) entry.memo.clear();
  entry.memo.set(word, near);
  return near;
}

/**
 * A three-letter word has no typo budget ("call" is not "all"), but the first word of a message is where the
 * command sits, and a dropped letter there ("kil a pod") is the commonest slip: the four-letter command word it
 * comes from is taken when there is only one meaning.
 */
const SHORT_COMMANDS = [...CANON.keys()].filter((w) => w.length === 4);
function droppedLetter(word: string): string | undefined {
  if (word.length !== 3) return undefined;
  const hits = SHORT_COMMANDS.filter((c) => [0, 1, 2, 3].some((k) => c.slice(0, k) + c.slice(k + 1) === word));
  return hits.length > 0 && hits.every((h) => canonOf(h) === canonOf(hits[0])) ? hits[0] : undefined;
}

/**
 * "stg wrkr logs", "prmths": a name typed without its vowels, when exactly one name has those consonants in that
 * order. Like any correction, it leaves the reading unsure.
 */
/**
 * "bounce the dns pods": the end of exactly one name, as an abbreviation. Like any correction, it leaves the reading
 * unsure.
 */
function partialName(word: string, names: Set<string>): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word) || COMMON.has(word) || VOCABULARY.has(word) || CANON.has(word)) return undefined;
  // Only a short form with no vowel ("dns"): an English word ("open", "out") is no part of a name.
  if (/[aeiouy]/.test(word)) return undefined;
  const hits = [...names].filter((n) => n !== word && n.length > word.length + 1 && n.endsWith(word));
  return hits.length === 1 ? hits[0] : undefined;
}

/** "prom", "paym": the start of exactly one known name, cut short (not a word of its own, nor a typo of another). */
function abbreviation(word: string, names: Set<string>): string | undefined {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || COMMON.has(word) || VOCABULARY.has(word) || CANON.has(word)) return undefined;
  // English words that start a name ("open a ticket" is no opencost).
  if (/^(open|opens|core|cores|check|checks|work|works|paid|promo|grant|apis)$/.test(word)) return undefined;
  const hits = [...names].filter((n) => n.length >= word.length + 3 && n.startsWith(word));
  return hits.length === 1 ? hits[0] : undefined;
}

const COMMAND_WORDS = ['restart', 'rollback', 'scale', 'promote', 'abort', 'retry', 'pause', 'describe', 'logs', 'delete'];

function vowelless(word: string, names: Set<string>): string | undefined {
  if (word.length < 3 || /[aeiou]/.test(word) || !/^[a-z]+$/.test(word)) return undefined;
  // ("prd" is no "prod": a namespace's short form is an alias the cluster configures or not, and every blind writer
  // read an unconfigured one as unknown.)
  const hits = [...names, ...COMMAND_WORDS].filter(
    (n) => n.length >= 5 && n.length > word.length && n.replace(/[aeiou-]/g, '') === word,
  );
  return hits.length === 1 ? hits[0] : undefined;
}

function mergePhrases(words: string[], raw: string[], corrections: string[]): Canonical {
  const out: string[] = [];
  const outRaw: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = PHRASES.find(
      ([p]) => i + p.length <= words.length && p.every((pw, k) => words[i + k] === pw || CANON.get(pw) === words[i + k]),
    );
    if (hit) {
      out.push(hit[1]);
      outRaw.push(hit[1]);
      i += hit[0].length - 1;
    } else {
      out.push(words[i]);
      outRaw.push(raw[i]);
    }
  }
  return { words: out, raw: outRaw, corrections };
}

export function canonOf(word: string): string {
  return CANON.get(word) ?? word;
}

const CANONICAL_WORDS = new Set([...CANON.values(), 'scale-up', 'scale-down', 'full', 'help']);

/** A word the planner reads as vocabulary (so it is never taken for a workload name). */
export function isKnownWord(w: string): boolean {
  return VOCABULARY.has(w) || CANONICAL_WORDS.has(w);
}

/** An everyday word (never a workload name unless the person says "called X"). */
export function isCommonWord(w: string): boolean {
  return COMMON.has(w) || NOT_TYPOS.has(w);
}
