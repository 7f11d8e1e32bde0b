import { DocumentReflection, ReflectionKind, normalizePath } from 'typedoc';

/**
 * Adds a Markdown page to the site's root (what TypeDoc's `projectDocuments` option does, but with
 * content whose links were already rewritten for the site), and makes relative links to `file` lead
 * to it.
 *
 * @example
 * addDocument(project, 'Contributing', '/repo/CONTRIBUTING.md', app.converter.parseRawComment(source, project.files));
 *
 * @param {import('typedoc').ProjectReflection} project
 * @param {string} title
 * @param {string} file Absolute path of the Markdown file.
 * @param {{ content: import('typedoc').CommentDisplayPart[]; frontmatter: Record<string, unknown> }} parsed
 * @returns {DocumentReflection}
 */
export function addDocument(project, title, file, parsed) {
  const document = new DocumentReflection(title, project, parsed.content, parsed.frontmatter);
  project.addChild(document);
  project.registerReflection(document, undefined, normalizePath(file));
  project.files.registerReflectionPath(normalizePath(file), document);
  return document;
}

/**
 * The exported classes and functions (by `module.name`) whose doc comment has no `@example`: every
 * one should show how it is used (STYLE.md, habit 9). Re-exports under another name are the same
 * declaration and are checked once.
 *
 * @example
 * missingExamples(project); // ['@anth/core.SomeNewError']
 *
 * @param {import('typedoc').ProjectReflection} project
 * @returns {string[]}
 */
export function missingExamples(project) {
  const missing = [];
  for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
    for (const child of module.getChildrenByKind(ReflectionKind.Class | ReflectionKind.Function)) {
      const comments = [child.comment, ...(child.signatures ?? []).map((signature) => signature.comment)];
      if (!comments.some((comment) => comment?.getTag('@example'))) missing.push(`${module.name}.${child.name}`);
    }
  }
  return missing;
}

/**
 * The fields of the SDK's own options types (every exported interface or type alias named
 * `…Options`) that have no doc comment (`module.Type.field`): an option is only usable when its
 * doc says what it does (STYLE.md, habit 9). The API's wire types are left to the API reference.
 *
 * @example
 * missingOptionDocs(project); // ['@anth/core.VerbOptions.body']
 *
 * @param {import('typedoc').ProjectReflection} project
 * @returns {string[]}
 */
export function missingOptionDocs(project) {
  const missing = [];
  for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
    for (const options of module.getChildrenByKind(ReflectionKind.Interface | ReflectionKind.TypeAlias)) {
      if (!options.name.endsWith('Options')) continue;
      for (const field of optionFields(options)) {
        if (!field.hasComment()) missing.push(`${module.name}.${options.name}.${field.name}`);
      }
    }
  }
  return missing;
}

/**
 * The fields an options type declares itself: an interface's properties, or those of the object
 * literals a type alias is made of (`RequestOptions & { body?: unknown }` → `body`).
 *
 * @param {import('typedoc').DeclarationReflection} options
 * @returns {import('typedoc').DeclarationReflection[]}
 */
function optionFields(options) {
  if (options.kindOf(ReflectionKind.Interface)) {
    return (options.children ?? []).filter((child) => child.kindOf(ReflectionKind.Property) && !child.inheritedFrom);
  }
  /** @type {import('typedoc').SomeType[]} */
  const parts = options.type?.type === 'intersection' ? options.type.types : options.type ? [options.type] : [];
  return parts.flatMap((part) => (part.type === 'reflection' ? (part.declaration.children ?? []) : []));
}
