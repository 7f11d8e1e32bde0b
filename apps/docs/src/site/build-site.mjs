// Builds the API reference site: TypeDoc over every public entry point of packages/* into one static
// site (default docs/site/, or `--out <dir>`), the root README as its index, each package's README
// as its package page, the migration guide and CONTRIBUTING as pages of their own, and search.
// Every TypeDoc warning (an undocumented export, a broken {@link}, a missing @example on a class or
// function, a broken relative link in a README) fails the build, so the site stays clean.
//
//   node apps/docs/src/site/build-site.mjs [--out <dir>]      (`pnpm docs` at the root)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, Converter, IndexEvent, MinimalSourceFile, ReflectionKind, normalizePath } from 'typedoc';
import { findEntryPoints } from './entry-points.mjs';
import { REPOSITORY_URL, siteMarkdown } from './site-links.mjs';
import { addDocument, missingExamples, missingOptionDocs } from './site-reflections.mjs';

const APP_DIR = fileURLToPath(new URL('../..', import.meta.url));
const ROOT = resolve(APP_DIR, '../..');

/** Pages of their own besides the API (`file` relative to the root). */
const DOCUMENTS = [
  { title: 'Migrating from @anthropic-ai/sdk', file: 'docs/migrating-from-anthropic-ai-sdk.md' },
  { title: 'Contributing', file: 'CONTRIBUTING.md' },
];

/**
 * The page of a module in the site, as TypeDoc names it: `@anth/beta/node` → `modules/_anth_beta_node.html`.
 *
 * @param {string} name
 * @returns {string}
 */
export function modulePage(name) {
  return `modules/${name.replace(/[^a-z0-9]/gi, '_')}.html`;
}

/**
 * Builds the site into `out`; resolves to the number of problems TypeDoc reported (0 when clean).
 *
 * @example
 * const problems = await buildSite({ out: '/tmp/site' });
 *
 * @param {{ out: string }} options
 * @returns {Promise<number>}
 */
export async function buildSite({ out }) {
  const entries = findEntryPoints(ROOT);
  const app = await Application.bootstrapWithPlugins({
    name: '@anth',
    entryPoints: entries.map((entry) => entry.sourceFile),
    entryPointStrategy: 'resolve',
    tsconfig: join(APP_DIR, 'tsconfig.site.json'),
    out,
    readme: 'none', // the root README is added below, with its links rewritten for the site
    excludeInternal: true,
    excludePrivate: true,
    disableGit: true,
    sourceLinkTemplate: `${REPOSITORY_URL}/blob/main/{path}#L{line}`,
    basePath: ROOT,
    validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: true },
    // Every export and every member of the SDK's classes and interfaces. Not the fields of the API's
    // wire types (`type`, `text`, … of some 200 types: the API reference documents those), except
    // the SDK's own options, which missingOptionDocs checks below.
    requiredToBeDocumented: ['Class', 'Function', 'Interface', 'TypeAlias', 'Variable', 'Enum', 'Method', 'Accessor'],
    // Without this, notDocumented checks only the package TypeDoc runs in (this app), i.e. nothing.
    packagesRequiringDocumentation: [...new Set(entries.map((entry) => entry.packageName))],
    treatWarningsAsErrors: true,
    treatValidationWarningsAsErrors: true,
    hideGenerator: true,
    navigation: { includeCategories: false, includeGroups: true, includeFolders: false },
    logLevel: 'Warn',
  });

  // A module's name is its import specifier (`@anth/core`), not its path (`core/src`).
  const nameOf = new Map(entries.map((entry) => [normalizePath(entry.sourceFile), entry.name]));
  const definedEntryPoints = app.getEntryPoints.bind(app);
  app.getEntryPoints = () =>
    definedEntryPoints()?.map((entryPoint) => ({
      ...entryPoint,
      displayName: nameOf.get(normalizePath(entryPoint.sourceFile.fileName)) ?? entryPoint.displayName,
    }));

  // Links in the Markdown that the site has a page for, by the absolute path they point to.
  const sitePaths = new Set([ROOT, join(ROOT, 'README.md'), ...DOCUMENTS.map(({ file }) => join(ROOT, file))]);
  // Pages of the built site that READMEs link to (it does not exist yet), by the declaration they show.
  const siteLinks = new Map();
  for (const entry of entries) {
    sitePaths.add(entry.packageDir).add(join(entry.packageDir, 'README.md'));
    siteLinks.set(join(ROOT, 'docs/site', modulePage(entry.name)), JSON.stringify(entry.name) + '!');
  }
  /** @param {string} file */
  const markdownFile = (file) =>
    new MinimalSourceFile(
      siteMarkdown(readFileSync(file, 'utf8'), file, { root: ROOT, sitePaths, siteLinks }),
      normalizePath(file),
    );

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    const parse = (/** @type {string} */ file) => app.converter.parseRawComment(markdownFile(file), project.files);
    project.readme = parse(join(ROOT, 'README.md')).content;
    project.files.registerReflectionPath(normalizePath(ROOT), project);
    project.files.registerReflectionPath(normalizePath(join(ROOT, 'README.md')), project);
    for (const { title, file } of DOCUMENTS) addDocument(project, title, join(ROOT, file), parse(join(ROOT, file)));
    for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
      const entry = entries.find((candidate) => candidate.name === module.name);
      if (entry === undefined) continue;
      if (entry.readme === undefined) continue;
      module.readme = parse(entry.readme).content;
      project.files.registerReflectionPath(normalizePath(entry.packageDir), module);
      project.files.registerReflectionPath(normalizePath(entry.readme), module);
    }
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const name of missingExamples(context.project)) {
      app.logger.warn(`${name} has no @example: every exported class and function shows one (STYLE.md)`);
    }
    for (const name of missingOptionDocs(context.project)) {
      app.logger.warn(`${name} has no documentation: every option says what it does (STYLE.md)`);
    }
  });

  // A type a sibling re-exports (`Message` in @anth/messages) is a reference to core's page: searching
  // `MessageStream` should offer its page, not five modules that mention it. Renamed re-exports
  // (`GatewayTimeoutError`) stay searchable.
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    for (let index = event.searchResults.length - 1; index >= 0; index -= 1) {
      const result = event.searchResults[index];
      if (result?.isReference() && result.name === result.getTargetReflectionDeep().name) event.removeResult(index);
    }
  });

  const project = await app.convert();
  if (project === undefined) return Math.max(1, app.logger.errorCount);
  app.validate(project);
  if (app.logger.hasErrors()) return app.logger.errorCount;
  await app.generateDocs(project, out);
  return app.logger.errorCount + app.logger.warningCount;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFlag = process.argv.indexOf('--out');
  const out = outFlag === -1 ? join(ROOT, 'docs/site') : resolve(process.argv[outFlag + 1] ?? '');
  const problems = await buildSite({ out });
  if (problems > 0) {
    console.error(`docs: ${problems} problem(s) reported above; the site must build clean.`);
    process.exit(1);
  }
  console.log(`docs: the API reference is in ${out} (open index.html)`);
}
