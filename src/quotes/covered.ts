/**
 * The stretches of text that quotation marks cover, merged into disjoint ranges in text order.
 * A class rather than a closure made per document: the passes that ask about it then call one
 * and the same method, and their optimised code stays valid from one document to the next.
 *
 * @module
 */

/**
 * Disjoint, sorted [from, to) ranges, added in order of their starts.
 *
 * @example
 * ```ts
 * const covered = new CoveredRanges();
 * covered.add(5, 20);
 * covered.add(10, 30); // overlaps: merged into [5, 30)
 * covered.contains(25); // true
 * covered.contains(30); // false
 * ```
 */
export class CoveredRanges {
  private readonly ranges: [number, number][] = [];

  /** Adds [from, to); `from` is never before the start of the last range added. */
  add(from: number, to: number): void {
    const last = this.ranges[this.ranges.length - 1];
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else this.ranges.push([from, to]);
  }

  /** Whether `pos` lies inside one of the ranges (binary search). */
  contains(pos: number): boolean {
    const ranges = this.ranges;
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![0] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && ranges[lo - 1]![1] > pos;
  }
}
