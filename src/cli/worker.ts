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
const encoder = new TextEncoder();
port.on('message', (batch: Batch) => {
  const result = processBatch(batch, extract);
  // Encode here rather than in the main thread: the main thread then writes the bytes as they are.
  const bytes = typeof result.output === 'string' ? encoder.encode(result.output) : result.output;
  result.output = bytes;
  // The encoded bytes are a fresh buffer: hand it over instead of copying it.
  port.postMessage(result, bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);
});
