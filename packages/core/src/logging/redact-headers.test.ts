import { describe, expect, it } from 'vitest';
import { redactHeaders } from './redact-headers.js';

describe('redactHeaders', () => {
  it('replaces credential values with *** and keeps the rest', () => {
    const headers = new Headers({
      'X-Api-Key': 'sk-secret',
      Authorization: 'Bearer tok',
      'Api-Key': 'azure-key',
      Cookie: 'a=b',
      'X-Amz-Security-Token': 'aws-session',
      'anthropic-version': '2023-06-01',
      'x-api-key-hint': 'not secret',
    });
    expect(redactHeaders(headers)).toEqual({
      'x-api-key': '***',
      authorization: '***',
      'api-key': '***',
      cookie: '***',
      'x-amz-security-token': '***',
      'anthropic-version': '2023-06-01',
      'x-api-key-hint': 'not secret',
    });
  });

  it('redacts set-cookie on responses', () => {
    const headers = new Headers();
    headers.append('set-cookie', 'a=1');
    headers.append('set-cookie', 'b=2');
    expect(redactHeaders(headers)['set-cookie']).toBe('***');
  });

  it('does not modify the headers it is given', () => {
    const headers = new Headers({ 'x-api-key': 'sk' });
    redactHeaders(headers);
    expect(headers.get('x-api-key')).toBe('sk');
  });
});
