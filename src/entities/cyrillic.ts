import type { NameMention, ParsedDocument } from '../stages.js';
import type { RecognizeOptions } from './index.js';

/** Ukrainian and Russian names. STUB: replaced by the real recogniser. */
export function recognizeCyrillicNames(_doc: ParsedDocument, _options: RecognizeOptions): NameMention[] {
  return [];
}
