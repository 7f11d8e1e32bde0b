import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * What a package's `src/index.ts` re-exports from `specifier`, sorted, each written as its export
 * (`type Message` for a type-only one): for the export snapshot tests, which can see type-only
 * exports only in the source.
 *
 * @example
 * reExportedNames(new URL('./index.ts', import.meta.url), '@anth/core'); // ['type APIPromise', …]
 */
export function reExportedNames(file: URL, specifier: string): string[] {
  const source = ts.createSourceFile(file.pathname, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) continue;
    if (!ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== specifier) continue;
    if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements)
      names.push(`${statement.isTypeOnly || element.isTypeOnly ? 'type ' : ''}${element.name.text}`);
  }
  return names.sort();
}
