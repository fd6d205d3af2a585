/**
 * Finds the regular expressions the library ships, by reading src/**\/*.ts with the TypeScript
 * parser: regex literals, and `new RegExp(…)` / `RegExp(…)` whose pattern is a string literal
 * (a pattern built at run time cannot be read from the source and is listed as `dynamic`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** File relative to the repository root, and 1-based line. */
  where: string;
  source: string;
  flags: string;
  /** True when the pattern is built at run time and could not be checked. */
  dynamic?: boolean;
}

function walkFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(path, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The string value of a literal expression, or undefined when it is not a plain literal. */
function literal(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Every regex in the .ts files under `srcDir`. */
export function findRegexes(srcDir: string, root: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of walkFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const raw = node.getText(sf);
        const slash = raw.lastIndexOf('/');
        found.push({ where: where(node), source: raw.slice(1, slash), flags: raw.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const args = node.arguments ?? ts.factory.createNodeArray();
        const source = literal(args[0]);
        const flags = args.length > 1 ? literal(args[1]) : '';
        if (source !== undefined && flags !== undefined) found.push({ where: where(node), source, flags });
        else if (!(args[0] && node.arguments && ts.isRegularExpressionLiteral(args[0]))) found.push({ where: where(node), source: args[0]?.getText(sf) ?? '', flags: '', dynamic: true });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}
