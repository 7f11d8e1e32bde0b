import { Anthropic } from '@anth/core';
import { abortStep } from './abort-step.js';
import { runBrowserGuardStep } from './browser-guard-step.js';
import { createStep } from './create-step.js';
import { describeError } from './describe-error.js';
import { describeRuntime } from './describe-runtime.js';
import { errorStep } from './error-step.js';
import { createSmokeCheck } from './smoke-check.js';
import { streamStep } from './stream-step.js';

/** The steps, run in this order; each makes exactly one `/v1/messages` request. */
const SMOKE_STEPS = [createStep, streamStep, errorStep, abortStep];

/**
 * The faults to queue on the emulator before `runSmoke`: one per step, in step order (each request
 * takes the next fault; an empty fault changes nothing). CORS preflights take none.
 *
 * @example
 * server.emulator.fault(...smokeFaults);
 *
 * @type {import('@anth/emulator').Fault[]}
 */
export const smokeFaults = SMOKE_STEPS.map((step) => step.fault ?? {});

/**
 * The names of the request-making steps, in order.
 *
 * @example
 * smokeStepNames; // ['create', 'stream', 'error', 'abort']
 */
export const smokeStepNames = SMOKE_STEPS.map((step) => step.name);

/**
 * @typedef {object} SmokeOptions
 * @property {string} baseURL the emulator server, e.g. `http://127.0.0.1:43121`
 * @property {string} [apiKey] default `sk-ant-emulator`, the emulator's default key
 * @property {boolean} [inBrowser] true on a web page: the client is built with `dangerouslyAllowBrowser: true`
 *   and the browser guard must throw without it
 * @property {number} [stepTimeoutMs] how long one step may take before it fails (default 10 000)
 * @property {() => Anthropic} [createClient] builds the client the steps use, e.g. a cloud client with
 *   static credentials and `baseURL` (it must set `maxRetries: 0`); default: a first-party client
 */

/**
 * @typedef {object} SmokeResult
 * @property {boolean} ok true when no check failed
 * @property {{ name: string; version: string | null }} runtime
 * @property {string[]} failures one line per failed check, `step: what (seen)`
 * @property {Record<string, Record<string, unknown>>} steps what each step observed
 * @property {number} durationMs
 */

/**
 * The runtime smoke suite: the browser guard, then `createMessage`, `streamMessage` through
 * `textStream`, an unknown model (`NotFoundError`) and an abort mid-stream, against the emulator's
 * server (its default, unscripted replies; queue `smokeFaults` first). Uses web APIs only, so the
 * same module runs on Node, Bun, Deno, workerd and in a browser. Never throws: failures are
 * collected in the JSON-safe result.
 *
 * @example
 * server.emulator.fault(...smokeFaults);
 * const result = await runSmoke({ baseURL: server.url });
 * console.log(JSON.stringify(result));
 *
 * @param {SmokeOptions} options
 * @returns {Promise<SmokeResult>}
 */
export async function runSmoke({
  baseURL,
  apiKey = 'sk-ant-emulator',
  inBrowser = false,
  stepTimeoutMs = 10_000,
  createClient,
}) {
  const startedAt = Date.now();
  /** @type {string[]} */
  const failures = [];
  /** @type {Record<string, Record<string, unknown>>} */
  const steps = {};

  const guardCheck = createSmokeCheck('browserGuard');
  steps['browserGuard'] = runBrowserGuardStep({ check: guardCheck, baseURL, inBrowser });
  failures.push(...guardCheck.failures);

  /** @type {Anthropic} */
  let client;
  try {
    // maxRetries 0: every step makes exactly one request, so the queued faults line up with the steps.
    client = createClient
      ? createClient()
      : new Anthropic({
          apiKey,
          authToken: null,
          baseURL,
          maxRetries: 0,
          ...(inBrowser ? { dangerouslyAllowBrowser: true } : {}),
        });
  } catch (error) {
    const thrown = describeError(error);
    failures.push(`client: building the client threw (${thrown.className}: ${thrown.message})`);
    return { ok: false, runtime: describeRuntime(), failures, steps, durationMs: Date.now() - startedAt };
  }
  for (const step of SMOKE_STEPS) {
    const check = createSmokeCheck(step.name);
    try {
      steps[step.name] = await step.run({ client, check, stepTimeoutMs });
    } catch (error) {
      const thrown = describeError(error);
      check.that('ran without throwing', false, `${thrown.className}: ${thrown.message}`);
      steps[step.name] = { thrown };
    }
    failures.push(...check.failures);
  }
  return { ok: failures.length === 0, runtime: describeRuntime(), failures, steps, durationMs: Date.now() - startedAt };
}
