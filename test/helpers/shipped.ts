/**
 * The library as users run it, for tests that time it: the built package (dist/, loaded with
 * require() so vitest does not transform it) when it exists — `npm test` builds first — else src/.
 * Under vitest, src/ runs through the module transform, whose live bindings make every
 * cross-module call a getter: hot loops measured ~4× slower there than in the shipped bundle,
 * a slowdown users never see.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type Library = typeof import('../../src/index.js');

const built = path.resolve(__dirname, '../../dist/index.cjs');

export const shipped: Library = existsSync(built) ? createRequire(import.meta.url)(built) : await import('../../src/index.js');
