import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { encodeEventStreamFrame } from './encode-event-stream-frame.js';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

describe('crc32', () => {
  it('matches the standard check value and the empty input', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('encodeEventStreamFrame', () => {
  it('encodes the empty message of the AWS event stream test vectors byte for byte', () => {
    expect(hex(encodeEventStreamFrame({ headers: {}, payload: new Uint8Array() }))).toBe(
      '000000100000000005c248eb7d98c8ff',
    );
  });

  it('lays out prelude, string headers, payload and both checksums', () => {
    const payload = new TextEncoder().encode('{"foo":"bar"}');
    const frame = encodeEventStreamFrame({ headers: { ':message-type': 'event' }, payload });
    const view = new DataView(frame.buffer);
    const headerBytes = 1 + ':message-type'.length + 1 + 2 + 'event'.length;
    expect(view.getUint32(0)).toBe(frame.length);
    expect(frame.length).toBe(12 + headerBytes + payload.length + 4);
    expect(view.getUint32(4)).toBe(headerBytes);
    expect(view.getUint32(8)).toBe(crc32(frame.subarray(0, 8)));
    expect(frame[12]).toBe(':message-type'.length);
    expect(new TextDecoder().decode(frame.subarray(13, 13 + 13))).toBe(':message-type');
    expect(frame[26]).toBe(7);
    expect(view.getUint16(27)).toBe(5);
    expect(new TextDecoder().decode(frame.subarray(29, 34))).toBe('event');
    expect(new TextDecoder().decode(frame.subarray(34, 34 + payload.length))).toBe('{"foo":"bar"}');
    expect(view.getUint32(frame.length - 4)).toBe(crc32(frame.subarray(0, frame.length - 4)));
  });
});
