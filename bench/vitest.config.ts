import { defineConfig } from 'vitest/config';

// Benchmarks are vitest files that time the code and print tables; `npm run bench` runs them,
// `npm test` does not (its config only includes test/**).
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
    disableConsoleIntercept: true,
    reporters: ['dot'],
  },
});
