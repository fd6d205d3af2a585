#!/usr/bin/env node
// Fails when an exported declaration of the public modules has no TSDoc @example.
// Reads typedoc's JSON output (npm run docs:check writes it first).
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.cache/api.json';
const project = JSON.parse(readFileSync(file, 'utf8'));
const comment = (r) => r.comment ?? r.signatures?.[0]?.comment;
const hasExample = (r) => (comment(r)?.blockTags ?? []).some((t) => t.tag === '@example');
const missing = [];
for (const module of project.children ?? []) {
  for (const declaration of module.children ?? []) {
    if (!hasExample(declaration)) missing.push(`${module.name}: ${declaration.name}`);
  }
}
if (missing.length) {
  console.error(`These exports have no @example in their TSDoc:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs: every export of ${project.children?.length ?? 0} modules has an @example`);
