// Lists English words (Debian's wamerican list, /usr/share/dict/american-english) that the offline reader would
// "correct" into another word it knows: "batch" → patch, "sale" → scale, "saying" → paying (a cost), "boss" → loss (a
// chaos experiment), "patients" → payments. A real word is no typo; with --write the list goes to
// src/planner/offline/english-words.ts, which the reader never corrects.
//   apt-get install wamerican && node_modules/.bin/node scripts/audit-real-words.mjs [--write]
import { readFileSync, writeFileSync } from 'node:fs';

const { canonicalize } = await import('../src/planner/offline/lexicon.ts');
const { ENGLISH_WORDS } = await import('../src/planner/offline/english-words.ts');
// Real words that are, in a chat about a cluster, far more often a slip of the word they are one letter from
// ("show me the lags of api", "list the pops"): they stay corrected (red team round 37).
const SLIPS = new Set(['lags', 'pops', 'coast', 'coasts', 'pod', 'lugs', 'loge', 'loges']);
// Words a team chat has no use for, left out of the source.
const LEFT_OUT = new Set(['nigger', 'dick', 'shit', 'crap', 'puke', 'retarded', 'bugger', 'nude', 'tush', 'teat', 'mistress']);
const dict = readFileSync('/usr/share/dict/american-english', 'utf8')
  .split('\n')
  .filter((w) => /^[a-z]{3,}$/.test(w));
const names = new Set(['web', 'api', 'worker', 'checkout', 'payments', 'coredns', 'prometheus', 'opencost']);
for (const n of ['staging', 'production', 'monitoring', 'kube-system', 'prod', 'stg', 'stage']) names.add(n);
const found = new Set(ENGLISH_WORDS);
for (const w of dict) {
  if (LEFT_OUT.has(w) || SLIPS.has(w) || found.has(w)) continue;
  const c = canonicalize([w], [w], names);
  if (c.corrections.length === 0) continue;
  const to = c.corrections[0].split('\u2192')[1];
  // A form or a short form of the word itself ("restarts", "workers", "prom") is that word; "unhealthy" is of health.
  const stem = w.replace(/(s|es|ed|d|ing)$/, '');
  if (w.startsWith(to) || (stem.length >= 4 && to.startsWith(stem)) || w === `un${to}`) continue;
  found.add(w);
}
const words = [...found].filter((w) => !LEFT_OUT.has(w) && !SLIPS.has(w)).sort();
if (process.argv.includes('--write')) {
  const lines = [];
  for (let i = 0; i < words.length; i += 12)
    lines.push(
      `  ${words
        .slice(i, i + 12)
        .map((w) => `'${w}'`)
        .join(', ')},`,
    );
  writeFileSync(
    new URL('../src/planner/offline/english-words.ts', import.meta.url),
    `/**
 * English words the reader never takes for a typo of a word it knows ("saying" is not "paying", "boss" is not "loss",
 * "patients" is not "payments"). Written by scripts/audit-real-words.mjs --write from Debian's wamerican list: a word
 * that it would otherwise "correct" into another one. Not a vocabulary: the reader still knows nothing of them.
 */
// biome-ignore format: a word list
export const ENGLISH_WORDS = new Set([
${lines.join('\n')}
]);
`,
  );
}
console.log(`${words.length} words${process.argv.includes('--write') ? ' written' : ''}`);
