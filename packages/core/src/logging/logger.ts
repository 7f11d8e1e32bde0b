/**
 * A sink for log lines; `console` fits. The client drops lines below its `logLevel` before they
 * reach it.
 *
 * @example
 * const client = new Anthropic({ logger: pino(), logLevel: 'info' });
 */
export interface Logger {
  /** A failure the SDK could not recover from (also thrown to the caller). */
  error(message: string, ...rest: unknown[]): void;
  /** Something to fix: a deprecated model, an ignored option, a retry-after above `maxRetryDelay`. */
  warn(message: string, ...rest: unknown[]): void;
  /** One line per HTTP attempt: method, URL, status, duration, retries. */
  info(message: string, ...rest: unknown[]): void;
  /** Request and response details (headers redacted). */
  debug(message: string, ...rest: unknown[]): void;
}

/** Verbosity, from quietest: `off` < `error` < `warn` < `info` < `debug`. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** The levels from quietest to most verbose: a level's index is its rank. */
const LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** True for the five level names. */
export function isLogLevel(value: unknown): value is LogLevel {
  return LEVELS.includes(value as LogLevel);
}

/** A logger that drops every line below `level`, so callers can log without checking. */
export function levelledLogger(sink: Logger, level: LogLevel): Logger {
  const rank = LEVELS.indexOf(level);
  const line = (name: Exclude<LogLevel, 'off'>) => {
    if (LEVELS.indexOf(name) > rank) return (): void => {};
    // The sink's method is looked up per call, so one swapped in later (a test spy) still receives lines.
    return (...args: [string, ...unknown[]]): void => sink[name](...args);
  };
  return { error: line('error'), warn: line('warn'), info: line('info'), debug: line('debug') };
}
