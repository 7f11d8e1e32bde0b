// The browser page's script (bundled by esbuild for the browser): runs the smoke suite against the
// emulator named in `?baseURL=`, an origin other than the page's, so every API call is a CORS request.
// The result promise is left on `globalThis.smokeResult` for the driver to await.
import { runSmoke } from '../smoke/run-smoke.js';

const baseURL = new URL(globalThis.location.href).searchParams.get('baseURL') ?? '';
const page = /** @type {{ smokeResult?: Promise<import('../smoke/run-smoke.js').SmokeResult> }} */ (
  /** @type {unknown} */ (globalThis)
);
page.smokeResult = runSmoke({ baseURL, inBrowser: true });
