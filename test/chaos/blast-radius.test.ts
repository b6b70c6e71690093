import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blastRadius, podCount } from '../../src/chaos/blast-radius.ts';

describe('level → blast radius', () => {
  it('maps the documented bands to Chaos Mesh mode/value', () => {
    for (const l of [1, 2, 3]) expect(blastRadius(l)).toMatchObject({ mode: 'one' });
    for (const l of [4, 5, 6]) expect(blastRadius(l)).toMatchObject({ mode: 'fixed-percent', value: '25' });
    for (const l of [7, 8, 9]) expect(blastRadius(l)).toMatchObject({ mode: 'fixed-percent', value: '50' });
    expect(blastRadius(10)).toEqual({ mode: 'all', words: 'all pods' });
    expect(blastRadius(1).value).toBeUndefined();
  });

  it('refuses levels outside 1..10', () => {
    for (const l of [0, 11, 2.5, -1]) expect(() => blastRadius(l)).toThrow(RangeError);
  });

  it('gives the native engine a pod count', () => {
    expect(podCount(1, 6)).toBe(1);
    expect(podCount(5, 8)).toBe(2);
    expect(podCount(5, 2)).toBe(1);
    expect(podCount(8, 6)).toBe(3);
    expect(podCount(10, 6)).toBe(6);
    expect(podCount(10, 0)).toBe(0);
  });

  it('never hits more pods at a lower level, never zero of a non-empty target, never more than exist', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 500 }), (level, total) => {
        const n = podCount(level, total);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(total);
        expect(n).toBeLessThanOrEqual(podCount(level + 1, total));
      }),
    );
  });
});
