const SECRET_HEADERS = ['authorization', 'api-key', 'x-api-key', 'cookie', 'set-cookie', 'x-amz-security-token'];

/** A plain copy of `headers` for logs, with credential values replaced by `***`. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    copy[name] = SECRET_HEADERS.includes(name.toLowerCase()) ? '***' : value;
  });
  return copy;
}
