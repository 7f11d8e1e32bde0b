// Launches Debian's headless Chromium through playwright-core, the one way both browser runners
// (the smoke suite and the API reference check) start it.
import { runtimesRequire } from './runtimes-require.js';

/** How long any one browser step (launch, navigation, a wait) may take. */
export const STEP_TIMEOUT_MS = 30_000;

const CHROMIUM = process.env['ANTH_CHROMIUM'] ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium tries to reach Google's services at start and,
// on a closed network, its connections get refused; none of that is wanted in a test.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium (`ANTH_CHROMIUM`, else `/usr/bin/chromium`); the caller closes it.
 *
 * @example
 * const browser = await launchChromium();
 * try { const tab = await browser.newPage(); } finally { await browser.close(); }
 */
export async function launchChromium() {
  /** @type {{ chromium: { launch(options: Record<string, unknown>): Promise<any> } }} */
  const { chromium } = runtimesRequire('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: STEP_TIMEOUT_MS });
}
