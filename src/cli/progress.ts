/**
 * The progress line the CLI shows on a terminal: documents done, MB/s, and the ETA when the input
 * size is known. It is written only when stderr is a TTY, so pipes and logs stay clean.
 *
 * @module
 */

/**
 * Where the progress stands.
 *
 * @example
 * ```ts
 * const state: ProgressState = { documents: 10, bytes: 2e6, totalBytes: 8e6, elapsedMs: 1000 };
 * ```
 */
export interface ProgressState {
  /** Documents processed. */
  documents: number;
  /** Input bytes processed. */
  bytes: number;
  /** Input size in bytes, when known (a file rather than a pipe). */
  totalBytes?: number;
  /** Milliseconds since the start. */
  elapsedMs: number;
}

/**
 * Formats one progress line.
 *
 * @example
 * ```ts
 * formatProgress({ documents: 1200, bytes: 5e6, totalBytes: 2e7, elapsedMs: 1000 });
 * // '1,200 docs · 5.0 MB · 5.0 MB/s · 25% · ETA 3s'
 * ```
 */
export function formatProgress(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000;
  const mb = state.bytes / 1e6;
  const rate = seconds > 0 ? mb / seconds : 0;
  const parts = [`${state.documents.toLocaleString('en-US')} docs`, `${mb.toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`];
  if (state.totalBytes !== undefined && state.totalBytes > 0) {
    const share = Math.min(1, state.bytes / state.totalBytes);
    parts.push(`${Math.floor(share * 100)}%`);
    if (rate > 0) parts.push(`ETA ${formatDuration((state.totalBytes - state.bytes) / 1e6 / rate)}`);
  }
  return parts.join(' · ');
}

/**
 * Formats seconds as `42s`, `3m05s` or `1h02m`.
 *
 * @example
 * ```ts
 * formatDuration(185); // '3m05s'
 * ```
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * A writable terminal stream (process.stderr).
 *
 * @example
 * ```ts
 * const out: TerminalLike = process.stderr;
 * ```
 */
export interface TerminalLike {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Writes the progress line to a terminal at most every `intervalMs`, overwriting itself;
 * does nothing when the stream is not a TTY.
 *
 * @example
 * ```ts
 * const progress = new ProgressLine(process.stderr, size);
 * progress.update(documents, bytes);
 * progress.done();
 * ```
 */
export class ProgressLine {
  private readonly started: number;
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: TerminalLike,
    private readonly totalBytes?: number,
    private readonly intervalMs = 200,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Reports the current totals; redraws when the interval has passed. */
  update(documents: number, bytes: number): void {
    if (!this.stream.isTTY) return;
    const t = this.now();
    if (t - this.last < this.intervalMs) return;
    this.last = t;
    this.shown = true;
    const line = formatProgress({ documents, bytes, totalBytes: this.totalBytes, elapsedMs: t - this.started });
    this.stream.write(`\r${line}\u001b[K`);
  }

  /** Clears the progress line so the terminal is left tidy. */
  done(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
  }
}
