import { createHash, timingSafeEqual } from 'node:crypto';
import { userInfo } from 'node:os';
import { CoxswainError } from '../../core/errors.ts';
import type { Person, Policy } from '../../policy/schema.ts';

/** How the terminal knows who is typing: the flag they gave, their token, their OS login. */
export interface TerminalCredentials {
  /** `--as PERSON`: a claim, honoured only where the policy lets the terminal assert identities. */
  as?: string;
  /** COXSWAIN_TOKEN: matched against the people's terminalTokenSha256. */
  token?: string;
  /** The OS login; matched against the people's osUser. */
  osUser?: string;
}

/** The OS login of this process, or undefined where there is none (some containers). */
export function currentOsUser(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

function byToken(policy: Policy, token: string): Person | undefined {
  const digest = createHash('sha256').update(token).digest();
  // Every entry compared in constant time, so timing says nothing about how close a guess was.
  let found: Person | undefined;
  for (const p of policy.people) {
    if (p.terminalTokenSha256 && timingSafeEqual(Buffer.from(p.terminalTokenSha256, 'hex'), digest)) found ??= p;
  }
  return found;
}

const HOW =
  'set COXSWAIN_TOKEN to your terminal token (the policy keeps its SHA-256 as terminalTokenSha256), or ask whoever maintains the policy to map your OS user (osUser)';

/**
 * The policy person the terminal acts for. Verified identity first: COXSWAIN_TOKEN, then the OS user. `--as` is
 * taken on trust only when the policy says `terminal: {assertIdentity: true}` (the sandbox); elsewhere it must
 * name the verified person, so nobody acts as someone else by typing their name.
 */
export function terminalPerson(policy: Policy, creds: TerminalCredentials): string {
  let verified: Person | undefined;
  if (creds.token) {
    verified = byToken(policy, creds.token);
    if (!verified) {
      throw new CoxswainError(
        'forbidden',
        'request',
        'COXSWAIN_TOKEN is not a token this policy knows. Check it, or ask whoever maintains the policy for yours.',
      );
    }
  } else if (creds.osUser) {
    verified = policy.people.find((p) => p.osUser === creds.osUser);
  }
  if (creds.as) {
    if (policy.terminal.assertIdentity || creds.as === verified?.id) return creds.as;
    throw new CoxswainError(
      'forbidden',
      'request',
      `--as ${creds.as} is not taken on trust here: this policy does not let the terminal assert identities. ${
        verified ? `You are ${verified.id}; leave out --as.` : `To be identified, ${HOW}.`
      }`,
    );
  }
  if (verified) return verified.id;
  throw new CoxswainError(
    'forbidden',
    'request',
    policy.terminal.assertIdentity
      ? `Say who you are with --as PERSON (a policy person id), or ${HOW}.`
      : `coxswain does not know who you are${creds.osUser ? ` (OS user ${creds.osUser})` : ''}: ${HOW}.`,
  );
}
