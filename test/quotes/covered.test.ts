import { describe, expect, it } from 'vitest';
import { CoveredRanges } from '../../src/quotes/covered.js';

describe('CoveredRanges', () => {
  it('merges overlapping ranges and answers inside/outside', () => {
    const c = new CoveredRanges();
    c.add(5, 20);
    c.add(10, 30); // overlaps the first: merged into [5, 30)
    c.add(40, 50);
    // inside
    for (const pos of [5, 19, 20, 29, 40, 49]) expect(c.contains(pos)).toBe(true);
    // outside: before, at an end (ends are exclusive), in the gap, after
    for (const pos of [0, 4, 30, 35, 39, 50, 100]) expect(c.contains(pos)).toBe(false);
  });

  it('contains nothing when empty', () => {
    expect(new CoveredRanges().contains(0)).toBe(false);
  });
});
