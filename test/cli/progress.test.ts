import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, ProgressLine } from '../../src/cli/progress.js';

describe('formatProgress', () => {
  it('shows documents, megabytes and speed, and share and ETA when the size is known', () => {
    expect(formatProgress({ documents: 1200, bytes: 5e6, totalBytes: 2e7, elapsedMs: 1000 })).toBe('1,200 docs · 5.0 MB · 5.0 MB/s · 25% · ETA 3s');
    expect(formatProgress({ documents: 3, bytes: 1.5e6, elapsedMs: 3000 })).toBe('3 docs · 1.5 MB · 0.5 MB/s');
    expect(formatProgress({ documents: 0, bytes: 0, totalBytes: 100, elapsedMs: 0 })).toBe('0 docs · 0.0 MB · 0.0 MB/s · 0%');
  });
  it('formats durations', () => {
    expect([formatDuration(0), formatDuration(42.4), formatDuration(185), formatDuration(3725)]).toEqual(['0s', '42s', '3m05s', '1h02m']);
  });
});

describe('ProgressLine', () => {
  it('draws on a terminal at most once per interval, and clears itself', () => {
    let now = 0;
    const written: string[] = [];
    const line = new ProgressLine({ isTTY: true, write: (t) => written.push(t) }, 2e6, 200, () => now);
    now = 250;
    line.update(10, 1e6);
    now = 300;
    line.update(20, 1.2e6); // too soon: skipped
    now = 500;
    line.update(30, 2e6);
    line.done();
    expect(written).toEqual([
      '\r10 docs · 1.0 MB · 4.0 MB/s · 50% · ETA 0s\u001b[K',
      '\r30 docs · 2.0 MB · 4.0 MB/s · 100% · ETA 0s\u001b[K',
      '\r\u001b[K',
    ]);
  });
  it('writes nothing when stderr is not a terminal (a pipe or a log file)', () => {
    const written: string[] = [];
    const line = new ProgressLine({ isTTY: false, write: (t) => written.push(t) }, undefined, 0, () => 1000);
    line.update(1, 1);
    line.done();
    expect(written).toEqual([]);
  });
});
