/**
 * Runs async work on a stream of items with bounded concurrency and gives the results back in
 * input order: a reorder buffer that never holds more than `window` items.
 *
 * @module
 */

/**
 * Maps `source` through `run`, keeping at most `window` items started but not yet yielded,
 * and yields `{ item, result }` in input order. When the window is full (a slow item at the head,
 * or a slow consumer), no more input is read: back-pressure reaches the input stream.
 * If `run` rejects, the rejection surfaces when that item's turn comes.
 *
 * @param source - the items, read lazily
 * @param run - starts the work for one item
 * @param window - the most items in flight or waiting to be yielded (≥ 1)
 *
 * @example
 * ```ts
 * for await (const { result } of mapOrdered(batches, (b) => pool.run(b), 8)) out.write(result.output);
 * ```
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<{ item: T; result: R }> {
  if (!(window >= 1)) throw new RangeError(`mapOrdered: window must be at least 1, got ${window}`);
  const iterator = source[Symbol.asyncIterator]();
  // Promises in input order; the head is yielded first whatever order they settle in.
  const pending: { item: T; promise: Promise<R> }[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const promise = run(next.value);
        promise.catch(() => undefined); // handled when its turn comes; avoid an unhandled-rejection crash meanwhile
        pending.push({ item: next.value, promise });
      }
      const head = pending.shift();
      if (head === undefined) return;
      yield { item: head.item, result: await head.promise };
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
