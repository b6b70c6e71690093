import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile, parsePolicy, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'coxswain-policy-'));

const base = (rules: string, extra = '') => `version: 1
roles:
  engineer: changes things
  approver: approves
people:
  - id: alice
    roles: [engineer]
  - id: bob
    roles: [approver]
${extra}rules:
${rules}`;

/** The first error's line and message. */
function firstError(yaml: string) {
  const { policy, errors } = parsePolicy(yaml);
  expect(policy).toBeUndefined();
  expect(errors.length).toBeGreaterThan(0);
  return errors[0];
}

describe('parsePolicy', () => {
  it('accepts the shipped policies', () => {
    for (const file of [SANDBOX_POLICY_PATH, SANDBOX_POLICY_PATH.replace('sandbox.yaml', 'example.yaml')]) {
      expect(parsePolicy(readFileSync(file, 'utf8'), file).errors).toEqual([]);
    }
  });

  it('normalises lists, durations and roles from groups', () => {
    const { policy } = parsePolicy(
      base(
        `  - name: prod
    tools: write
    namespaces: production
    effect: approval
    approval: { from: approver, count: 1, ttl: 1h30m }
`,
        'groups:\n  team: { roles: [approver] }\n',
      ).replace('roles: [engineer]', 'roles: [engineer]\n    groups: [team]'),
    );
    expect(policy?.rules[0]).toMatchObject({
      tools: ['write'],
      namespaces: ['production'],
      clusters: ['*'],
      roles: ['*'],
      approval: { from: ['approver'], ttl: 5400 },
    });
    expect(policy?.people[0].roles).toEqual(['engineer', 'approver']);
  });

  it.each([
    [
      'an unknown role in a rule',
      base('  - name: r\n    roles: [aprover]\n    effect: allow\n'),
      12,
      'role "aprover" is not declared',
    ],
    ['an unknown key', base('  - name: r\n    effect: allow\n    namespace: staging\n'), 13, 'unknown key namespace'],
    ['a bad effect', base('  - name: r\n    effect: maybe\n'), 12, 'rules[0].effect'],
    ['approval without its requirement', base('  - name: r\n    effect: approval\n'), 11, 'needs `approval'],
    [
      'a bad duration',
      base('  - name: r\n    effect: approval\n    approval: { from: approver, ttl: half an hour }\n'),
      13,
      'is not a duration',
    ],
    [
      'too many approvers',
      base('  - name: r\n    effect: approval\n    approval:\n      from: approver\n      count: 2\n'),
      15,
      'can never be gathered',
    ],
    [
      'a tool that does not exist',
      base('  - name: r\n    tools: [scale, scael]\n    effect: allow\n'),
      12,
      '"scael" matches no tool',
    ],
    [
      'a duplicate Slack id',
      base('  - name: r\n    effect: allow\n')
        .replace('  - id: bob\n', '  - id: bob\n    slackUserId: U0X\n')
        .replace('  - id: alice\n', '  - id: alice\n    slackUserId: U0X\n'),
      10,
      'already used by people[0]',
    ],
    ['a YAML syntax error', 'version: 1\nroles: [oops\n', 3, 'YAML'],
    ['a duplicate key', 'version: 1\nversion: 1\n', 2, 'YAML'],
    ['an empty file', '', 1, 'empty'],
  ])('points at the line of %s', (_what, yaml, line, message) => {
    const e = firstError(yaml);
    expect(e.message).toContain(message);
    expect(e.line).toBe(line);
  });

  it('loadPolicyFile throws a config error naming file:line', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, base('  - name: r\n    roles: [aprover]\n    effect: allow\n'));
    expect(() => loadPolicyFile(file)).toThrow(
      expect.objectContaining({ code: 'config', message: expect.stringContaining(`${file}:12: `) }),
    );
    expect(() => loadPolicyFile(join(dir, 'missing.yaml'))).toThrow(
      expect.objectContaining({ code: 'config', message: expect.stringContaining('COXSWAIN_POLICY') }),
    );
  });
});

describe('coxswain policy check', () => {
  const cli = (...args: string[]) =>
    run('node', ['bin/coxswain.mjs', 'policy', 'check', ...args]).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );

  it('says ok with the counts for a good file', async () => {
    expect(await cli(SANDBOX_POLICY_PATH)).toEqual({ code: 0, stdout: `${SANDBOX_POLICY_PATH}: ok (4 people, 5 rules)\n` });
  });

  it('prints FILE:LINE:COL message for each problem and exits 1', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      base('  - name: r\n    tools: [write, scael]\n    effect: allow\n  - name: s\n    tools: [sacle]\n    effect: allow\n'),
    );
    const r = await cli(file);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${file}:12:20 "scael" matches no tool; use a tool name (run \`coxswain tools\`), a glob, or read, write, destructive`,
      `${file}:15:13 "sacle" matches no tool; use a tool name (run \`coxswain tools\`), a glob, or read, write, destructive`,
    ]);
  });
});
