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
    writeFileSync(file, '# people who use MCP over HTTP\nbob = tok=with=equals=bob\n\ncarol=tok-carol-0000000c\n');
    const tokens = loadMcpTokens(loadConfig({ COXSWAIN_MCP_TOKENS: 'alice=tok-alice-000000a', COXSWAIN_MCP_TOKENS_FILE: file }));
    expect(tokens.size).toBe(3);
    expect(tokens.personFor('tok-alice-000000a')).toBe('alice');
    expect(tokens.personFor('tok=with=equals=bob')).toBe('bob');
    expect(tokens.personFor('tok-carol-0000000c')).toBe('carol');
    expect(tokens.personFor('tok-alice-')).toBeUndefined();
    expect(tokens.personFor('')).toBeUndefined();
  });

  it('refuses a malformed variable or file with a sentence that does not echo the token', () => {
    expect(() => loadConfig({ COXSWAIN_MCP_TOKENS: 'alice:secret-value' })).toThrow(/person=token/);
    expect(() => loadConfig({ COXSWAIN_MCP_TOKENS: 'alice:secret-value' })).not.toThrow(/secret-value/);
    const bad = join(dir, 'bad');
    writeFileSync(bad, 'alice=tok-alice-000000a\njust-a-token-value\n');
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS_FILE: bad })).toThrow(/Entry 2 .* person=token/);
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS_FILE: bad })).not.toThrow(/just-a-token-value/);
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS_FILE: join(dir, 'missing') })).toThrow(/ENOENT/);
  });

  it('refuses a token shorter than 16 characters, as COXSWAIN_TOKEN, naming the variable and not echoing the token', () => {
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS: 'alice=tok-alice-000000a,bob=short-tok' })).toThrow(
      /bob in COXSWAIN_MCP_TOKENS has 9 characters; a token needs at least 16/,
    );
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS: 'bob=short-tok' })).not.toThrow(/short-tok/);
    const short = join(dir, 'short');
    writeFileSync(short, 'carol=tok-c\n');
    expect(() => loadMcpTokens({ COXSWAIN_MCP_TOKENS_FILE: short })).toThrow(/carol in COXSWAIN_MCP_TOKENS_FILE .+ at least 16/);
  });
});
