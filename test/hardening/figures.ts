/**
 * Every measured figure is printed as one machine-readable line, and the README's figure tables are generated
 * from these lines (`npm run figures`, scripts/figures.ts), never typed by hand:
 *
 *   [figure] {"key":"mediation","file":"test/hardening/mediation.test.ts","text":"300 random calls …"}
 *
 * `key` names the figure (unique within its file), `file` is the test or bench that printed it (found from the
 * call stack), `text` is what the README shows. Inside a vitest run the text must equal the README's row for
 * (file, key), else the test fails: CI catches a figure that moved. Benches (run by plain node) only print.
 * COXSWAIN_FIGURES_OUT=<file> (set by `npm run figures`) collects the lines into that file instead of checking.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Figure {
  key: string;
  file: string;
  text: string;
}

export const FIGURE_PREFIX = '[figure] ';

export function figure(key: string, text: string): void {
  const line: Figure = { key, file: callerFile(), text: text.replace(/\s+/g, ' ').trim() };
  const json = JSON.stringify(line);
  console.log(`${FIGURE_PREFIX}${json}`);
  const out = process.env.COXSWAIN_FIGURES_OUT;
  if (out) appendFileSync(out, `${json}\n`);
  else if (process.env.VITEST) checkAgainstReadme(line);
}

export const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

/** The file (relative to the repository) of the first stack frame outside this one. */
function callerFile(): string {
  const self = fileURLToPath(import.meta.url);
  for (const frame of new Error().stack?.split('\n').slice(1) ?? []) {
    const m = /(file:\/\/[^\s)]+?|\/[^\s()]+?):\d+:\d+\)?$/.exec(frame.trim());
    if (!m) continue;
    const path = m[1].startsWith('file://') ? fileURLToPath(m[1]) : m[1];
    if (path !== self && !path.includes('node_modules')) return relative(root, path);
  }
  throw new Error('figure() could not tell which file called it');
}

function checkAgainstReadme(line: Figure): void {
  const shown = readmeFigures(readFileSync(join(root, 'README.md'), 'utf8')).find(
    (f) => f.file === line.file && f.key === line.key,
  );
  if (shown?.text === line.text) return;
  throw new Error(
    `README.md shows ${shown ? `"${shown.text}"` : 'no row'} for figure "${line.key}" (${line.file}); this run measured "${line.text}". ` +
      'Run `npm run figures -- tests` to regenerate the table from a run, and commit README.md.',
  );
}

// One table row per figure: | `key` | text | `file` |. A `|` inside a cell is written `\|`.
export const cell = (s: string): string => s.replaceAll('|', '\\|');
export const row = (f: Figure): string => `| \`${cell(f.key)}\` | ${cell(f.text)} | \`${f.file}\` |`;

/** The figures in the README's generated blocks (`<!-- figures:NAME -->` … `<!-- /figures -->`). */
export function readmeFigures(readme: string): Figure[] {
  const figures: Figure[] = [];
  let inBlock = false;
  for (const l of readme.split('\n')) {
    if (BLOCK_START.test(l)) inBlock = true;
    else if (l.trim() === BLOCK_END) inBlock = false;
    const cells = l.split(/(?<!\\)\|/).slice(1, -1);
    if (!inBlock || cells.length !== 3) continue;
    const [key, text, file] = cells.map((c) => c.trim().replaceAll('\\|', '|'));
    const k = /^`(.+)`$/.exec(key);
    const f = /^`(.+)`$/.exec(file);
    if (k && f) figures.push({ key: k[1], file: f[1], text });
  }
  return figures;
}

export const BLOCK_START = /^<!-- figures:([a-z-]+) -->$/;
export const BLOCK_END = '<!-- /figures -->';
