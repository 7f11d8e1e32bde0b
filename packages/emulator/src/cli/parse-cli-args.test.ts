import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from './parse-cli-args.js';

describe('parseCliArgs', () => {
  it('defaults to the first-party API on a free port of 127.0.0.1', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'serve', port: 0, host: '127.0.0.1', backends: ['anthropic'] });
  });

  it('reads --port, --host and --backend (repeated or comma-separated), long and short', () => {
    expect(
      parseCliArgs(['--port', '4010', '--backend', 'anthropic,bedrock', '-b', 'vertex', '--host', '0.0.0.0']),
    ).toEqual({
      kind: 'serve',
      port: 4010,
      host: '0.0.0.0',
      backends: ['anthropic', 'bedrock', 'vertex'],
    });
    expect(parseCliArgs(['-p', '4010', '--backend=foundry'])).toMatchObject({ port: 4010, backends: ['foundry'] });
  });

  it('asks for the help with --help or -h', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h', '--port', 'nonsense'])).toEqual({ kind: 'help' });
    expect(USAGE).toContain('--backend <name>');
  });

  it('says what is wrong with a bad command line', () => {
    expect(() => parseCliArgs(['--port', '70000'])).toThrow('--port must be an integer from 0 to 65535, got "70000"');
    expect(() => parseCliArgs(['--port', '4010', '-b', 'anthropic,bedrock,vertex,foundry'])).not.toThrow();
    expect(() => parseCliArgs(['--port', '65535', '-b', 'anthropic,bedrock'])).toThrow(
      '--port must be an integer from 0 to 65534',
    );
    expect(() => parseCliArgs(['--port', '12ab'])).toThrow('--port must be an integer');
    expect(() => parseCliArgs(['--backend', 'azure'])).toThrow(
      '--backend must be one of anthropic, bedrock, vertex, foundry; got "azure"',
    );
    expect(() => parseCliArgs(['-b', 'vertex', '-b', 'vertex'])).toThrow('--backend: vertex is given twice');
    expect(() => parseCliArgs(['--backend', ','])).toThrow('--backend needs a name');
    expect(() => parseCliArgs(['--verbose'])).toThrow(/verbose/);
    expect(() => parseCliArgs(['serve'])).toThrow(/serve/);
  });
});
