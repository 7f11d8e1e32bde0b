import type { Anthropic } from '@anth/core';
import type { Emulator } from '@anth/emulator';

/** What every example gets: a client, where to print, and the emulator when running offline. */
export interface ExampleContext {
  client: Anthropic;
  model: string;
  print: (line: string) => void;
  write: (text: string) => void;
  /** Present when running against the local emulator, so examples can script its replies. */
  emulator?: Emulator | undefined;
}
