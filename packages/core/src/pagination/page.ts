import type { Anthropic } from '../client/anthropic.js';
import type { FinalRequestOptions, RequestOptions } from '../client/options.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIPromise } from '../transport/api-promise.js';
import { parseJSONResponse } from '../transport/parse-json-response.js';

/** Builds a page from a response body and the request that fetched it. */
export type PageConstructor<Item, PageType extends BasePage<Item> = BasePage<Item>> = new (
  client: Anthropic,
  body: unknown,
  options: FinalRequestOptions,
) => PageType;

/**
 * What every pagination style shares: the items, and how to ask for the next page. `for await` over a
 * page walks its items and those of every later page.
 *
 * @example
 * let page: BasePage<ModelInfo> = await listModels(client, { limit: 20 });
 * while (page.hasNextPage()) page = await page.getNextPage();
 */
export abstract class BasePage<Item> implements AsyncIterable<Item> {
  /** The items of this page. */
  data: Item[];
  protected readonly client: Anthropic;
  protected readonly options: FinalRequestOptions;

  constructor(client: Anthropic, body: unknown, options: FinalRequestOptions) {
    this.client = client;
    this.options = options;
    const items = (body as { data?: unknown } | null)?.data;
    this.data = Array.isArray(items) ? items : [];
  }

  /** The request for the next page, or `null` on the last page. */
  protected abstract nextPageQuery(): Record<string, unknown> | null;

  /** The items of this page. */
  getPaginatedItems(): Item[] {
    return this.data;
  }

  /** True when another page can be fetched. */
  hasNextPage(): boolean {
    return this.data.length > 0 && this.nextPageQuery() !== null;
  }

  /** Fetches the next page; throws `AnthropicError` on the last page (check {@link hasNextPage}). */
  getNextPage(): PagePromise<Item, this> {
    const query = this.hasNextPage() && this.nextPageQuery();
    if (!query) throw new AnthropicError('No next page: check hasNextPage() before calling getNextPage().');
    const options = { ...this.options, query: { ...this.options.query, ...query } };
    return requestPage(this.client, options, this.constructor as PageConstructor<Item, this>);
  }

  /** This page and every later one, fetched as the loop asks. */
  async *iterPages(): AsyncGenerator<BasePage<Item>> {
    let page: BasePage<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** This page's items, then those of every later page (fetched as the loop reaches them). */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    for await (const page of this.iterPages()) yield* page.getPaginatedItems();
  }
}

/**
 * `before_id` / `after_id` pages (models, batches, files). The walking direction is the original
 * request's: backwards from `first_id` if it had `before_id`, else forwards from `last_id`.
 *
 * @example
 * for await (const model of listModels(client)) console.log(model.id);
 */
export class Page<Item> extends BasePage<Item> {
  /** More items exist past this page (a missing field counts as false). */
  has_more: boolean;
  /** Cursor of the first item, for walking backwards. */
  first_id: string | null;
  /** Cursor of the last item, for walking forwards. */
  last_id: string | null;

  constructor(client: Anthropic, body: unknown, options: FinalRequestOptions) {
    super(client, body, options);
    const { has_more, first_id, last_id } = (body ?? {}) as Record<string, unknown>;
    this.has_more = has_more === true;
    this.first_id = stringOrNull(first_id);
    this.last_id = stringOrNull(last_id);
  }

  protected nextPageQuery(): Record<string, unknown> | null {
    const backwards = this.options.query?.['before_id'] !== undefined;
    const cursor = backwards ? this.first_id : this.last_id;
    return this.has_more && cursor ? { [backwards ? 'before_id' : 'after_id']: cursor } : null;
  }
}

/**
 * `page` / `next_page` cursor pages (skills, skill versions).
 *
 * @example
 * const first = await listSkills(client, { limit: 10 }); // a CursorPage<Skill>
 * if (first.next_page) console.log('more after', first.next_page);
 */
export class CursorPage<Item> extends BasePage<Item> {
  /** Cursor for the next page, `null` on the last one. */
  next_page: string | null;

  constructor(client: Anthropic, body: unknown, options: FinalRequestOptions) {
    super(client, body, options);
    this.next_page = stringOrNull((body as { next_page?: unknown } | null)?.next_page) || null;
  }

  protected nextPageQuery(): Record<string, unknown> | null {
    return this.next_page ? { page: this.next_page } : null;
  }
}

/**
 * A pending list call: `await` it for the first page, or `for await` over it for every item of every page.
 *
 * @example
 * const firstPage = await listModels(client);            // one request
 * for await (const model of listModels(client)) console.log(model.id); // every page, fetched as needed
 */
export class PagePromise<Item, PageType extends BasePage<Item> = Page<Item>>
  extends APIPromise<PageType>
  implements AsyncIterable<Item>
{
  /** Every item of every page, fetching the next page when this one is used up. */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const page = await this;
    yield* page;
  }
}

/**
 * `GET path`, paginated: await it for the first page, or `for await` over it for every item of every
 * page. A core function rather than a client method, so a client that never lists carries no page
 * code. `PageClass` is the pagination style: {@link Page} (`before_id`/`after_id`, the default) or
 * {@link CursorPage} (`page`/`next_page`).
 *
 * @example
 * for await (const model of listPage<ModelInfo>(client, '/v1/models', { query: { limit: 20 } })) console.log(model.id);
 */
export function listPage<Item, PageType extends BasePage<Item> = Page<Item>>(
  client: Anthropic,
  path: string,
  options: RequestOptions & { query?: Record<string, unknown> | undefined; betas?: readonly string[] | undefined } = {},
  PageClass: PageConstructor<Item, PageType> = Page as unknown as PageConstructor<Item, PageType>,
): PagePromise<Item, PageType> {
  return requestPage(client, { ...options, method: 'get', path }, PageClass);
}

function requestPage<Item, PageType extends BasePage<Item>>(
  client: Anthropic,
  options: FinalRequestOptions,
  PageClass: PageConstructor<Item, PageType>,
): PagePromise<Item, PageType> {
  const parsePage = async (props: Parameters<typeof parseJSONResponse>[0]) =>
    new PageClass(client, await parseJSONResponse<unknown>(props), options);
  return new PagePromise<Item, PageType>(client.request(options, parsePage));
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
