/**
 * Collects what a smoke step found wrong, as readable one-line messages, instead of throwing on the
 * first mismatch: one run then reports every difference a runtime shows.
 *
 * @example
 * const check = createSmokeCheck('create');
 * check.equal('stop_reason', message.stop_reason, 'end_turn');
 * check.failures; // [] or ['create: stop_reason: expected "end_turn", got "max_tokens"']
 *
 * @param {string} stepName prefixes every message
 */
export function createSmokeCheck(stepName) {
  /** @type {string[]} */
  const failures = [];
  return {
    failures,
    /**
     * @param {string} label
     * @param {unknown} actual
     * @param {unknown} expected
     */
    equal(label, actual, expected) {
      if (!Object.is(actual, expected))
        failures.push(`${stepName}: ${label}: expected ${show(expected)}, got ${show(actual)}`);
    },
    /**
     * @param {string} label
     * @param {boolean} condition
     * @param {string} [detail] what was seen instead, for the message
     */
    that(label, condition, detail) {
      if (!condition) failures.push(`${stepName}: ${label}${detail === undefined ? '' : ` (${detail})`}`);
    },
  };
}

/** @typedef {ReturnType<typeof createSmokeCheck>} SmokeCheck */

/** @param {unknown} value */
function show(value) {
  if (typeof value === 'string') return JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
