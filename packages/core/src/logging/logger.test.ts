import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../transport/test-fetch.js';
import { isLogLevel, levelledLogger, type LogLevel } from './logger.js';

function emitAll(level: LogLevel): string[] {
  const { logger, lines } = recordingLogger();
  const filtered = levelledLogger(logger, level);
  filtered.error('e');
  filtered.warn('w');
  filtered.info('i');
  filtered.debug('d');
  return lines.map((line) => line.level);
}

describe('levelledLogger', () => {
  it.each([
    ['off', []],
    ['error', ['error']],
    ['warn', ['error', 'warn']],
    ['info', ['error', 'warn', 'info']],
    ['debug', ['error', 'warn', 'info', 'debug']],
  ] as const)('at %s passes %j', (level, expected) => {
    expect(emitAll(level)).toEqual(expected);
  });

  it('forwards every argument to the sink', () => {
    const { logger, lines } = recordingLogger();
    levelledLogger(logger, 'debug').debug('message', { a: 1 }, 2);
    expect(lines).toEqual([{ level: 'debug', args: ['message', { a: 1 }, 2] }]);
  });
});

describe('isLogLevel', () => {
  it('accepts exactly the five level names', () => {
    for (const level of ['off', 'error', 'warn', 'info', 'debug']) expect(isLogLevel(level)).toBe(true);
    for (const value of ['WARN', 'verbose', 'toString', '', undefined, 3]) expect(isLogLevel(value)).toBe(false);
  });
});
