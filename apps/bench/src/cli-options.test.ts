import { expect, it } from 'vitest';
import { parseCliOptions } from './cli-options.js';

it('reads --quick and --json <file>, and names an unknown argument', () => {
  expect(parseCliOptions([])).toEqual({ quick: false, json: undefined });
  expect(parseCliOptions(['--quick', '--json', 'out.json'])).toEqual({ quick: true, json: 'out.json' });
  expect(parseCliOptions(['--json=r.json'])).toEqual({ quick: false, json: 'r.json' });
  expect(() => parseCliOptions(['--json'])).toThrow(/--json needs a file name/);
  expect(() => parseCliOptions(['--fast'])).toThrow(/unknown argument "--fast"/);
});
