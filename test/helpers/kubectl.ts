import { execFileSync } from 'node:child_process';
import { installed } from './needs.ts';

/** The kubectl the sandbox tests drive: `KUBECTL` overrides (e.g. to try another client version). */
export const KUBECTL = process.env.KUBECTL ?? '/usr/bin/kubectl';
export const HAS_KUBECTL = installed('kubectl', KUBECTL, 'apt-get install kubernetes-client, or set KUBECTL');

function clientMinor(): number {
  if (!HAS_KUBECTL) return 0;
  const out = execFileSync(KUBECTL, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  return Number((JSON.parse(out) as { clientVersion: { minor: string } }).clientVersion.minor.replace(/\D.*$/, ''));
}

/**
 * Flags for `kubectl create|replace|apply -f`. Before 1.27 kubectl validated files on the client against the
 * server's protobuf OpenAPI v2 document, which the sandbox does not serve (Debian bookworm's kubernetes-client
 * is 1.20); newer kubectl lets the server validate (fieldValidation), which the sandbox does.
 */
export const FILE_FLAGS = HAS_KUBECTL && clientMinor() < 27 ? ['--validate=false'] : [];
