import { Anthropic, listPage, type ModelInfo } from '@anth/core';
import { Models } from '@anth/messages';

const client = new Anthropic();
const models = new Models(client);

// Every item of every page, fetched as the loop goes.
for await (const model of models.list({ limit: 3 })) console.log(model.id);

// One page at a time.
let page = await models.list({ limit: 3 });
console.log(`first page: ${page.data.length} models, more: ${page.has_more}`);
while (page.hasNextPage()) page = await page.getNextPage();

// An endpoint without a helper: the client's verbs, and listPage instead of client.getAPIList.
const model = await client.get<ModelInfo>('/v1/models/claude-opus-4-6');
console.log(`retrieved: ${model.display_name}`);
for await (const each of listPage<ModelInfo>(client, '/v1/models')) console.log(`listed: ${each.id}`);
