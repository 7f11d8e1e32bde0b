import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
}

/**
 * The names every declaration file (`.d.mts`/`.d.cts`) under `directory` imports from `specifier`,
 * e.g. the @anth/core types a package's public signatures mention.
 *
 * @example
 * namesImportedFrom('packages/messages/dist', '@anth/core'); // Set { 'Message', 'APIPromise', … }
 */
export function namesImportedFrom(directory: string, specifier: string): Set<string> {
  const names = new Set<string>();
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.d\.[cm]ts$/.test(file),
  );
  for (const file of files)
    for (const statement of parse(join(directory, file)).statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      if (statement.moduleSpecifier.text !== specifier) continue;
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
    }
  return names;
}

/**
 * The names a bundled declaration entry (`dist/index.d.mts`) exports, type-only ones included.
 *
 * @example
 * namesExportedBy('packages/messages/dist/index.d.mts'); // Set { 'Messages', 'Message', … }
 */
export function namesExportedBy(file: string): Set<string> {
  const names = new Set<string>();
  for (const statement of parse(file).statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    const exported = modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && 'name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node))
      names.add((statement.name as ts.Identifier).text);
  }
  return names;
}
