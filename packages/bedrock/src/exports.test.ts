import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { reExportedNames } from '../../../test-support/re-exported-names.js';
import * as bedrock from './index.js';
import { VERSION } from './version.js';

// Any change to this list is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(bedrock).sort()).toMatchInlineSnapshot(`
    [
      "AnthropicBedrock",
    ]
  `);
});

it('VERSION (sent in User-Agent) equals the package version', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(manifest.version);
});

// Type-only, so users import the types of this package's signatures from it at no run-time cost.
it('re-exports exactly these @anth/core types, type-only', () => {
  expect(reExportedNames(new URL('./index.ts', import.meta.url), '@anth/core')).toMatchInlineSnapshot(`
    [
      "type Anthropic",
      "type ClientOptions",
      "type HeadersInit",
      "type MiddlewareContext",
    ]
  `);
});
