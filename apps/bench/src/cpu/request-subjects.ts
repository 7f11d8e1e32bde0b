import { createMessage, Messages } from '@anth/messages';
import { benchClients } from './clients.js';
import { floorCreate } from './floor.js';
import type { CpuSubject } from './measure-cpu.js';
import { PARAMS } from './request-params.js';
import { expectSmallMessage } from './verify.js';

/**
 * One non-streaming create each: plain fetch + JSON.parse, official `client.messages.create`,
 * @anth `createMessage(client, params)` and @anth `new Messages(client).create(params)` (the
 * `Messages` built once, as a user keeps it).
 *
 * @example
 * await measureCpu(requestSubjects(server.url), plan.sequential);
 */
export function requestSubjects(baseURL: string): CpuSubject[] {
  const { official, anth } = benchClients(baseURL);
  const messages = new Messages(anth);
  const verify = expectSmallMessage;
  return [
    { name: 'floor', run: () => floorCreate(baseURL, PARAMS), verify },
    { name: 'official', run: () => official.messages.create(PARAMS), verify },
    { name: 'anth fn', run: () => createMessage(anth, PARAMS), verify },
    { name: 'anth class', run: () => messages.create(PARAMS), verify },
  ];
}
