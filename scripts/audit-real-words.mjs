// Lists English words (Debian's wamerican list, /usr/share/dict/american-english) that the offline reader would
// "correct" into a verb of change: "batch" → patch, "sale" → scale, "lunch" → launch. They belong in NOT_TYPOS
// (src/planner/offline/words.ts), so a sentence about a batch job never reads as an update.
//   apt-get install wamerican && node scripts/audit-real-words.mjs
import { readFileSync } from 'node:fs';

const { canonicalize, canonOf, isCommonWord, isKnownWord } = await import('../src/planner/offline/lexicon.ts');
const { WRITE_VERBS } = await import('../src/planner/offline/intent.ts');
// Words a team chat has no use for, left out of the source.
const LEFT_OUT = new Set(['nigger', 'dick', 'shit', 'crap', 'puke', 'retarded', 'bugger', 'nude', 'tush', 'teat', 'mistress']);
const CHANGE = new Set([...WRITE_VERBS, 'add', 'chaos', 'stress']);
const dict = readFileSync('/usr/share/dict/american-english', 'utf8')
  .split('\n')
  .filter((w) => /^[a-z]{4,}$/.test(w));
const names = new Set(['web', 'api', 'worker', 'checkout', 'payments', 'staging', 'production']);
const found = [];
for (const w of dict) {
  if (isKnownWord(w) || isCommonWord(w) || LEFT_OUT.has(w)) continue;
  const c = canonicalize([w], [w], names);
  if (c.corrections.length === 0) continue;
  const to = c.corrections[0].split('\u2192')[1];
  // A form of the command itself ("restarts") is the command, not another word.
  if (w.startsWith(to) || to.startsWith(w.replace(/(s|es|ed|d|ing)$/, ''))) continue;
  if (CHANGE.has(canonOf(to))) found.push(w);
}
console.log(found.length === 0 ? 'none' : found.join(' '));
