import { crc32 } from './crc32.js';

/** One event stream frame: string headers (value type 7) and a binary payload. */
export interface EventStreamFrame {
  headers: Readonly<Record<string, string>>;
  payload: Uint8Array;
}

const STRING_HEADER_TYPE = 7;
const PRELUDE_LENGTH = 12;
const CHECKSUM_LENGTH = 4;

/**
 * Encodes a frame of `application/vnd.amazon.eventstream` (all integers big-endian):
 * `[total_len u32][headers_len u32][prelude_crc u32][headers][payload][message_crc u32]`, each header
 * `[name_len u8][name][type u8 = 7][value_len u16][value]`.
 *
 * @example
 * encodeEventStreamFrame({ headers: { ':message-type': 'event', ':event-type': 'chunk' }, payload });
 */
export function encodeEventStreamFrame(frame: EventStreamFrame): Uint8Array {
  const encoder = new TextEncoder();
  const headerParts: Uint8Array[] = [];
  for (const [name, value] of Object.entries(frame.headers)) {
    const nameBytes = encoder.encode(name);
    const valueBytes = encoder.encode(value);
    if (nameBytes.length > 255 || valueBytes.length > 65535)
      throw new RangeError(`event stream header ${name} is too long`);
    const part = new Uint8Array(1 + nameBytes.length + 1 + 2 + valueBytes.length);
    const view = new DataView(part.buffer);
    part[0] = nameBytes.length;
    part.set(nameBytes, 1);
    part[1 + nameBytes.length] = STRING_HEADER_TYPE;
    view.setUint16(2 + nameBytes.length, valueBytes.length);
    part.set(valueBytes, 4 + nameBytes.length);
    headerParts.push(part);
  }
  const headersLength = headerParts.reduce((sum, part) => sum + part.length, 0);
  const totalLength = PRELUDE_LENGTH + headersLength + frame.payload.length + CHECKSUM_LENGTH;
  const bytes = new Uint8Array(totalLength);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, totalLength);
  view.setUint32(4, headersLength);
  view.setUint32(8, crc32(bytes.subarray(0, 8)));
  let offset = PRELUDE_LENGTH;
  for (const part of headerParts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  bytes.set(frame.payload, offset);
  view.setUint32(totalLength - CHECKSUM_LENGTH, crc32(bytes.subarray(0, totalLength - CHECKSUM_LENGTH)));
  return bytes;
}
