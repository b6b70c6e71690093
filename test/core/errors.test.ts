import { describe, expect, it } from 'vitest';
import { asCoxswainError, CoxswainError } from '../../src/core/errors.ts';

describe('asCoxswainError', () => {
  it('says a Redis transaction cut by a lost connection may or may not have been recorded, as a transient error', () => {
    // What ioredis rejects a cut MULTI/EXEC with (redis-errors' AbortError).
    const cut = Object.assign(new Error('Command aborted due to connection close'), { name: 'AbortError' });
    const e = asCoxswainError(cut);
    expect(e).toBeInstanceOf(CoxswainError);
    expect(e.code).toBe('unavailable');
    expect(e.transient).toBe(true);
    expect(e.message).toContain('whether it was recorded is not known');
  });

  it('keeps any other failure an internal error with its message', () => {
    const e = asCoxswainError(new Error('boom'));
    expect(e.code).toBe('internal');
    expect(e.transient).toBe(false);
    expect(e.message).toContain('boom');
  });
});
