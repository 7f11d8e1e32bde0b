const SECRET_HEADERS = ['authorization', 'api-key', 'x-api-key', 'cookie', 'set-cookie', 'x-amz-security-token'];

/** A plain copy of `headers` (a `Headers` or a record) for logs, with credential values replaced by `***`. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) copy[name] = SECRET_HEADERS.includes(name.toLowerCase()) ? '***' : value;
  return copy;
}
