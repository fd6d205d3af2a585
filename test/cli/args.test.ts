import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, USAGE } from '../../src/cli/args.js';

describe('parseArgs: commands that work', () => {
  const cases: [string[], ReturnType<typeof parseArgs>][] = [
    [['extract', 'story.txt'], { command: 'extract', input: 'story.txt', format: 'json', lang: 'auto', workers: 1, pretty: false }],
    [['extract', '-'], { command: 'extract', input: '-', format: 'json', lang: 'auto', workers: 1, pretty: false }],
    [['extract', 'story.txt', '--lang', 'uk', '--pretty'], { command: 'extract', input: 'story.txt', format: 'json', lang: 'uk', workers: 1, pretty: true }],
    [['extract', '--format=jsonl', 'news.jsonl', '--workers', '2'], { command: 'extract', input: 'news.jsonl', format: 'jsonl', lang: 'auto', workers: 2, pretty: false }],
    [['extract', 'news.jsonl', '--format', 'jsonl', '--lang=ru', '--workers=8'], { command: 'extract', input: 'news.jsonl', format: 'jsonl', lang: 'ru', workers: 8, pretty: false }],
    [['extract', '--', '--odd-name.txt'], { command: 'extract', input: '--odd-name.txt', format: 'json', lang: 'auto', workers: 1, pretty: false }],
    [['--help'], { command: 'help' }],
    [['extract', 'x', '-h'], { command: 'help' }],
    [['--version'], { command: 'version' }],
    [['-v'], { command: 'version' }],
  ];
  for (const [argv, expected] of cases) {
    it(argv.join(' '), () => expect(parseArgs(argv)).toEqual(expected));
  }
});

describe('parseArgs: mistakes get a clear message and exit code 2', () => {
  const cases: [string[], RegExp][] = [
    [[], /missing command/],
    [['extract'], /missing input/],
    [['parse', 'x.txt'], /unknown command "parse"/],
    [['extract', 'a.txt', 'b.txt'], /one input at a time/],
    [['extract', 'a.txt', '--foo'], /unknown option --foo/],
    [['extract', 'a.txt', '-x'], /unknown option -x/],
    [['extract', 'a.txt', '--lang', 'de'], /--lang must be uk, ru, en or auto, got "de"/],
    [['extract', 'a.txt', '--lang'], /--lang needs a value/],
    [['extract', 'a.txt', '--format', 'xml'], /--format must be json or jsonl/],
    [['extract', 'a.jsonl', '--format', 'jsonl', '--workers', '0'], /--workers must be a whole number/],
    [['extract', 'a.jsonl', '--format', 'jsonl', '--workers', 'two'], /--workers must be a whole number/],
    [['extract', 'a.jsonl', '--format', 'jsonl', '--workers', '1.5'], /--workers must be a whole number/],
    [['extract', 'a.txt', '--workers', '2'], /--workers works with --format jsonl only/],
    [['extract', 'a.jsonl', '--format', 'jsonl', '--pretty'], /--pretty works with --format json only/],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' ') || '(nothing)', () => {
      let error: unknown;
      try {
        parseArgs(argv);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toMatch(message);
      expect((error as UsageError).exitCode).toBe(2);
    });
  }
});

describe('USAGE', () => {
  it('documents every option', () => {
    for (const option of ['--format', '--lang', '--workers', '--pretty', '--help', '--version']) expect(USAGE).toContain(option);
  });
});
