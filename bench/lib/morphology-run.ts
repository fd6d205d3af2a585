/**
 * Plain-Node entry of the morphology benchmark: bench/morphology.bench.ts bundles this file with
 * esbuild and runs it in a child process; it prints the rows as one JSON line.
 */
import { baseFormOfName } from '../../src/morphology/index.js';
import { measureMorphology } from './morphology-workload.js';

console.log(JSON.stringify(measureMorphology(baseFormOfName, Number(process.env.MORPH_CALLS ?? 20000))));
