import { listModels } from '@anth/messages';
import type { ExampleContext } from './context.js';

/** Every model, walking pages of two to show auto-pagination. */
export async function listAllModels({ client, print }: ExampleContext): Promise<void> {
  const ids: string[] = [];
  for await (const model of listModels(client, { limit: 2 })) ids.push(model.id);
  print(`models (${ids.length}): ${ids.join(', ')}`);
}
