// Add your own entities to the knowledge base: a local newsmaker the bundled KB does not know.
//   npm run build && node examples/own-knowledge-base.mjs
import { createKnowledgeBase, defaultKnowledgeBase, extract } from 'citata';

const kb = createKnowledgeBase([
  ...defaultKnowledgeBase().entries(),
  // A made-up local official, with a made-up id in the Wikidata format (use real QIDs for real people).
  { id: 'Q999999999', type: 'PER', gender: 'f', names: { uk: ['Оксана Мельничук', 'Мельничук'] } },
]);

const text = 'Оксана Мельничук заявила, що міст відкриють у травні. «Роботи йдуть за графіком», — сказала Мельничук.';
const doc = extract(text, { lang: 'uk', kb });
for (const entity of doc.entities) {
  console.log(`${entity.type} ${entity.name}${entity.kbId ? ` → ${entity.kbId}` : ''}: ${entity.mentions.map((m) => m.text).join(', ')}`);
}
for (const quote of doc.quotes) console.log(`«${quote.text}» — ${quote.speaker?.text ?? 'unknown'}`);
