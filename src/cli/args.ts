/**
 * Command-line arguments of `citata`: parsed into a plain object, or a {@link UsageError}
 * that says what is wrong (the CLI prints it and exits with code 2).
 *
 * @module
 */
import type { LangOption } from '../types.js';

/**
 * What the user asked the CLI to do.
 *
 * @example
 * ```ts
 * const c: CliCommand = { command: 'extract', input: '-', format: 'jsonl', lang: 'uk', workers: 2, pretty: false };
 * ```
 */
export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'extract'; input: string; format: 'json' | 'jsonl'; lang: LangOption; workers: number; pretty: boolean };

/**
 * A mistake in the command line or the input: the CLI prints the message and exits with code 2.
 *
 * @example
 * ```ts
 * try { parseArgs(['extract']); } catch (e) { (e as UsageError).exitCode; } // 2
 * ```
 */
export class UsageError extends Error {
  /** The process exit code for this error. */
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The text `citata --help` prints.
 *
 * @example
 * ```ts
 * process.stdout.write(USAGE + '\n');
 * ```
 */
export const USAGE = `Usage: citata extract <file | -> [options]

Reads news text and prints who said what: entities, quotations with speakers, as JSON.

Arguments:
  <file>              a text file to read, or - for standard input

Options:
  --format json|jsonl json (default): the whole input is one document, one JSON result.
                      jsonl: one JSON object {"id": …, "text": "…"} per line in,
                      one result {"id": …, "lang": …, "sentences": …, "entities": …,
                      "quotes": …} per line out, in input order, streamed.
  --lang uk|ru|en|auto  the language of the text (default: auto, detected per document)
  --workers N         jsonl only: extract in N worker threads while this one reads
                      and writes (default 1: all in this thread); same output, in order
  --pretty            json only: indent the output (the default for json on a terminal)
  -h, --help          print this help
  -v, --version       print the version

Exit codes: 0 success, 1 internal error, 2 bad arguments or bad input.

Examples:
  citata extract story.txt --lang uk
  cat news.jsonl | citata extract - --format jsonl --workers 4 > results.jsonl`;

const LANGS: ReadonlySet<string> = new Set(['uk', 'ru', 'en', 'auto']);
/** More threads than this cannot help and only costs memory. */
const MAX_WORKERS = 256;

/**
 * Parses the CLI arguments (without `node` and the script path).
 *
 * @param argv - the arguments, e.g. `process.argv.slice(2)`
 * @throws UsageError on a missing file, an unknown option or a bad value
 *
 * @example
 * ```ts
 * parseArgs(['extract', 'news.jsonl', '--format', 'jsonl', '--workers=2']);
 * // { command: 'extract', input: 'news.jsonl', format: 'jsonl', lang: 'auto', workers: 2, pretty: false }
 * ```
 */
export function parseArgs(argv: readonly string[]): CliCommand {
  const positional: string[] = [];
  let format: 'json' | 'jsonl' = 'json';
  let lang: LangOption = 'auto';
  let workers = 1;
  let workersGiven = false;
  let pretty = false;
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '-v' || arg === '--version') return { command: 'version' };
    // Accept both `--name value` and `--name=value`.
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`option ${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '--format': {
        const value = takeValue();
        if (value !== 'json' && value !== 'jsonl') throw new UsageError(`--format must be json or jsonl, got "${value}"`);
        format = value;
        break;
      }
      case '--lang': {
        const value = takeValue();
        if (!LANGS.has(value)) throw new UsageError(`--lang must be uk, ru, en or auto, got "${value}"`);
        lang = value as LangOption;
        break;
      }
      case '--workers': {
        const value = takeValue();
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_WORKERS) {
          throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, got "${value}"`);
        }
        workers = Number(value);
        workersGiven = true;
        break;
      }
      case '--pretty':
        if (eq > 0) throw new UsageError('--pretty takes no value');
        pretty = true;
        break;
      default:
        throw new UsageError(`unknown option ${name} (see citata --help)`);
    }
  }
  if (positional.length === 0) throw new UsageError('missing command: citata extract <file | -> (see citata --help)');
  const [command, ...rest] = positional;
  if (command !== 'extract') throw new UsageError(`unknown command "${command}"; the command is extract (see citata --help)`);
  if (rest.length === 0) throw new UsageError('missing input: give a file name, or - for standard input');
  if (rest.length > 1) throw new UsageError(`one input at a time, got ${rest.length}: ${rest.join(' ')}`);
  if (workersGiven && format !== 'jsonl') throw new UsageError('--workers works with --format jsonl only');
  if (pretty && format === 'jsonl') throw new UsageError('--pretty works with --format json only (jsonl is one result per line)');
  return { command: 'extract', input: rest[0], format, lang, workers, pretty };
}
