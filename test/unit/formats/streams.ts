// Test sinks for the streaming writers.
import { Writable } from 'node:stream';

/** Collects everything written, as text. */
export class TextSink extends Writable {
  text = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    callback();
  }
}

/** A reader slower than the writer: takes each chunk on a later turn and records the most ever buffered. */
export class SlowSink extends Writable {
  bytes = 0;
  maxBuffered = 0;

  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.bytes += chunk.length;
    setImmediate(callback);
  }
}
