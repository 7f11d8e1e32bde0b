import { expect, it } from 'vitest';
import * as beta from './index.js';
import * as node from './node.js';

// Any change to these lists is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(beta).sort()).toMatchInlineSnapshot(`
    [
      "BetaBatches",
      "BetaMessages",
      "BetaModels",
      "BetaToolRunner",
      "Files",
      "SkillVersions",
      "Skills",
      "ToolError",
      "ToolInputError",
      "UnsupportedMCPValueError",
      "betaBatchResults",
      "betaJSONSchemaOutputFormat",
      "betaMemoryTool",
      "betaStandardSchemaOutputFormat",
      "betaStandardSchemaTool",
      "betaTool",
      "betaToolRunner",
      "betaZodOutputFormat",
      "betaZodTool",
      "cancelBetaBatch",
      "countBetaTokens",
      "createBetaBatch",
      "createBetaMessage",
      "createSkill",
      "createSkillVersion",
      "deleteBetaBatch",
      "deleteFile",
      "deleteSkill",
      "deleteSkillVersion",
      "downloadFile",
      "downloadSkillVersion",
      "listBetaBatches",
      "listBetaModels",
      "listFiles",
      "listSkillVersions",
      "listSkills",
      "mcpContent",
      "mcpMessage",
      "mcpMessages",
      "mcpResourceToContent",
      "mcpResourceToFile",
      "mcpTool",
      "mcpTools",
      "parseBetaMessage",
      "retrieveBetaBatch",
      "retrieveBetaModel",
      "retrieveFileMetadata",
      "retrieveSkill",
      "retrieveSkillVersion",
      "streamBetaMessage",
      "uploadFile",
      "waitForBetaBatch",
    ]
  `);
});

it('the node entry exports exactly these runtime names', () => {
  expect(Object.keys(node).sort()).toMatchInlineSnapshot(`
    [
      "LocalFilesystemMemoryTool",
      "fileFromPath",
      "skillFilesFromDirectory",
    ]
  `);
});
