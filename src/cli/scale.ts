import { CoxswainError } from '../core/errors.ts';

/** Past this the sandbox stops being interactive on a small machine (≈ 9,000 workloads, 33,000 pods). */
const MAX_SCALE = 1000;

/** `--scale N` / COXSWAIN_SANDBOX_SCALE: how many copies of the sandbox's application namespaces to seed. */
export function parseScale(raw: string | undefined, where: string): number {
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_SCALE) {
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `${where} must be a whole number from 1 to ${MAX_SCALE}, not "${raw}" (1 is the seed inventory; N adds N−1 copies of staging and production).`,
    );
  }
  return n;
}
