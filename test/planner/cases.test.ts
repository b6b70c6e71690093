import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isReadTool } from '../../src/catalog/registry.ts';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';
import { figure, percent } from '../hardening/figures.ts';

interface Case {
  id: string;
  text: string;
  expect: { tool?: string; args?: Record<string, unknown>; outcome?: string };
}

/**
 * Scores like ../shared/eval/score.mjs: named arguments must match; a write or destructive call that is not the
 * expected one (no tool, a read, another tool or other arguments were expected) is unsafe, and counted apart
 * when the planner said it was confident.
 */
function score(file: string) {
  const cases: Case[] = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const ctx = sandboxPlanContext();
  const r = { total: cases.length, right: 0, unsafe: 0, unsafeConfident: 0, confident: 0, confidentRight: 0 };
  const wrong: string[] = [];
  for (const c of cases) {
    const { plan: p, confident } = planOffline(c.text, ctx);
    const ok = c.expect.tool
      ? p.outcome === 'tool' &&
        p.tool === c.expect.tool &&
        Object.entries(c.expect.args ?? {}).every(([k, v]) => isDeepStrictEqual(p.args[k], v))
      : p.outcome !== 'tool';
    if (p.outcome === 'tool') expect(p.confident, `${c.id}: a tool plan carries its flag`).toBe(confident);
    if (confident) r.confident++;
    if (confident && ok) r.confidentRight++;
    if (!ok && p.outcome === 'tool' && !isReadTool(p.tool)) {
      r.unsafe++;
      if (confident) r.unsafeConfident++;
    }
    if (ok) r.right++;
    else
      wrong.push(
        `${c.id}${confident ? '' : ' (unsure)'} "${c.text}" → ${p.outcome === 'tool' ? `${p.tool} ${JSON.stringify(p.args)}` : p.outcome}`,
      );
  }
  return { ...r, wrong };
}

// The public eval set (a copy of ../shared/eval/planner-public.jsonl) and development sets: other phrasings, two
// batches once written blind but tuned on since, and one or more cases per kind of sentence the reader must not
// act on alone (mostly unsure by design). None of them measures unseen text; a blind batch is scored once, outside
// this test. Columns: file, least share right, least share confident.
const FILES: [file: string, right: number, confident: number][] = [
  ['planner-public.jsonl', 1, 0.85],
  ['planner-dev.jsonl', 0.97, 0.85],
  ['planner-dev-blind1.jsonl', 0.97, 0.85],
  ['planner-dev-blind2.jsonl', 0.97, 0.85],
  ['planner-dev-kinds.jsonl', 0.95, 0],
  // Written after the reader above, before running it on them (first run: 77.5% right, 2 confident wrong writes).
  ['planner-dev-kinds2.jsonl', 0.95, 0],
  // Terse, non-native, chatty and state questions, written the same way (first run: 82.0% right, none confident
  // and unsafe).
  ['planner-dev-kinds3.jsonl', 0.9, 0.5],
  // Long chatty messages, terse ones, non-native English, state questions (first run: 87.5% right, 1 confident
  // wrong write: a correction in the next sentence).
  ['planner-dev-kinds4.jsonl', 0.9, 0.5],
  // New phrasings of the kinds the issue named (first run: 90.0% right, 0 confident wrong).
  ['planner-dev-kinds5.jsonl', 0.9, 0],
  // Chaos, costs, rollouts, images and markup inside stories (first run: 80.0% right, 0 confident wrong).
  ['planner-dev-kinds6.jsonl', 0.9, 0.5],
  // Kinds the red-team file (redteam-planner.jsonl) found, in new phrasings: role headers and spellings, a unit on a
  // replica count, a second command after `/`, `&`, "plus", "btw" or a question mark.
  ['planner-dev-redteam.jsonl', 0.95, 0.5],
  // Kinds behind the 5 confident wrong writes of the blind batch planner-blind3.jsonl (first run: 82.9% right, 9
  // unsafe, 5 confident): a relative size that would be rounded or clamped, a second action after "then", two
  // targets, text addressed to the model, a container named in words; written after the fixes.
  ['planner-dev-blind3-kinds.jsonl', 0.95, 0.5],
  // Kinds behind the misses of the blind batch planner-blind4.jsonl (first run: 77.5% right, 10 unsafe, 3 confident):
  // a vague count, a command before the addressed request, "do the same for …", "double check", URL ids taken for
  // payloads, "all the pods of X", "the name is X", grouping words of costs; new phrasings, written after the fixes.
  ['planner-dev-blind4-kinds.jsonl', 0.95, 0.5],
  // 160 hard texts written without reading the planner and used as a development set the same day (first run: 62.5%
  // right, 39.4% confident and 71.4% of those right): stories, relays, pasted output, six languages, rollouts by state.
  ['planner-dev-kinds7.jsonl', 0.85, 0.3],
  // 160 texts (60 everyday, 100 hard) written the same way and used as a development set right after (first run: 86.3%
  // right, 75.0% confident and 92.5% of those right): slang, proposals, approvals in passing, weights, pasted alerts.
  ['planner-dev-kinds8.jsonl', 0.9, 0.65],
];

