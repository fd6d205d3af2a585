/**
 * A growing UTF-8 byte buffer for the JSONL output of a batch.
 *
 * Each serialised result is encoded into the buffer as soon as it is made, instead of being
 * appended to one batch-long string and encoded at the end: the result string then dies young
 * (the scavenger never copies a half-built batch output from one GC to the next, and nothing
 * has to flatten a rope of a megabyte), and the bytes live outside the JS heap. It is also the
 * form the bytes must take anyway: a worker hands the buffer to the main thread without a copy,
 * and the main thread writes it to stdout without encoding anything.
 *
 * @module
 */

const encoder = new TextEncoder();
const NEWLINE = 10;

/** Smallest first allocation: a batch of one short line should not allocate megabytes. */
const MIN_CAPACITY = 64 * 1024;

/**
 * Appends strings as UTF-8 bytes to one fresh `ArrayBuffer`.
 *
 * @example
 * ```ts
 * const out = new Utf8Builder(1024);
 * out.appendLine('{"id":1}');
 * out.bytes(); // Uint8Array of 9 bytes, a view on a buffer that only this builder used
 * ```
 */
export class Utf8Builder {
  private buffer: Uint8Array;
  private length = 0;

  /** @param expectedBytes - a guess at the final size (it grows as needed) */
  constructor(expectedBytes = 0) {
    this.buffer = new Uint8Array(Math.max(MIN_CAPACITY, Math.ceil(expectedBytes)));
  }

  /** Bytes written so far. */
  get size(): number {
    return this.length;
  }

  /** Appends `text` and a '\n', encoded as UTF-8 (a lone surrogate becomes U+FFFD, as with TextEncoder). */
  appendLine(text: string): void {
    // A UTF-16 code unit never takes more than 3 UTF-8 bytes (a surrogate pair takes 4 for 2
    // units), so this much room always suffices and encodeInto never stops short.
    const room = text.length * 3 + 1;
    if (this.length + room > this.buffer.length) this.grow(this.length + room);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
    this.buffer[this.length++] = NEWLINE;
  }

  /**
   * The bytes written: a view from offset 0 of the builder's own buffer, so a worker can transfer
   * `bytes().buffer` (the unused capacity travels along, without being copied).
   */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private grow(needed: number): void {
    const next = new Uint8Array(Math.max(needed, this.buffer.length * 2));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}
