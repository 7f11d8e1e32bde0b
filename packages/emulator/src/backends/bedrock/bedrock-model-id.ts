/**
 * The first-party model id behind a Bedrock model id, inference profile or ARN:
 * `us.anthropic.claude-sonnet-4-5-20250929-v1:0` and
 * `arn:aws:bedrock:us-east-2:1234:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0`
 * name `claude-sonnet-4-5-20250929` and `claude-3-7-sonnet-20250219`. Ids that are not Anthropic
 * models come back unchanged (and then match no model).
 *
 * @example
 * toFirstPartyModelId('anthropic.claude-3-haiku-20240307-v1:0'); // 'claude-3-haiku-20240307'
 */
export function toFirstPartyModelId(bedrockModelId: string): string {
  const resource = bedrockModelId.slice(bedrockModelId.lastIndexOf('/') + 1);
  const match = /^(?:[a-z]{2,6}\.)?anthropic\.(.+?)(?:-v\d+(?::\d+)?)?$/.exec(resource);
  return match?.[1] ?? resource;
}
