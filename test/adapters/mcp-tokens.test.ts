import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMcpTokens } from '../../src/adapters/mcp/tokens.ts';
import { loadConfig } from '../../src/config/config.ts';

describe('MCP bearer tokens', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-mcp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps tokens from the variable and from a file (comments, blank lines) to people', () => {
    const file = join(dir, 'tokens');
    writeFileSync(file, '# people who use MCP over HTTP\nbob = tok=with=equals\n\ncarol=tok-c\n');
    const tokens = loadMcpTokens(loadConfig({ COXSWAIN_MCP_TOKENS: 'alice=tok-a', COXSWAIN_MCP_TOKENS_FILE: file }));
    expect(tokens.size).toBe(3);
    expect(tokens.personFor('tok-a')).toBe('alice');
    expect(tokens.personFor('tok=with=equals')).toBe('bob');
    expect(tokens.personFor('tok-c')).toBe('carol');
    expect(tokens.personFor('tok-')).toBeUndefined();
    expect(tokens.personFor('')).toBeUndefined();
  });

  it('refuses a malformed variable or file with a sentence that does not echo the token', () => {
    expect(() => loadConfig({ COXSWAIN_MCP_TOKENS: 'alice:secret-value' })).toThrow(/person=token/);
    expect(() => loadConfig({ COXSWAIN_MCP_TOKENS: 'alice:secret-value' })).not.toThrow(/secret-value/);
    const bad = join(dir, 'bad');
    writeFileSync(bad, 'alice=ok\njust-a-token-value\n');
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS_FILE: bad })).toThrow(/Entry 2 .* person=token/);
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS_FILE: bad })).not.toThrow(/just-a-token-value/);
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS_FILE: join(dir, 'missing') })).toThrow(/ENOENT/);
  });
});
