import { expectSmallMessage } from '../cpu/verify.js';
import type { ChildSubject } from './measure-children.js';

/**
 * The three cold-start scripts of `prefix` (`cold-start` or `bedrock-cold-start`): floor, official
 * and @anth, each checked to have received the small reply.
 *
 * @example
 * measureChildren(coldStartSubjects('bedrock-cold-start'), plan.bedrockColdStart, how);
 */
export function coldStartSubjects(prefix: 'cold-start' | 'bedrock-cold-start'): ChildSubject[] {
  const verify = (report: Record<string, unknown>) => expectSmallMessage(report);
  return [
    { name: 'floor', script: `${prefix}-floor.mjs`, verify },
    { name: 'official', script: `${prefix}-official.mjs`, verify },
    { name: 'anth', script: `${prefix}-anth.mjs`, verify },
  ];
}

/**
 * The three batch-results scripts, each checked to have read all `lines` results.
 *
 * @example
 * measureChildren(batchResultsSubjects(100_000), plan.batch, how);
 */
export function batchResultsSubjects(lines: number): ChildSubject[] {
  const verify = (report: Record<string, unknown>) => {
    if (report['count'] !== lines) throw new Error(`expected ${lines} results, got ${String(report['count'])}`);
  };
  return [
    { name: 'floor', script: 'batch-results-floor.mjs', verify },
    { name: 'official', script: 'batch-results-official.mjs', verify },
    { name: 'anth', script: 'batch-results-anth.mjs', verify },
  ];
}
