import { existsSync } from 'node:fs';

const inCi = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());

/**
 * Whether a program a test drives (kubectl, chromium) is installed. In CI (`CI` set) a missing one fails the
 * test file, since a skipped check would pass silently there; elsewhere its tests skip and a console line says why.
 */
export function installed(program: string, path: string, install: string): boolean {
  if (existsSync(path)) return true;
  const why = `${program} is missing (${path}): ${install}`;
  if (inCi) throw new Error(`${why}. CI runs every check (.ci/run installs it).`);
  console.warn(`skipping the ${program} checks: ${why}`);
  return false;
}
