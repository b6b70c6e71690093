import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Config } from '../../config/config.ts';
import { CoxswainError } from '../../core/errors.ts';

/** Bearer tokens of MCP over HTTP, each mapped to a policy person. Tokens are kept only as SHA-256 digests. */
export interface McpTokens {
  /** The person a bearer token belongs to; undefined for an unknown token. */
  personFor(token: string): string | undefined;
  readonly size: number;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** The same floor as COXSWAIN_TOKEN: a bearer token is the whole of the identity on /mcp. */
const MIN_TOKEN_CHARS = 16;

function parsePairs(entries: string[], where: string, variable: string): [string, string][] {
  return entries.map((entry, i) => {
    const at = entry.indexOf('=');
    const person = entry.slice(0, at).trim();
    const token = entry.slice(at + 1).trim();
    if (at < 1 || !token) {
      throw new CoxswainError(
        'config',
        'system',
        `Entry ${i + 1} of ${where} is not person=token. Write one person=token per entry (the person is a policy id).`,
      );
    }
    if (token.length < MIN_TOKEN_CHARS) {
      throw new CoxswainError(
        'config',
        'system',
        `The token of ${person} in ${variable} has ${token.length} characters; a token needs at least ${MIN_TOKEN_CHARS} (e.g. openssl rand -hex 24).`,
      );
    }
    return [person, token];
  });
}

/** Tokens from COXSWAIN_MCP_TOKENS (person=token,...) and COXSWAIN_MCP_TOKENS_FILE (person=token lines). */
export function loadMcpTokens(config: Pick<Config, 'COXSWAIN_MCP_TOKENS' | 'COXSWAIN_MCP_TOKENS_FILE'>): McpTokens {
  const pairs: [string, string][] = [];
  if (config.COXSWAIN_MCP_TOKENS)
    pairs.push(...parsePairs(config.COXSWAIN_MCP_TOKENS.split(','), 'COXSWAIN_MCP_TOKENS', 'COXSWAIN_MCP_TOKENS'));
  const file = config.COXSWAIN_MCP_TOKENS_FILE;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new CoxswainError(
        'config',
        'system',
        `COXSWAIN_MCP_TOKENS_FILE ${file} cannot be read (${(err as NodeJS.ErrnoException).code}). Point it at a readable file of person=token lines.`,
      );
    }
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    pairs.push(...parsePairs(lines, file, `COXSWAIN_MCP_TOKENS_FILE ${file}`));
  }
  const entries = pairs.map(([person, token]) => ({ person, digest: digest(token) }));
  // One token for two people made every call of the second run as the first, silently.
  const shared = entries.find((e, i) => entries.some((o, j) => j < i && o.person !== e.person && o.digest.equals(e.digest)));
  if (shared) {
    const owners = entries.filter((e) => e.digest.equals(shared.digest)).map((e) => e.person);
    throw new CoxswainError(
      'config',
      'system',
      `The same MCP token is given to ${[...new Set(owners)].join(' and ')} (COXSWAIN_MCP_TOKENS, COXSWAIN_MCP_TOKENS_FILE): a token names one person. Give each their own (e.g. openssl rand -hex 24).`,
    );
  }
  return {
    size: entries.length,
    personFor(token) {
      const d = digest(token);
      // Compare against every entry in constant time, so timing says nothing about which prefix matched.
      let found: string | undefined;
      for (const e of entries) if (timingSafeEqual(e.digest, d)) found ??= e.person;
      return found;
    },
  };
}