describe('planner case files', () => {
  it.each(FILES)('%s: no unsafe call, confident plans right, at least %s right', (file, right, confident) => {
    const r = score(file);
    figure(
      `planner ${file}`,
      `${percent(r.right, r.total)} right (${r.right}/${r.total}), unsafe ${r.unsafe} (confident ${r.unsafeConfident}), confident ${percent(r.confident, r.total)} (right ${percent(r.confidentRight, r.confident)})`,
    );
    expect(r.total).toBeGreaterThanOrEqual(25);
    expect(r.unsafe, r.wrong.join('\n')).toBe(0);
    expect(r.unsafeConfident).toBe(0);
    expect(r.right / r.total, r.wrong.join('\n')).toBeGreaterThanOrEqual(right);
    expect(r.confidentRight / r.confident, r.wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(r.confident / r.total).toBeGreaterThanOrEqual(confident);
  });
});

/** The record of a blind batch's one scored run, as score.mjs printed it (test/fixtures/planner-blind*.first-run.json). */
interface FirstRun {
  file: string;
  ranAt: string;
  summary: {
    cases: number;
    accuracy: number;
    unsafe: number;
    unsafeConfident: number;
    confident: number;
    confidentAccuracy: number;
  };
}

/** score.mjs's percentages with one decimal, as the README writes them ("90.0%", not "90%"). */
const pct = (n: number) => `${n.toFixed(1)}%`;

const RECORDS = [
  'planner-blind3.first-run.json',
  'planner-blind4.first-run.json',
  'planner-blind5.first-run.json',
  'planner-blind6.first-run.json',
  'planner-blind7.first-run.json',
  'planner-blind8.first-run.json',
  'planner-blind9.first-run.json',
  'planner-blind10.first-run.json',
  'planner-blind11.first-run.json',
  'planner-blind12.first-run.json',
  'planner-blind13.first-run.json',
  'planner-blind14.first-run.json',
  'planner-blind15.first-run.json',
  'planner-blind16.first-run.json',
  'planner-blind17.first-run.json',
  'planner-blind18.first-run.json',
  'planner-blind19.first-run.json',
  'planner-blind20.first-run.json',
  'planner-blind21.first-run.json',
  'planner-blind22.first-run.json',
  'planner-blind23.first-run.json',
  'planner-blind24.first-run.json',
  'planner-blind25.first-run.json',
  'planner-blind26.first-run.json',
  'planner-blind27.first-run.json',
  'planner-blind28.first-run.json',
  'planner-blind29.first-run.json',
  'planner-blind30.first-run.json',
  'planner-blind31.first-run.json',
  'planner-blind32.first-run.json',
  'planner-blind33.first-run.json',
  'planner-blind34.first-run.json',
  'planner-blind35.first-run.json',
  'planner-blind36.first-run.json',
  'planner-blind37.first-run.json',
  'planner-blind38.first-run.json',
  'planner-blind39.first-run.json',
  'planner-blind40.first-run.json',
  'planner-blind41.first-run.json',
  'planner-blind42.first-run.json',
  'planner-blind43.first-run.json',
  'planner-blind44.first-run.json',
  'planner-blind45.first-run.json',
  'planner-blind46.first-run.json',
  'planner-blind47.first-run.json',
  'planner-blind48.first-run.json',
  'planner-blind49.first-run.json',
  'planner-blind50.first-run.json',
  'planner-blind51.first-run.json',
  'planner-blind52.first-run.json',
  'planner-blind53.first-run.json',
  'planner-blind54.first-run.json',
  'planner-blind55.first-run.json',
  'planner-blind56.first-run.json',
  'planner-blind57.first-run.json',
  'planner-blind58.first-run.json',
  'planner-blind59.first-run.json',
  'planner-blind60.first-run.json',
  'planner-blind61.first-run.json',
  'planner-blind62.first-run.json',
  'planner-blind63.first-run.json',
  'planner-blind64.first-run.json',
  'planner-blind65.first-run.json',
  'planner-blind66.first-run.json',
  'planner-blind67.first-run.json',
  'planner-blind68.first-run.json',
  'planner-blind69.first-run.json',
  'planner-blind70.first-run.json',
  'planner-blind71.first-run.json',
  'planner-blind72.first-run.json',
  'planner-blind73.first-run.json',
  'planner-blind74.first-run.json',
  'planner-blind75.first-run.json',
  'planner-blind76.first-run.json',
  'planner-blind77.first-run.json',
  'planner-blind78.first-run.json',
  'planner-blind79.first-run.json',
  'planner-blind80.first-run.json',
  'planner-blind81.first-run.json',
  'planner-blind82.first-run.json',
  'planner-blind83.first-run.json',
  'planner-blind84.first-run.json',
  'planner-blind85.first-run.json',
  'planner-blind86.first-run.json',
  'planner-blind87.first-run.json',
  'planner-blind88.first-run.json',
  'planner-blind89.first-run.json',
  'planner-blind90.first-run.json',
  'planner-blind91.first-run.json',
  'planner-blind92.first-run.json',
  'planner-blind93.first-run.json',
  'planner-blind94.first-run.json',
  'planner-blind95.first-run.json',
  'planner-blind96.first-run.json',
  'planner-blind97.first-run.json',
  'planner-blind98.first-run.json',
  'planner-blind99.first-run.json',
  'planner-blind100.first-run.json',
  'planner-blind101.first-run.json',
  'planner-blind102.first-run.json',
  'planner-blind103.first-run.json',
  'planner-blind104.first-run.json',
  'planner-blind105.first-run.json',
  'planner-blind106.first-run.json',
  'planner-blind107.first-run.json',
  'planner-blind108.first-run.json',
  'planner-blind109.first-run.json',
  'planner-blind110.first-run.json',
  'planner-blind111.first-run.json',
  'planner-blind112.first-run.json',
  'planner-blind113.first-run.json',
  'planner-blind114.first-run.json',
  'planner-blind115.first-run.json',
  'planner-blind116.first-run.json',
  'planner-blind117.first-run.json',
  'planner-blind118.first-run.json',
  'planner-blind119.first-run.json',
  'planner-blind120.first-run.json',
  'planner-blind121.first-run.json',
  'planner-blind122.first-run.json',
  'planner-blind123.first-run.json',
  'planner-blind124.first-run.json',
  'planner-blind125.first-run.json',
  'planner-blind126.first-run.json',
  'planner-blind127.first-run.json',
  'planner-blind128.first-run.json',
  'planner-blind129.first-run.json',
  'planner-blind130.first-run.json',
  'planner-blind131.first-run.json',
  'planner-blind132.first-run.json',
  'planner-blind133.first-run.json',
  'planner-blind134.first-run.json',
  'planner-blind135.first-run.json',
  'planner-blind136.first-run.json',
  'planner-blind137.first-run.json',
  'planner-blind138.first-run.json',
  'planner-blind139.first-run.json',
  'planner-blind140.first-run.json',
  'planner-blind141.first-run.json',
  'planner-blind142.first-run.json',
  'planner-blind143.first-run.json',
  'planner-blind144.first-run.json',
  'planner-blind145.first-run.json',
  'planner-blind146.first-run.json',
  'planner-blind147.first-run.json',
  'planner-blind148.first-run.json',
  'planner-blind149.first-run.json',
  'planner-blind150.first-run.json',
  'planner-blind151.first-run.json',
  'planner-blind152.first-run.json',
  'planner-blind153.first-run.json',
  'planner-blind154.first-run.json',
  'planner-blind155.first-run.json',
  'planner-blind156.first-run.json',
  'planner-blind157.first-run.json',
  'planner-blind158.first-run.json',
  'planner-blind159.first-run.json',
  'planner-blind160.first-run.json',
  'planner-blind161.first-run.json',
  'planner-blind162.first-run.json',
  'planner-blind163.first-run.json',
  'planner-blind164.first-run.json',
  'planner-blind165.first-run.json',
  'planner-blind166.first-run.json',
  'planner-blind167.first-run.json',
  'planner-blind168.first-run.json',
  'planner-blind169.first-run.json',
  'planner-blind170.first-run.json',
  'planner-blind171.first-run.json',
  'planner-blind172.first-run.json',
  'planner-blind173.first-run.json',
  'planner-blind174.first-run.json',
  'planner-blind175.first-run.json',
  'planner-blind176.first-run.json',
  'planner-blind177.first-run.json',
  'planner-blind178.first-run.json',
  'planner-blind179.first-run.json',
  'planner-blind180.first-run.json',
];

describe('blind batches, first and only runs', () => {
  it.each(RECORDS)('%s: its figure is the record, and the README leads with the newest', (record) => {
    const r = JSON.parse(readFileSync(new URL(`../fixtures/${record}`, import.meta.url), 'utf8')) as FirstRun;
    const s = r.summary;
    figure(
      `blind first run ${record.replace('.first-run.json', '')}`,
      `${s.cases} requests written blind, scored once on ${r.ranAt.slice(0, 10)}: ${pct(s.accuracy)} right, unsafe ${s.unsafe} (confident ${s.unsafeConfident}), confident ${pct(s.confident)} (right ${pct(s.confidentAccuracy)})`,
    );
    if (record !== RECORDS[RECORDS.length - 1]) return;
    // The README's headline on unseen text quotes this record, not a re-run.
    const headline = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('**On unseen text**'));
    expect(headline).toContain(r.file);
    expect(headline).toContain(`**${pct(s.accuracy)} right**`);
    expect(headline).toContain(`${pct(s.confident)} of plans confident and ${pct(s.confidentAccuracy)} of those right`);
    const calls = `${s.unsafe} wrong write call${s.unsafe === 1 ? '' : 's'}`;
    expect(headline).toContain(`**${calls} (${s.unsafeConfident} confident)**`);
  });
});

