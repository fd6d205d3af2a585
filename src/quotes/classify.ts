/**
 * Where a marked span stands in its sentence (a whole utterance, or words inside the author's sentence),
 * and the name-versus-quotation decision for guillemets (`«РИА Новости»`, `партія «Слуга народу»`).
 *
 * @module
 */
import { nameCovering, tokenIndex, type Ctx } from './context.js';
import { DASHES, isCapitalized } from './text.js';

// Built once at module load (none is global or sticky, so `test`/`exec` keep no state).
const SPACE_CHAR = /\s/;
const START_PUNCT = /[.!?…(]/;
const FINAL_PUNCT = /[.!?…]/;
const DIGIT = /\d/;
const HAS_QUOTE_MARK = /[«»„“”"]/;
const NON_WORD_START = /^\W/;
const COMMA_THEN_LOWER = /, \p{Ll}/u;

/**
 * What stands before an opening mark.
 *
 * @example
 * ```ts
 * const b: Before = 'colon'; // `Лавров заявив: «…»`
 * ```
 */
export type Before = 'start' | 'colon' | 'dash' | 'comma' | 'inside';
/**
 * What stands after a closing mark.
 *
 * @example
 * ```ts
 * const a: After = 'attribution'; // `«…», — сказав він`
 * ```
 */
export type After = 'end' | 'attribution' | 'inside';

const CLOSERS = /[»”"'’›“]/;
const EN_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as']);
const NAME_PREPOSITIONS = new Set(['у', 'в', 'з', 'із', 'від', 'до', 'для', 'проти', 'при', 'біля', 'во', 'с', 'со', 'от', 'против', 'для', 'at', 'from', 'by', 'with', 'against', 'for']);
const OPENERS = /[«„“"'‘‹]/;

/**
 * Classifies the text before an opening mark at `open`.
 *
 * @example
 * ```ts
 * beforeOf('Він сказав: «Так».', 12); // 'colon'
 * ```
 */
export function beforeOf(text: string, open: number): Before {
  let k = open - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  if (k < 0) return 'start';
  if (text[k] === '\n' || text[k] === '\r') {
    // `He said:` at the end of the paragraph before introduces this one.
    let j = k;
    while (j >= 0 && j > k - 8 && SPACE_CHAR.test(text[j])) j--;
    return text[j] === ':' ? 'colon' : 'start';
  }
  const c = text[k];
  if (c === ':') return 'colon';
  if (DASHES.has(c)) return 'dash';
  if (c === ',') return 'comma';
  if (START_PUNCT.test(c) || CLOSERS.test(c) || OPENERS.test(c)) return 'start';
  return 'inside';
}

/** The offset of the first character at or after `k` that is not a space, a tab or a no-break space (a plain function: no closure per call). */
function skipBlanks(text: string, k: number): number {
  let i = k;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit !== 32 && unit !== 9 && unit !== 0xa0) break;
    i++;
  }
  return i;
}

/**
 * Classifies the text after a closing mark at `close`.
 *
 * @example
 * ```ts
 * afterOf('«Так», — сказав він.', 4); // 'attribution'
 * ```
 */
export function afterOf(text: string, close: number): After {
  let k = skipBlanks(text, close + 1);
  if (k >= text.length || text[k] === '\n' || text[k] === '\r') return 'end';
  let c = text[k];
  if (DASHES.has(c)) return 'attribution';
  if (c === '(' || OPENERS.test(c) || CLOSERS.test(c)) return 'end';
  // `"… complexity." His views …`: the full stop inside the marks ended the sentence (the mark may be a `''` pair).
  const lastInside = text[close - 1] === "'" && text[close] === "'" ? text[close - 2] : text[close - 1];
  if (FINAL_PUNCT.test(lastInside ?? '') && (isCapitalized(c) || DIGIT.test(c))) return 'end';
  if (c === ',' || c === ';' || c === ':') {
    k = skipBlanks(text, k + 1);
    c = text[k] ?? '';
    if (DASHES.has(c)) return 'attribution';
    return c === '' || c === '\n' ? 'end' : 'inside';
  }
  if (FINAL_PUNCT.test(c)) {
    while (k < text.length && FINAL_PUNCT.test(text[k])) k++;
    k = skipBlanks(text, k);
    c = text[k] ?? '';
    if (c === '' || c === '\n' || c === '\r' || DASHES.has(c) || OPENERS.test(c) || c === '(' || isCapitalized(c) || DIGIT.test(c)) return 'end';
    return 'inside';
  }
  return 'inside';
}

/**
 * Whether a marked span holds a name rather than a quotation: a recognised name covers it, a noun like
 * `агентство` or `партія` stands right before it, or it is short, capitalised and unpunctuated.
 *
 * @example
 * ```ts
 * // 'пропагандистам російського «РИА Новости»' → true; 'вимагав усунути «першопричини конфлікту»' → false
 * ```
 */
export function looksLikeName(ctx: Ctx, start: number, end: number): boolean {
  const inner = ctx.text.slice(start, end);
  const trimmed = inner.trim();
  if (!trimmed) return true;
  const n = nameCovering(ctx, start + (inner.length - inner.trimStart().length), end - (inner.length - inner.trimEnd().length));
  if (n >= 0) return true;
  const openIdx = tokenIndex(ctx, start) - 1;
  const prev = ctx.toks[openIdx - 1];
  if (prev && prev.kind === 'w' && prev.end <= start - 1 && ctx.lex.isNameContext(prev.lower)) return true;
  if (prev && prev.kind === 'w' && ctx.lex.isNameContext(prev.text)) return true;
  // `слово «подарунок»`: a word mentioned as a word.
  if (prev && prev.kind === 'w' && ctx.lex.wordMention.has(prev.lower)) return true;
  const words = trimmed.split(/\s+/);
  const first = trimmed[0];
  const capital = isCapitalized(first) || DIGIT.test(first);
  if (!capital) return false;
  // `проти «Роснефти»`, `про це пише «Наші гроші. Львів»`, `з «Фірмою «Х»`: a capitalised name after a preposition or a cue.
  // After a cue, a comma and a lower-case word go on like a sentence (`зазначено «Центр …, ліцензія 12»`): no name does.
  if (prev && prev.kind === 'w' && (NAME_PREPOSITIONS.has(prev.lower) || (ctx.lex.cues.has(prev.lower) && !COMMA_THEN_LOWER.test(trimmed)))) return true;
  if (HAS_QUOTE_MARK.test(trimmed)) return true;
  if (/[.!?…,;:]/.test(trimmed.replace(/\.\s*$/, '').replace(/(?:^|\s)\p{Lu}\./gu, ' '))) return false;
  if (words.length > 6) return false;
  if (ctx.lex.lang === 'en' && words.length > 1) {
    // English titles capitalise their content words (`American Skin (41 Shots)`); a sentence does not.
    const content = words.filter((w) => !EN_SMALL_WORDS.has(w.toLowerCase()));
    return content.filter((w) => isCapitalized(w) || NON_WORD_START.test(w)).length >= Math.max(1, content.length * 0.6);
  }
  // A single capitalised word or a short title-like phrase: a name, a title or a nickname.
  return true;
}
