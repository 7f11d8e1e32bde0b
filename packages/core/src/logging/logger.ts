/** A sink for log lines; `console` fits. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

/** Verbosity, from quietest: `off` < `error` < `warn` < `info` < `debug`. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

const LEVEL_RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** True for the five level names. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LEVEL_RANK, value);
}

/** A logger that drops every line below `level`, so callers can log without checking. */
export function levelledLogger(sink: Logger, level: LogLevel): Logger {
  const rank = LEVEL_RANK[level];
  const noop = (): void => {};
  const pick = (name: Exclude<LogLevel, 'off'>) =>
    LEVEL_RANK[name] <= rank ? (message: string, ...rest: unknown[]) => sink[name](message, ...rest) : noop;
  return { error: pick('error'), warn: pick('warn'), info: pick('info'), debug: pick('debug') };
}

/** True when lines of `level` pass the filter set at `current` (used to skip building debug payloads). */
export function logsAt(current: LogLevel, level: Exclude<LogLevel, 'off'>): boolean {
  return LEVEL_RANK[level] <= LEVEL_RANK[current];
}