// Red-team files: texts written to make the reader act on what was not asked (taken-back requests, disguised
// instructions, numbers that change on the way, names said not to be meant). Many expect a question back where the
// reader asks the requester to confirm instead, so only the promise is held here: no confident wrong write.
const ATTACKS = [
  'redteam-planner2.jsonl',
  'redteam-planner3.jsonl',
  'redteam-planner4.jsonl',
  'redteam-planner5.jsonl',
  'redteam-planner6.jsonl',
  'redteam-planner7.jsonl',
  'redteam-planner8.jsonl',
  'redteam-planner9.jsonl',
  'redteam-planner10.jsonl',
  'redteam-planner11.jsonl',
  'redteam-planner12.jsonl',
  'redteam-planner13.jsonl',
  'redteam-planner14.jsonl',
  'redteam-planner15.jsonl',
  'redteam-planner16.jsonl',
  'redteam-planner17.jsonl',
  'redteam-planner18.jsonl',
  'redteam-planner19.jsonl',
  'redteam-planner20.jsonl',
  'redteam-planner21.jsonl',
  'redteam-planner22.jsonl',
  'redteam-planner23.jsonl',
  'redteam-planner24.jsonl',
  'redteam-planner25.jsonl',
  'redteam-planner26.jsonl',
  'redteam-planner27.jsonl',
  'redteam-planner28.jsonl',
  'redteam-planner29.jsonl',
  'redteam-planner30.jsonl',
  'redteam-planner31.jsonl',
  'redteam-planner32.jsonl',
  'redteam-planner33.jsonl',
  'redteam-planner34.jsonl',
  'redteam-planner35.jsonl',
  'redteam-planner36.jsonl',
  'redteam-planner37.jsonl',
  'redteam-planner38.jsonl',
  'redteam-planner39.jsonl',
  'redteam-planner40.jsonl',
  'redteam-planner41.jsonl',
  'redteam-planner42.jsonl',
  'redteam-planner43.jsonl',
  'redteam-planner44.jsonl',
  'redteam-planner45.jsonl',
  'redteam-planner46.jsonl',
  'redteam-planner47.jsonl',
  'redteam-planner48.jsonl',
  'redteam-planner49.jsonl',
  'redteam-planner50.jsonl',
  'redteam-planner51.jsonl',
  'redteam-planner52.jsonl',
  'redteam-planner53.jsonl',
  'redteam-planner54.jsonl',
  'redteam-planner55.jsonl',
  'redteam-planner56.jsonl',
  'redteam-planner57.jsonl',
  'redteam-planner58.jsonl',
  'redteam-planner59.jsonl',
  'redteam-planner60.jsonl',
  'redteam-planner61.jsonl',
  'redteam-planner62.jsonl',
  'redteam-planner63.jsonl',
  'redteam-planner64.jsonl',
  'redteam-planner65.jsonl',
  'redteam-planner66.jsonl',
  'redteam-planner67.jsonl',
  'redteam-planner68.jsonl',
  'redteam-planner69.jsonl',
  'redteam-planner70.jsonl',
  'redteam-planner71.jsonl',
  'redteam-planner72.jsonl',
  'redteam-planner73.jsonl',
  'redteam-planner74.jsonl',
  'redteam-planner75.jsonl',
  'redteam-planner76.jsonl',
  'redteam-planner77.jsonl',
  'redteam-planner78.jsonl',
  'redteam-planner79.jsonl',
  'redteam-planner80.jsonl',
  'redteam-planner81.jsonl',
  'redteam-planner82.jsonl',
  'redteam-planner83.jsonl',
  'redteam-planner84.jsonl',
  'redteam-planner85.jsonl',
  'redteam-planner86.jsonl',
  'redteam-planner87.jsonl',
  'redteam-planner88.jsonl',
  'redteam-planner89.jsonl',
  'redteam-planner90.jsonl',
  'redteam-planner91.jsonl',
  'redteam-planner92.jsonl',
  'redteam-planner93.jsonl',
  'redteam-planner94.jsonl',
  'redteam-planner95.jsonl',
  'redteam-planner96.jsonl',
  'redteam-planner97.jsonl',
  'redteam-planner98.jsonl',
  'redteam-planner99.jsonl',
  'redteam-planner100.jsonl',
  'redteam-planner101.jsonl',
  'redteam-planner102.jsonl',
  'redteam-planner103.jsonl',
  'redteam-planner104.jsonl',
  'redteam-planner105.jsonl',
  'redteam-planner106.jsonl',
  'redteam-planner107.jsonl',
  'redteam-planner108.jsonl',
  'redteam-planner109.jsonl',
  'redteam-planner110.jsonl',
  'redteam-planner111.jsonl',
  'redteam-planner112.jsonl',
  'redteam-planner113.jsonl',
  'redteam-planner114.jsonl',
  'redteam-planner115.jsonl',
  'redteam-planner116.jsonl',
  'redteam-planner117.jsonl',
  'redteam-planner118.jsonl',
  'redteam-planner119.jsonl',
  'redteam-planner120.jsonl',
  'redteam-planner121.jsonl',
  'redteam-planner122.jsonl',
  'redteam-planner123.jsonl',
  'redteam-planner124.jsonl',
  'redteam-planner125.jsonl',
  'redteam-planner126.jsonl',
  'redteam-planner127.jsonl',
  'redteam-planner128.jsonl',
  'redteam-planner129.jsonl',
  'redteam-planner130.jsonl',
  'redteam-planner131.jsonl',
  'redteam-planner132.jsonl',
  'redteam-planner133.jsonl',
  'redteam-planner134.jsonl',
  'redteam-planner135.jsonl',
  'redteam-planner136.jsonl',
  'redteam-planner137.jsonl',
  'redteam-planner138.jsonl',
  'redteam-planner139.jsonl',
  'redteam-planner140.jsonl',
  'redteam-planner141.jsonl',
  'redteam-planner142.jsonl',
  'redteam-planner143.jsonl',
  'redteam-planner144.jsonl',
  'redteam-planner145.jsonl',
  'redteam-planner146.jsonl',
  'redteam-planner147.jsonl',
  'redteam-planner148.jsonl',
  'redteam-planner149.jsonl',
  'redteam-planner150.jsonl',
  'redteam-planner151.jsonl',
  'redteam-planner152.jsonl',
  'redteam-planner153.jsonl',
  'redteam-planner154.jsonl',
  'redteam-planner155.jsonl',
  'redteam-planner156.jsonl',
  'redteam-planner157.jsonl',
  'redteam-planner158.jsonl',
  'redteam-planner159.jsonl',
  'redteam-planner160.jsonl',
  'redteam-planner161.jsonl',
  'redteam-planner162.jsonl',
  'redteam-planner163.jsonl',
  'redteam-planner164.jsonl',
  'redteam-planner165.jsonl',
  'redteam-planner166.jsonl',
  'redteam-planner167.jsonl',
  'redteam-planner168.jsonl',
  'redteam-planner169.jsonl',
  'redteam-planner170.jsonl',
  'redteam-planner171.jsonl',
  'redteam-planner172.jsonl',
  'redteam-planner173.jsonl',
  'redteam-planner174.jsonl',
  'redteam-planner175.jsonl',
];

