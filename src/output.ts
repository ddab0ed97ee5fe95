// Where a command writes: stdout or stderr as rel sets them up (src/stdout.ts), or a test's buffer.
export interface Output {
  /** Text, or whole UTF-8 (ByteChunks' chunks). */
  write(text: string | Uint8Array): unknown;
  /** The stream behind it, for writers that wait for it to drain (exports); absent in tests. */
  readonly stream?: NodeJS.WritableStream;
  /** How many columns wide the terminal is, when it is one (a tty.WriteStream's `columns`). */
  readonly columns?: number;
}

/** A long listing is written in chunks of about this many bytes. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Text gathered into chunks of UTF-8, each piece encoded as it is added. Joining thousands of
 * small strings and encoding the joined one costs about ten times as much: V8 first copies the
 * chain of joins into one string (BENCHMARKS.md). A chunk ends between pieces, so each is whole
 * UTF-8, and each is a new buffer: a stream may hold it after it is taken.
 */
export class ByteChunks {
  private bytes = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private done: Buffer[] = [];

  add(text: string): void {
    const free = this.bytes.length - this.used;
    // A UTF-16 unit takes at most three bytes; only a piece that may not fit is measured.
    if (text.length * 3 > free && Buffer.byteLength(text) > free) {
      this.seal();
      if (Buffer.byteLength(text) > this.bytes.length) {
        this.done.push(Buffer.from(text));
        return;
      }
    }
    this.used += this.bytes.write(text, this.used);
  }

  /** Whether a chunk is full and waiting to be taken. */
  get full(): boolean {
    return this.done.length > 0;
  }

  /** The full chunks; with `all`, the one being filled too. */
  take(all = false): Buffer[] {
    if (all) this.seal();
    const chunks = this.done;
    this.done = [];
    return chunks;
  }

  private seal(): void {
    if (this.used === 0) return;
    this.done.push(this.bytes.subarray(0, this.used));
    this.bytes = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }
}
