import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { composeMiddleware, type Middleware, type MiddlewareContext } from './middleware.js';

const context: MiddlewareContext = { options: { method: 'get', path: '/v1/models' }, retryCount: 1, maxRetries: 2 };

describe('composeMiddleware', () => {
  it('calls the terminal directly with no middleware', async () => {
    const response = new Response('x');
    const chain = composeMiddleware([], async () => response, context);
    expect(await chain(new Request('http://a.test/'))).toBe(response);
  });

  it('runs the first middleware outermost and passes the context to each', async () => {
    const order: string[] = [];
    const layer =
      (name: string): Middleware =>
      async (request, next, seen) => {
        expect(seen).toBe(context);
        order.push(`${name}:in`);
        const response = await next(request);
        order.push(`${name}:out`);
        return response;
      };
    const chain = composeMiddleware(
      [layer('outer'), layer('inner')],
      async () => {
        order.push('fetch');
        return new Response('');
      },
      context,
    );
    await chain(new Request('http://a.test/'));
    expect(order).toEqual(['outer:in', 'inner:in', 'fetch', 'inner:out', 'outer:out']);
  });

  it('hands the terminal the request a middleware forwarded', async () => {
    let received: Request | undefined;
    const replace: Middleware = (request, next) => next(new Request(`${request.url}v2`, request));
    const chain = composeMiddleware(
      [replace],
      async (request) => {
        received = request;
        return new Response('');
      },
      context,
    );
    await chain(new Request('http://a.test/'));
    expect(received?.url).toBe('http://a.test/v2');
  });

  it('returns the response of a middleware that does not call next', async () => {
    let terminalCalls = 0;
    const mocked = new Response('mock');
    const chain = composeMiddleware(
      [async () => mocked],
      async () => {
        terminalCalls += 1;
        return new Response('');
      },
      context,
    );
    expect(await chain(new Request('http://a.test/'))).toBe(mocked);
    expect(terminalCalls).toBe(0);
  });

  it('rejects a second next() with an AnthropicError, without calling the terminal twice', async () => {
    let terminalCalls = 0;
    let second: unknown;
    const twice: Middleware = async (request, next) => {
      const first = await next(request);
      second = await next(request).catch((error: unknown) => error);
      return first;
    };
    const chain = composeMiddleware(
      [twice],
      async () => {
        terminalCalls += 1;
        return new Response('');
      },
      context,
    );
    await chain(new Request('http://a.test/'));
    expect(terminalCalls).toBe(1);
    expect(second).toBeInstanceOf(AnthropicError);
    expect((second as Error).message).toMatch(/next\(\) more than once/);
  });

  it('gives each invocation of the chain a fresh next (a retry may call next again)', async () => {
    let terminalCalls = 0;
    const chain = composeMiddleware(
      [(request, next) => next(request)],
      async () => {
        terminalCalls += 1;
        return new Response('');
      },
      context,
    );
    await chain(new Request('http://a.test/'));
    await chain(new Request('http://a.test/'));
    expect(terminalCalls).toBe(2);
  });
});
