/**
 * `npm run figures [-- tests [FILE.test.ts…] | benchmarks]`: run what measures the README's figures and rewrite its generated
 * blocks from the machine-readable `[figure]` lines (test/hardening/figures.ts), so no figure is typed by hand.
 *   tests       every test file that prints figures (any key is picked up) → <!-- figures:tests -->.
 *               `npm test` then fails when a test prints a figure that differs from its row.
 *   benchmarks  `npm run eval` and every `bench:*` script of package.json → <!-- figures:benchmarks -->,
 *               with the machine and date (benchmarks vary from run to run, so CI does not compare them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { BLOCK_END, BLOCK_START, FIGURE_PREFIX, type Figure, readmeFigures, row } from '../test/hardening/figures.ts';

const root = join(import.meta.dirname, '..');
const README = join(root, 'README.md');
const HEADER = '| figure | measured | printed by |\n| --- | --- | --- |';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, mayFail = false): string {
  console.error(`figures: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stderr.write(r.stderr);
  if (r.status !== 0 && !mayFail) {
    process.stderr.write(r.stdout.slice(-20_000));
    throw new Error(`${command} ${args.join(' ')} exited with ${r.status ?? r.signal}; the README is left as it was`);
  }
  return r.stdout;
}

const parse = (lines: string[]): Figure[] =>
  lines.filter((l) => l.startsWith(FIGURE_PREFIX)).map((l) => JSON.parse(l.slice(FIGURE_PREFIX.length)) as Figure);

/** Rows ordered by file, then by the order the file printed them; one row per (file, key). */
function rows(figures: Figure[]): string {
  const seen = new Map<string, Figure>();
  for (const f of figures) {
    const id = `${f.file}\0${f.key}`;
    const before = seen.get(id);
    if (before && before.text !== f.text) throw new Error(`figure "${f.key}" of ${f.file} printed twice with different texts`);
    seen.set(id, f);
  }
  const list = [...seen.values()];
  const files = [...new Set(list.map((f) => f.file))].sort();
  return [HEADER, ...files.flatMap((file) => list.filter((f) => f.file === file).map(row))].join('\n');
}

/**
 * Rows of the test files that passed; a file that failed keeps the rows the README has for it (its figures from a
 * failed run are not trusted), and the command then exits with 1 after writing.
 */
function testFigures(only: string[]): string {
  const all = walk(join(root, 'test'))
    .filter((f) => f.endsWith('.test.ts') && /\bfigure\(/.test(readFileSync(f, 'utf8')))
    .map((f) => f.slice(root.length + 1));
  // Named files: only they run, and the rows of the other files stay as they are.
  const files = only.length ? all.filter((f) => only.includes(f)) : all;
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-figures-'));
  try {
    const out = join(dir, 'figures.jsonl');
    const report = join(dir, 'report.json');
    writeFileSync(out, '');
    const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
    run('npx', ['vitest', 'run', ...reporters, ...files], { COXSWAIN_FIGURES_OUT: out, CI: process.env.CI ?? 'true' }, true);
    const results = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: { name: string; status: string }[] }).testResults;
    const failed = new Set(results.filter((r) => r.status !== 'passed').map((r) => relative(root, r.name)));
    const figures = parse(
      readFileSync(out, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => FIGURE_PREFIX + l),
    ).filter((f) => !failed.has(f.file));
    const kept = readmeFigures(readFileSync(README, 'utf8')).filter(
      (f) => failed.has(f.file) || (only.length > 0 && all.includes(f.file) && !files.includes(f.file)),
    );
    if (failed.size) {
      console.error(`figures: these files failed, so their rows are kept as they were:\n  ${[...failed].join('\n  ')}`);
      process.exitCode = 1;
    }
    if (figures.length === 0) throw new Error('the tests printed no figures');
    return rows([...figures, ...kept]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchmarkFigures(): string {
  const started = new Date();
  const load = loadavg()[0].toFixed(1);
  const figures: Figure[] = [];
  // score.mjs is the shared eval's scorer: its last line is the summary.
  const evalOut = run('npm', ['run', '--silent', 'eval']).trim().split('\n');
  figures.push({ key: 'npm run eval', file: '../shared/eval/score.mjs', text: evalOut[evalOut.length - 1] });
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
  for (const [script, command] of Object.entries(scripts).filter(([s]) => s.startsWith('bench:'))) {
    try {
      const printed = parse(run('npm', ['run', '--silent', script]).split('\n'));
      if (printed.length === 0)
        throw new Error(`npm run ${script} printed no [figure] lines (use figure() from test/hardening/figures.ts)`);
      figures.push(...printed);
    } catch (err) {
      // One bench that fails keeps the rows it had (the file its script runs); the others are still written.
      console.error(`figures: ${(err as Error).message}; its rows are kept as they were`);
      process.exitCode = 1;
      figures.push(...readmeFigures(readFileSync(README, 'utf8')).filter((f) => command.includes(f.file)));
    }
  }
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  return [
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; load average ${load} at the start.`,
    '',
    rows(figures),
  ].join('\n');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'node_modules' ? [] : walk(join(dir, e.name))) : [join(dir, e.name)],
  );
}

/** Replace the body of each named block; every block named must exist in the README. */
function rewrite(readme: string, bodies: Map<string, string>): string {
  const lines = readme.split('\n');
  const out: string[] = [];
  const done = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    const name = BLOCK_START.exec(lines[i])?.[1];
    const body = name === undefined ? undefined : bodies.get(name);
    if (name === undefined || body === undefined) continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === BLOCK_END);
    if (end < 0) throw new Error(`README.md: <!-- figures:${name} --> has no ${BLOCK_END}`);
    out.push(body, BLOCK_END);
    i = end;
    done.add(name);
  }
  const missing = [...bodies.keys()].filter((n) => !done.has(n));
  if (missing.length) throw new Error(`README.md has no block <!-- figures:${missing.join(' / ')} -->`);
  return out.join('\n');
}

const args = process.argv.slice(2);
const only = args.filter((a) => a.endsWith('.test.ts'));
const which = args.filter((a) => !a.endsWith('.test.ts'));
const wanted = which.length ? which : ['tests', 'benchmarks'];
const makers: Record<string, () => string> = { tests: () => testFigures(only), benchmarks: benchmarkFigures };
const unknown = wanted.filter((w) => !(w in makers));
if (unknown.length) throw new Error(`unknown block ${unknown.join(', ')}; use ${Object.keys(makers).join(' or ')}`);
const bodies = new Map(wanted.map((w) => [w, makers[w]()] as const));
writeFileSync(README, rewrite(readFileSync(README, 'utf8'), bodies));
console.error(`figures: README.md blocks ${wanted.join(', ')} rewritten`);
