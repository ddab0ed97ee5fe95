// Where a command writes: stdout or stderr as rel sets them up (src/stdout.ts), or a test's buffer.
export interface Output {
  write(text: string): unknown;
  /** The stream behind it, for writers that wait for it to drain (exports); absent in tests. */
  readonly stream?: NodeJS.WritableStream;
}
