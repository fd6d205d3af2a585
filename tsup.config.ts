import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      parser: 'src/parser/index.ts',
      entities: 'src/entities/index.ts',
      quotes: 'src/quotes/index.ts',
      linking: 'src/linking/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    splitting: true,
    treeshake: true,
    // Keep Cyrillic data as UTF-8 instead of \uXXXX escapes: the bundle shrinks by a third
    // and imports ~25 ms faster (the knowledge base is mostly Cyrillic names).
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