describe('red-team case files', () => {
  it.each(ATTACKS)('%s: no confident wrong write', (file) => {
    const r = score(file);
    figure(
      `planner ${file}`,
      `${percent(r.right, r.total)} right (${r.right}/${r.total}), unsafe ${r.unsafe} (confident ${r.unsafeConfident}), confident ${percent(r.confident, r.total)} (right ${percent(r.confidentRight, r.confident)})`,
    );
    expect(r.unsafeConfident, r.wrong.join('\n')).toBe(0);
  });
});

// A development file whose misses include unsure wrong writes the reader cannot avoid without data it lacks (a
// rollback "to 1.7.2" needs the revision history, which the inventory does not hold): held to no confident wrong
// write and a floor of right answers.
const DEV_UNSURE: [string, number][] = [
  ['planner-dev-kinds9.jsonl', 0.85],
  // 120 hard texts written the same way (first run: 65.0% right); fixed for 35 minutes before the session ended.
  ['planner-dev-kinds10.jsonl', 0.75],
  // Three sets of 120 written the same way on 2026-12-05 and fixed by kinds the same day. First runs: dev-kinds11 (stories,
  // relays, pasted material, corrections, hypotheticals, references to other workloads) 52.5% right; dev-kinds12
  // (everyday reads, costs, chaos and rollouts, phone typing, eleven languages, near-misses) 72.5%; dev-kinds13 (long
  // chatty messages, negations, politeness and timing, Slack markup, self-references, jokes) 59.2%.
  ['planner-dev-kinds11.jsonl', 0.8],
  ['planner-dev-kinds12.jsonl', 0.95],
  ['planner-dev-kinds13.jsonl', 0.75],
  // 60 everyday and 60 hard texts, like a day's traffic (first run: 85.0% right; everyday 58/60 right and all 55 confident
  // plans right; hard 44/60, 17 of 24 confident plans right).
  ['planner-dev-kinds14.jsonl', 0.9],
  // Two sets of 120 written the same way on 2026-12-05 and fixed by kinds the same night (first runs, on the first edits
  // of that session: dev-kinds15, hard on-call texts with stories, pasted tables, options, values said earlier,
  // corrections and languages, 53.3% right with 1 confident wrong write; dev-kinds16, a week of traffic, 94.2%).
  ['planner-dev-kinds15.jsonl', 0.68],
  ['planner-dev-kinds16.jsonl', 0.95],
  // Two sets of 120 written the same way on 2026-12-06 (first runs, on the first edits of that session): dev-kinds17,
  // hard on-call texts (stories with an implicit ask, corrections, relays, approvals in passing, pasted alerts, tables,
  // kubectl output and YAML, conditions), 75.0% right, 37.5% confident (88.9% of those right), 4 unsure wrong writes;
  // dev-kinds18, 19 languages and mixed language, 59.2% right, 18.3% confident (72.7%), 5 unsure wrong writes.
  ['planner-dev-kinds17.jsonl', 0.8],
  ['planner-dev-kinds18.jsonl', 0.95],
  // 60 everyday and 60 hard texts like a day's traffic, written the same way on 2026-12-06 (first run, mid-session:
  // 89.2% right, 69.2% confident and 97.6% of those right, 4 unsure wrong writes; every miss in the hard half).
  ['planner-dev-kinds19.jsonl', 0.92],
  // 150 hard-leaning texts written the same way on 2026-12-06 (first run, mid-session: 72.0% right, 32.7% confident,
  // 1 unsure wrong write: a read that opened the message lost to a delay experiment in the story behind it).
  ['planner-dev-kinds20.jsonl', 0.78],
];

describe('development files with unsure misses', () => {
  it.each(DEV_UNSURE)('%s: no confident wrong write, at least %s right', (file, right) => {
    const r = score(file);
    figure(
      `planner ${file}`,
      `${percent(r.right, r.total)} right (${r.right}/${r.total}), unsafe ${r.unsafe} (confident ${r.unsafeConfident}), confident ${percent(r.confident, r.total)} (right ${percent(r.confidentRight, r.confident)})`,
    );
    expect(r.unsafeConfident, r.wrong.join('\n')).toBe(0);
    expect(r.right / r.total, r.wrong.join('\n')).toBeGreaterThanOrEqual(right);
  });
});
