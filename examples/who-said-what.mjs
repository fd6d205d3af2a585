// Who said what in a Ukrainian news story: every quotation with its speaker and cue.
//   npm run build && node examples/who-said-what.mjs [file]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from 'citata';

const file = process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/lavrov-rubio.uk.txt', import.meta.url));
const doc = extract(readFileSync(file, 'utf8'));

console.log(`language: ${doc.lang}, ${doc.sentences.length} sentences, ${doc.entities.length} entities, ${doc.quotes.length} quotations\n`);
for (const quote of doc.quotes) {
  const speaker = quote.speaker ? doc.entities.find((e) => e.id === quote.speaker.entityId) : null;
  const who = speaker ? `${speaker.name}${speaker.kbId ? ` (${speaker.kbId})` : ''}` : 'unknown';
  console.log(`${who} [${quote.kind}${quote.cue ? `, ${quote.cue.lemma}` : ''}]: ${quote.text}`);
}
