/**
 * Test helper (not exported): a `fetch` replacement that records every request it is given and
 * answers with `handler`. Tests assert on `requests`, never on patched globals.
 *
 * @example
 * const { fetch, requests } = recordingFetch(() => Response.json({ ok: true }));
 * const client = new Anthropic({ apiKey: 'k', fetch });
 */
export function recordingFetch(
  handler: (request: Request, index: number) => Response | Promise<Response> = () => jsonResponse({ ok: true }),
): {
  fetch: typeof fetch;
  requests: Request[];
} {
  const requests: Request[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    requests.push(request);
    return handler(request, requests.length - 1);
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

/** A JSON response with the given status and headers. */
export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

/** The API's error body for `status`, as the real API sends it. */
export function errorResponse(
  status: number,
  init: { type?: string; message?: string; headers?: Record<string, string> } = {},
): Response {
  return jsonResponse(
    {
      type: 'error',
      error: { type: init.type ?? 'api_error', message: init.message ?? `failure ${status}` },
      request_id: 'req_body',
    },
    { status, headers: init.headers },
  );
}

/** A logger that records every line by level. */
export function recordingLogger(): {
  logger: {
    error: (...args: unknown[]) => void;
    warn: (...args: unknown[]) => void;
    info: (...args: unknown[]) => void;
    debug: (...args: unknown[]) => void;
  };
  lines: Array<{ level: string; args: unknown[] }>;
} {
  const lines: Array<{ level: string; args: unknown[] }> = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push({ level, args });
  return { logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') }, lines };
}
