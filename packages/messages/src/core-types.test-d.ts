// Type-level checks (run by `tsc -p tsconfig.json`): a user of @anth/messages imports the types of its
// signatures from it, and they are @anth/core's very types (not copies that drift).
import type * as core from '@anth/core';
import { expectTypeOf } from 'vitest';
import type { Message, MessageCreateParams, MessageStreamParams, RawMessageStreamEvent } from './index.js';
import { createMessage } from './index.js';

expectTypeOf<Message>().toEqualTypeOf<core.Message>();
expectTypeOf<MessageCreateParams>().toEqualTypeOf<core.MessageCreateParams>();
expectTypeOf<MessageStreamParams>().toEqualTypeOf<core.MessageStreamParams>();
expectTypeOf<RawMessageStreamEvent>().toEqualTypeOf<core.RawMessageStreamEvent>();
expectTypeOf(createMessage).returns.resolves.toExtend<Message>();
