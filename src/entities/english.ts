import type { NameMention, ParsedDocument } from '../stages.js';
import type { RecognizeOptions } from './index.js';

/** English names. STUB: replaced by the real recogniser. */
export function recognizeEnglishNames(_doc: ParsedDocument, _options: RecognizeOptions): NameMention[] {
  return [];
}
