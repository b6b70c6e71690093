import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/coxswain.mjs', import.meta.url).pathname;
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [bin, 'plan', ...args], { input, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });

describe('coxswain plan', () => {
  it('--jsonl answers one line per request in the eval format', () => {
    const input = [
      { id: 'a', text: 'scale web in prod to 8' },
      { id: 'b', text: 'scale web to 3' },
      { id: 'c', text: 'help' },
      { id: 'd', text: 'scale web in staging to 5 or 6' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = run(['--sandbox', '--offline', '--jsonl'], `${input}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      id: 'a',
      outcome: 'tool',
      tool: 'scale',
      args: { namespace: 'production', name: 'web', replicas: 8 },
      confident: true,
    });
    expect(lines[1]).toMatchObject({ id: 'b', outcome: 'clarify' });
    expect(lines[2]).toMatchObject({ id: 'c', outcome: 'help', confident: true });
    // Every line says whether the reader was sure, a question back included: it is sure that "5 or 6" needs one.
    expect(lines[3]).toMatchObject({ id: 'd', outcome: 'clarify', confident: true });
    expect(lines[3].tool).toBeUndefined();
    for (const l of lines) expect(typeof l.confident).toBe('boolean');
  });

  it('--json prints one plan, the default prints words', () => {
    const json = run(['--sandbox', '--offline', '--json', 'restart coredns']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      outcome: 'tool',
      tool: 'restart',
      args: { namespace: 'kube-system', name: 'coredns' },
    });
    const human = run(['--sandbox', '--offline', 'restart', 'coredns']);
    expect(human.stdout).toContain('Restart kube-system/coredns');
  });

  it('refuses a missing text with usage', () => {
    const r = run(['--sandbox', '--offline']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: coxswain plan');
  });
});

describe('coxswain plan against a live cluster', () => {
  it('plans with the inventory read from the cluster in KUBECONFIG, and the configured aliases', async () => {
    const { startTestSandbox } = await import('../helpers/sandbox.ts');
    const sb = await startTestSandbox();
    try {
      const child = spawn(process.execPath, [bin, 'plan', '--offline', '--jsonl'], {
        env: {
          ...process.env,
          LOG_LEVEL: 'silent',
          KUBECONFIG: sb.kubeconfigPath,
          COXSWAIN_NAMESPACE_ALIASES: 'live=production',
        },
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stdin.end(
        `${JSON.stringify({ id: 'a', text: 'add 2 replicas to worker in live' })}\n${JSON.stringify({ id: 'b', text: 'restart coredns' })}\n`,
      );
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      const lines = out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({
        outcome: 'tool',
        tool: 'scale',
        args: { namespace: 'production', name: 'worker', replicas: 5 },
      });
      expect(lines[1]).toMatchObject({ outcome: 'tool', tool: 'restart', args: { namespace: 'kube-system' } });
    } finally {
      await sb.cleanup();
    }
  });
});
