// Where a JSON text first goes wrong, as a line and column. JSON.parse's own messages are not
// fit for users and, in Node 20, often give no position at all ("Unexpected token '}', ... is
// not valid JSON"), so after it fails this small scanner finds the place.

import { ImportFormatError } from './importError.js';
import { positionOf, type TextPosition } from './textPosition.js';

export type { TextPosition };

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super('invalid JSON');
  }
}

/** The position of the first error; undefined when the text is valid JSON. */
export function findJsonError(text: string): TextPosition | undefined {
  try {
    const scanner = new Scanner(text);
    scanner.document();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return positionOf(text, error.offset);
    if (error instanceof RangeError) return positionOf(text, 0); // nested too deep to scan
    throw error;
  }
}

class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.space();
    if (this.at < this.text.length) this.fail();
  }

  private fail(): never {
    throw new JsonSyntaxError(this.at);
  }

  private space(): void {
    while (/[ \t\r\n]/.test(this.text.charAt(this.at))) this.at++;
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.fail();
    this.at++;
  }

  private value(): void {
    this.space();
    const c = this.text.charAt(this.at);
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.fail();
  }

  private object(): void {
    this.expect('{');
    this.space();
    if (this.text[this.at] === '}') return void this.at++;
    for (;;) {
      this.space();
      this.string();
      this.space();
      this.expect(':');
      this.value();
      this.space();
      if (this.text[this.at] === '}') return void this.at++;
      this.expect(',');
    }
  }

  private array(): void {
    this.expect('[');
    this.space();
    if (this.text[this.at] === ']') return void this.at++;
    for (;;) {
      this.value();
      this.space();
      if (this.text[this.at] === ']') return void this.at++;
      this.expect(',');
    }
  }

  private string(): void {
    this.expect('"');
    for (;;) {
      const c = this.text.charAt(this.at);
      if (c === '' || c < ' ') this.fail();
      this.at++;
      if (c === '"') return;
      if (c === '\\') {
        const escape = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(this.text.slice(this.at, this.at + 5));
        if (!escape) this.fail();
        this.at += escape[0].length;
      }
    }
  }

  private number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 400));
    if (!match) this.fail();
    this.at += match[0].length;
  }
}

/** A file's JSON text parsed; refused as an ImportFormatError naming the file, and the line and column where it goes wrong. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const at = findJsonError(text);
    throw new ImportFormatError({ file }, at ? `not valid JSON at line ${at.line} column ${at.column}` : 'not valid JSON');
  }
}
