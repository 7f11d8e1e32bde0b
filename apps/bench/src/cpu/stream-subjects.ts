import { createMessageStream, Messages, streamMessage } from '@anth/messages';
import type { SseFacts } from '../loopback/sse-body.js';
import { benchClients } from './clients.js';
import { floorStreamEvents } from './floor.js';
import type { CpuSubject } from './measure-cpu.js';
import { PARAMS } from './request-params.js';
import { expectEventCount, expectFinalMessage } from './verify.js';

/** Counts what an async iterable yields, touching nothing else. */
async function count(iterable: AsyncIterable<unknown>): Promise<number> {
  let events = 0;
  for await (const _event of iterable) events++;
  return events;
}

/**
 * The big SSE reply, iterated raw to the end: fetch-event-stream + JSON.parse, official
 * `messages.create({ stream: true })`, @anth `createMessageStream`.
 *
 * @example
 * await measureCpu(rawStreamSubjects(server.url, server.sse), plan.sse);
 */
export function rawStreamSubjects(baseURL: string, facts: SseFacts): CpuSubject[] {
  const { official, anth } = benchClients(baseURL);
  const verify = expectEventCount(facts);
  return [
    { name: 'floor', run: () => floorStreamEvents(baseURL, PARAMS), verify },
    { name: 'official', run: async () => count(await official.messages.create({ ...PARAMS, stream: true })), verify },
    { name: 'anth', run: async () => count(await createMessageStream(anth, PARAMS)), verify },
  ];
}

/**
 * The big SSE reply accumulated into its final message: the floor (fetch-event-stream alone, no
 * accumulation), official `messages.stream().finalMessage()`, @anth `streamMessage(...)` and
 * `new Messages(client).stream(...)`, each `.finalMessage()`.
 *
 * @example
 * await measureCpu(finalMessageSubjects(server.url, server.sse), plan.streamFinal);
 */
export function finalMessageSubjects(baseURL: string, facts: SseFacts): CpuSubject[] {
  const { official, anth } = benchClients(baseURL);
  const messages = new Messages(anth);
  const verify = expectFinalMessage(facts);
  return [
    { name: 'floor', run: () => floorStreamEvents(baseURL, PARAMS), verify: expectEventCount(facts) },
    { name: 'official', run: () => official.messages.stream(PARAMS).finalMessage(), verify },
    { name: 'anth fn', run: () => streamMessage(anth, PARAMS).finalMessage(), verify },
    { name: 'anth class', run: () => messages.stream(PARAMS).finalMessage(), verify },
  ];
}
