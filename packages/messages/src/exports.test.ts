import { expect, it } from 'vitest';
import * as messages from './index.js';

// Any change to this list is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(messages).sort()).toMatchInlineSnapshot(`
    [
      "AI_PROMPT",
      "Completions",
      "HUMAN_PROMPT",
      "Messages",
      "Models",
      "countTokens",
      "createCompletion",
      "createMessage",
      "createMessageStream",
      "jsonSchemaOutputFormat",
      "listModels",
      "parseMessage",
      "retrieveModel",
      "streamMessage",
      "zodOutputFormat",
    ]
  `);
});
