/**
 * Worker thread of `citata --workers N` (bundled to dist/cli-worker.cjs): receives batches of
 * JSON Lines, sends back their serialised results. One extractor per thread, prepared once.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../index.js';
import type { LangOption } from '../types.js';
import { processBatch, type Batch } from './jsonl.js';

const port = parentPort;
if (!port) throw new Error('citata: cli-worker must run as a worker thread');
const { lang } = workerData as { lang: LangOption };
const extract = createExtractor({ lang });
port.on('message', (batch: Batch) => {
  // The output comes as UTF-8 bytes in a buffer of its own: hand the buffer over instead of
  // copying it, so the main thread only writes it out.
  const result = processBatch(batch, extract, { bytes: true });
  const bytes = result.output as Uint8Array;
  port.postMessage(result, [bytes.buffer as ArrayBuffer]);
});
