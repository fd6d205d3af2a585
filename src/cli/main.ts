/**
 * Entry point of the `citata` command (bundled to dist/cli.cjs). All logic is in run.ts.
 *
 * @module
 */
import { runCli } from './run.js';

// `citata … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`citata: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
