/**
 * Brand read by `instanceof`, so error checks keep working when two copies of `@anth/core` end up
 * in one bundle (each copy has its own classes, but they share these global symbols).
 */
const ERROR_KIND: unique symbol = /* @__PURE__ */ Symbol.for('@anth/core:error-kind') as never;

function hasKind(value: unknown, kind: string): boolean {
  for (let proto = value; proto != null; proto = Object.getPrototypeOf(proto)) {
    if (
      Object.prototype.hasOwnProperty.call(proto, ERROR_KIND) &&
      (proto as Record<symbol, unknown>)[ERROR_KIND] === kind
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Base of every error this SDK throws.
 *
 * @example
 * try { await messages.create(params) } catch (error) { if (error instanceof AnthropicError) ... }
 */
export class AnthropicError extends Error {
  /** The brand of this class; subclasses override it with their own name. */
  get [ERROR_KIND](): string {
    return 'AnthropicError';
  }

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** The class name (`'RateLimitError'`, …), from the brand, so it survives minification. */
  override get name(): string {
    return this[ERROR_KIND];
  }

  /**
   * `instanceof` by brand rather than by identity, so an error from another copy of `@anth/core` in
   * the same bundle still passes the check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // A subclass that declares no brand of its own (e.g. a sibling package's error) inherits its
    // parent's brand; checking by that brand would make every parent instance pass for the subclass.
    // Such classes get the ordinary prototype-chain check.
    if (!Object.prototype.hasOwnProperty.call(this.prototype, ERROR_KIND)) {
      return Function.prototype[Symbol.hasInstance].call(this, value);
    }
    const kind = (this.prototype as unknown as Record<symbol, unknown>)[ERROR_KIND];
    return typeof kind === 'string' && hasKind(value, kind);
  }
}

export { ERROR_KIND };
