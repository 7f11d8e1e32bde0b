import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** Where repository files that are not part of the site are linked to (package.json `repository`). */
export const REPOSITORY_URL = 'https://github.com/anth-sdk/anth';

// An inline Markdown link or image: [label](target) / ![alt](target), target without spaces.
const MARKDOWN_LINK = /(!?\[[^\]]*\]\()([^)\s]+)(\))/g;

/**
 * Rewrites the relative links of a Markdown file for the site: a link whose file the site holds
 * (`sitePaths`: a package directory or README, the guide) stays relative, and TypeDoc turns it into
 * a link to that page; a link to a page of the built site (`siteLinks`, e.g. a README's
 * `../../docs/site/modules/_anth_core.html`, which does not exist while the site is being built)
 * becomes a `{@link}` to the declaration it shows; any other relative link (a source folder, an
 * app's README, LICENSE) becomes a link to the file in the repository, since the site has no page
 * for it. Absolute URLs and `#anchors` are left alone; a link to a file that does not exist throws.
 *
 * @example
 * siteMarkdown('[demo](apps/examples)', '/repo/README.md', { root: '/repo', sitePaths: new Set(), siteLinks: new Map() });
 * // '[demo](https://github.com/anth-sdk/anth/tree/main/apps/examples)'
 *
 * @param {string} markdown
 * @param {string} file Absolute path of the Markdown file (relative links start from its folder).
 * @param {{ root: string; sitePaths: ReadonlySet<string>; siteLinks: ReadonlyMap<string, string> }} context
 *   `siteLinks` maps a built page's absolute path to a TypeDoc declaration reference (`"@anth/core"!`).
 * @returns {string}
 */
export function siteMarkdown(markdown, file, { root, sitePaths, siteLinks }) {
  return markdown.replace(MARKDOWN_LINK, (whole, open, target, close) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/')) return whole;
    const [path = '', fragment] = target.split('#', 2);
    const absolute = resolve(dirname(file), path);
    if (sitePaths.has(absolute)) return whole;
    const declaration = siteLinks.get(absolute);
    if (declaration !== undefined && !open.startsWith('!')) {
      return `{@link ${declaration} | ${open.slice(1, -2).replaceAll('`', '')}}`;
    }
    return `${open}${repositoryURL(absolute, root)}${fragment ? `#${fragment}` : ''}${close}`;
  });
}

/**
 * The repository URL of a file or folder of the checkout.
 *
 * @param {string} absolute
 * @param {string} root
 * @returns {string}
 */
function repositoryURL(absolute, root) {
  const path = relative(root, absolute).split(sep).join('/');
  if (path.startsWith('..')) throw new Error(`a Markdown link leaves the repository: ${absolute}`);
  if (!existsSync(absolute)) throw new Error(`a Markdown link points to a missing file: ${absolute}`);
  const kind = statSync(absolute).isDirectory() ? 'tree' : 'blob';
  return `${REPOSITORY_URL}/${kind}/main/${path}`;
}
