import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { path } from './encode-path.js';

describe('path tag', () => {
  it('passes plain ids through', () => {
    expect(path`/v1/models/${'claude-sonnet-4-5'}`).toBe('/v1/models/claude-sonnet-4-5');
    expect(path`/v1/skills/${'skill_1'}/versions/${1759178010641129}`).toBe(
      '/v1/skills/skill_1/versions/1759178010641129',
    );
  });

  it('encodes a slash, space, ?, # and % so an id cannot move the request', () => {
    expect(path`/v1/files/${'a/b'}`).toBe('/v1/files/a%2Fb');
    expect(path`/v1/files/${'a b?c#d%e'}`).toBe('/v1/files/a%20b%3Fc%23d%25e');
    expect(path`/v1/files/${'../x'}`).toBe('/v1/files/..%2Fx');
    expect(path`/v1/files/${'é'}`).toBe('/v1/files/%C3%A9');
  });

  it("leaves the path's safe characters unencoded", () => {
    expect(path`/v1/x/${"-._~!$&'()*+,;=:@"}`).toBe("/v1/x/-._~!$&'()*+,;=:@");
    expect(path`/v1/models/${'anthropic.claude-opus-4-1-20250805-v1:0'}`).toBe(
      '/v1/models/anthropic.claude-opus-4-1-20250805-v1:0',
    );
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object', { id: 'x' }],
    ['a dot segment', '.'],
    ['a dot-dot segment', '..'],
    ['an empty string', ''],
    ['a value starting with ";"', ';x'],
    ['a dot then ";"', '.;x'],
    ['two dots then ";"', '..;x'],
    ['a lone ";"', ';'],
  ])('refuses %s with an AnthropicError naming the path', (_label, value) => {
    expect(() => path`/v1/files/${value}`).toThrow(AnthropicError);
    expect(() => path`/v1/files/${value}`).toThrow(
      /^Path parameters result in path with invalid segments.*\/v1\/files\/<param>/,
    );
  });

  it('keeps a ";" that does not start the value, and dots that are not a segment', () => {
    expect(path`/v1/files/${'a;b'}`).toBe('/v1/files/a;b');
    expect(path`/v1/files/${'...;x'}`).toBe('/v1/files/...;x');
    expect(path`/v1/files/${'.x'}`).toBe('/v1/files/.x');
  });

  it('names which parameter was refused', () => {
    expect(() => path`/v1/skills/${'ok'}/versions/${null}`).toThrow(/parameter 2 is null/);
  });
});
