import type { AccessTokenProvider } from '../auth/access-token.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import type { Logger } from '../logging/logger.js';
import type { ClientOptions } from './options.js';
import { readEnv } from './read-env.js';
import { refuseOptions } from './refuse-options.js';

/** The one credential of a first-party client, after the options and the environment. */
export type Credential =
  | { kind: 'apiKey' | 'authToken'; value: string }
  | { kind: 'apiKeyFunction'; get: () => string | Promise<string> }
  | { kind: 'credentials'; provider: AccessTokenProvider };

const CREDENTIAL_OPTIONS = ['apiKey', 'authToken', 'credentials'] as const;

/**
 * The credential as the option that gives it, so a copy of a client (`withOptions`) keeps it even
 * when it came from the environment.
 *
 * @example
 * credentialAsOption({ kind: 'authToken', value: 'tok' }); // { authToken: 'tok' }
 */
export function credentialAsOption(
  credential: Credential,
): Pick<ClientOptions, 'apiKey' | 'authToken' | 'credentials'> {
  switch (credential.kind) {
    case 'apiKey':
      return { apiKey: credential.value };
    case 'authToken':
      return { authToken: credential.value };
    case 'apiKeyFunction':
      return { apiKey: credential.get };
    case 'credentials':
      return { credentials: credential.provider };
  }
}

let warnedBothEnv = false;

/**
 * The client's credential (spec api-2026-10-21 §1.3): at most one of `apiKey`, `authToken` and
 * `credentials` may be given, and then no environment variable is read; with none, env
 * `ANTHROPIC_API_KEY` (as a key) beats `ANTHROPIC_AUTH_TOKEN` (both set: one warning per process);
 * `null` for an option means "none, and do not read its variable". `undefined` when there is none.
 * A key or token that could not be sent in a header fails here, never showing the value.
 *
 * @example
 * resolveCredential({ apiKey: 'sk-ant-…' }, logger); // { kind: 'apiKey', value: 'sk-ant-…' }
 */
export function resolveCredential(options: ClientOptions, logger: Logger): Credential | undefined {
  // Official 1.x also takes credential files (`config`, `profile`). @anth reads none, so a migrated
  // call fails here instead of quietly falling back to the environment.
  refuseOptions('Anthropic', options, ['config', 'profile'], 'pass `apiKey`, `authToken` or `credentials`.');
  const given = CREDENTIAL_OPTIONS.filter((name) => options[name] != null);
  if (given.length > 1) {
    throw new AnthropicError(
      `Pass at most one of \`apiKey\`, \`authToken\` or \`credentials\`; received ${given.map((name) => `\`${name}\``).join(' and ')}.`,
    );
  }
  const { apiKey, authToken, credentials } = options;
  if (typeof apiKey === 'function') return { kind: 'apiKeyFunction', get: apiKey };
  if (credentials != null) {
    if (typeof credentials !== 'function')
      throw wrongType('credentials', 'a function returning { token, expiresAt }', credentials);
    return { kind: 'credentials', provider: credentials };
  }
  if (apiKey != null) return { kind: 'apiKey', value: checkedSecret('apiKey', apiKey) };
  if (authToken != null) return { kind: 'authToken', value: checkedSecret('authToken', authToken) };
  const envKey = apiKey === null ? undefined : readEnv('ANTHROPIC_API_KEY');
  const envToken = authToken === null ? undefined : readEnv('ANTHROPIC_AUTH_TOKEN');
  if (envKey && envToken && !warnedBothEnv) {
    warnedBothEnv = true;
    logger.warn('Both ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are set; using ANTHROPIC_API_KEY.');
  }
  if (envKey) return { kind: 'apiKey', value: checkedSecret('ANTHROPIC_API_KEY', envKey) };
  if (envToken) return { kind: 'authToken', value: checkedSecret('ANTHROPIC_AUTH_TOKEN', envToken) };
  return undefined;
}

/**
 * A key or token as sent in `Authorization: Bearer …`: a non-empty string of header-safe characters.
 * The message names the option and what is wrong, never the value.
 *
 * @example
 * checkedSecret('apiKey', 'sk-ant-…\n'); // AnthropicError: apiKey contains a line break or control character …
 */
export function checkedSecret(name: string, value: unknown): string {
  if (typeof value !== 'string') throw wrongType(name, 'a string', value);
  if (value === '') throw new AnthropicError(`${name} is an empty string; pass the key itself, or leave it out.`);
  if (!/^[\x20-\x7e\x80-\xff]*$/.test(value)) {
    throw new AnthropicError(
      `${name} contains a line break or control character, which cannot be sent in a header (a stray newline read from a file?); the value is not shown.`,
    );
  }
  return value;
}

function wrongType(name: string, expected: string, value: unknown): AnthropicError {
  return new AnthropicError(`${name} must be ${expected}; received ${value === null ? 'null' : typeof value}.`);
}
