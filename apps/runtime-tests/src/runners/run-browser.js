// Runs the smoke suite in headless Chromium (Debian's package) driven by playwright-core:
//   node src/runners/run-browser.js <emulator base URL>
// The page comes from a local server on another port than the emulator, so calls are cross-origin.
// Prints the suite's result as one JSON line on stdout, plus `browserVersion` and `pageLog` (console
// errors and uncaught page errors).
import { servePage } from './serve-page.js';
import { launchChromium, STEP_TIMEOUT_MS } from './launch-chromium.js';

const baseURL = process.argv[2];
if (baseURL === undefined) {
  console.error('usage: node src/runners/run-browser.js <emulator base URL>');
  process.exit(2);
}

const page = await servePage();
/** @type {string[]} */
const pageLog = [];
const browser = await launchChromium();
let result;
try {
  const tab = await browser.newPage();
  tab.on('console', (/** @type {{ type(): string; text(): string }} */ message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      pageLog.push(`console.${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (/** @type {Error} */ error) => pageLog.push(`pageerror: ${error.message}`));
  await tab.goto(`${page.url}/?baseURL=${encodeURIComponent(baseURL)}`, { timeout: STEP_TIMEOUT_MS });
  await tab.waitForFunction(() => 'smokeResult' in globalThis, undefined, { timeout: STEP_TIMEOUT_MS });
  result = await tab.evaluate(() => /** @type {{ smokeResult?: unknown }} */ (globalThis).smokeResult);
  result = { ...result, browserVersion: browser.version(), bundleBytes: page.bundleBytes, pageLog };
} catch (error) {
  result = {
    ok: false,
    failures: [`the browser run failed: ${error instanceof Error ? error.message : String(error)}`],
    pageLog,
  };
} finally {
  await browser.close();
  await page.close();
}
console.log(JSON.stringify(result));
process.exit(0);
