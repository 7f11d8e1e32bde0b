// Checks the built API reference in headless Chromium (Debian's package) driven by playwright-core:
//   node src/runners/run-docs-site.js <site directory> <search term>…
// Serves the site on 127.0.0.1, opens its index, searches each term as a user would (the search
// button, the box, a click on the result), then crawls every page linked from the index, from inside
// the page (fetch + DOMParser), and reports every link to a page that does not load. Prints one JSON
// line: { ok, title, headings, search, pages, broken, pageLog }.
import { launchChromium, STEP_TIMEOUT_MS } from './launch-chromium.js';
import { serveDirectory } from './serve-directory.js';

/** The crawl stops after this many pages (the site has about a thousand). */
const MAX_PAGES = 5_000;

const [siteDirectory, ...terms] = process.argv.slice(2);
if (siteDirectory === undefined || terms.length === 0) {
  console.error('usage: node src/runners/run-docs-site.js <site directory> <search term>…');
  process.exit(2);
}

const site = await serveDirectory(siteDirectory);
/** @type {string[]} */
const pageLog = [];
const browser = await launchChromium();
/** @type {Record<string, unknown>} */
let result;
try {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(STEP_TIMEOUT_MS);
  tab.on('console', (/** @type {{ type(): string; text(): string }} */ message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      pageLog.push(`console.${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (/** @type {Error} */ error) => pageLog.push(`pageerror: ${error.message}`));
  tab.on('response', (/** @type {{ status(): number; url(): string }} */ response) => {
    if (response.status() >= 400) pageLog.push(`${response.status()}: ${response.url()}`);
  });

  const index = `${site.url}/index.html`;
  const response = await tab.goto(index);
  const title = await tab.title();
  const headings = await tab.locator('h1').allTextContents();

  /** @type {Record<string, { results: string[]; opened?: string; heading?: string }>} */
  const search = {};
  for (const term of terms) {
    await tab.goto(index);
    await tab.click('#tsd-search-trigger');
    await tab.locator('#tsd-search-input').pressSequentially(term);
    const firstResult = tab.locator('#tsd-search-results li a').first();
    await firstResult.waitFor();
    const results = (await tab.locator('#tsd-search-results li a').allTextContents()).map(
      (/** @type {string} */ text) => text.trim(),
    );
    // A result reads `@anth/messages.createMessage`: the module, then the name.
    const exact = tab.locator('#tsd-search-results li a').filter({ hasText: new RegExp(`(^|\\.)${term}\\s*$`) });
    search[term] = { results };
    if ((await exact.count()) > 0) {
      await Promise.all([tab.waitForURL((/** @type {URL} */ url) => url.href !== index), exact.first().click()]);
      search[term] = {
        results,
        opened: new URL(tab.url()).pathname,
        heading: await tab.locator('h1').first().textContent(),
      };
    }
  }

  await tab.goto(index);
  const crawl = await tab.evaluate(crawlSite, { start: index, maxPages: MAX_PAGES });
  result = {
    ok: response?.status() === 200 && crawl.broken.length === 0 && pageLog.length === 0,
    status: response?.status(),
    title,
    headings,
    search,
    ...crawl,
  };
} catch (error) {
  result = { ok: false, failure: `the browser run failed: ${error instanceof Error ? error.message : String(error)}` };
} finally {
  await browser.close();
  await site.close();
}
console.log(JSON.stringify({ ...result, pageLog }));
process.exit(0);

/**
 * Runs in the page: a breadth-first walk over every same-origin page linked from `start`, fetching
 * each once and reading its links with DOMParser. A link whose page does not answer 200 is broken.
 *
 * @param {{ start: string; maxPages: number }} options
 * @returns {Promise<{ pages: number; links: number; broken: Array<{ from: string; to: string; status: number }>; truncated: boolean }>}
 */
async function crawlSite({ start, maxPages }) {
  const origin = new URL(start).origin;
  /** @type {Map<string, number>} */
  const status = new Map();
  /** @type {Array<{ from: string; to: string; status: number }>} */
  const broken = [];
  const queue = [start];
  const seen = new Set(queue);
  let links = 0;
  while (queue.length > 0 && status.size < maxPages) {
    const page = /** @type {string} */ (queue.shift());
    const response = await fetch(page);
    status.set(page, response.status);
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await response.text();
    const document = new DOMParser().parseFromString(html, 'text/html');
    for (const anchor of Array.from(document.querySelectorAll('a[href]'))) {
      const href = anchor.getAttribute('href') ?? '';
      if (href.startsWith('#') || /^(mailto|javascript):/i.test(href)) continue;
      const target = new URL(href, page);
      if (target.origin !== origin) continue;
      target.hash = '';
      const url = target.href;
      links += 1;
      if (!seen.has(url)) {
        seen.add(url);
        queue.push(url);
      }
      const known = status.get(url);
      if (known === undefined) {
        const check = await fetch(url, { method: 'HEAD' });
        status.set(url, check.status);
        if (!check.ok) broken.push({ from: new URL(page).pathname, to: target.pathname, status: check.status });
      } else if (known !== 200) {
        broken.push({ from: new URL(page).pathname, to: target.pathname, status: known });
      }
    }
  }
  return { pages: status.size, links, broken, truncated: queue.length > 0 };
}
