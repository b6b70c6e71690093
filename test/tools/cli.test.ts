import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TOOL_NAMES } from '../../src/catalog/registry.ts';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

const exec = promisify(execFile);
const BIN = new URL('../../bin/coxswain.mjs', import.meta.url).pathname;

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(async () => t?.cleanup());

async function coxswain(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, KUBECONFIG: t.kubeconfigPath, LOG_LEVEL: 'silent' };
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('coxswain tools --json lists the 18 tools with name, description, risk and a JSON Schema', async () => {
  const { code, stdout } = await coxswain(['tools', '--json']);
  expect(code).toBe(0);
  const tools = JSON.parse(stdout) as {
    name: string;
    description: string;
    risk: string;
    inputSchema: { type: string; properties: Record<string, unknown> };
  }[];
  expect(tools).toHaveLength(18);
  expect(tools.map((x) => x.name)).toEqual(TOOL_NAMES);
  const scale = tools.find((x) => x.name === 'scale');
  expect(scale).toMatchObject({ risk: 'write', inputSchema: { type: 'object' } });
  expect(Object.keys(scale?.inputSchema.properties ?? {})).toEqual(['cluster', 'namespace', 'name', 'replicas']);
});

test('coxswain run: --dry-run changes nothing, a real run scales, bad input exits 2', async () => {
  const args = ['run', 'scale', '--args', '{"namespace":"staging","name":"web","replicas":3}'];
  const dry = await coxswain([...args, '--dry-run', '--json']);
  expect(dry.code).toBe(0);
  expect(JSON.parse(dry.stdout).preview).toMatchObject({
    dryRun: true,
    changes: [{ path: 'spec.replicas', before: 2, after: 3 }],
  });
  expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.spec.replicas).toBe(2);
  const real = await coxswain(args);
  expect(real.code).toBe(0);
  expect(real.stdout).toMatch(/from 2 to 3 replicas/);
  expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.spec.replicas).toBe(3);
  const unknown = await coxswain(['run', 'scael', '--args', '{}']);
  expect(unknown).toMatchObject({ code: 2, stderr: expect.stringMatching(/no tool called "scael"/) });
  const badJson = await coxswain(['run', 'scale', '--args', '{nope']);
  expect(badJson).toMatchObject({ code: 2, stderr: expect.stringMatching(/--args is not valid JSON/) });
});
