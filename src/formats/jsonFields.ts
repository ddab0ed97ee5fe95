// The fields of one object in a JSON document, read with the JSON path they sit at, so that the
// first problem found says where it is ("contacts[3].birthday"): the reader of journal documents
// (journalValidation.ts) checks every field through these.
import { isDay, isValidDate } from '../domain/calendar.js';
import { DURATION_FORMS, formatDuration, tryParseDuration } from '../domain/duration.js';
import { ImportFormatError, quoteValue } from './importError.js';

type JsonObject = Record<string, unknown>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEARLESS = /^--(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isYearless(text: string): boolean {
  const m = YEARLESS.exec(text);
  return m !== null && isValidDate(2000, Number(m[1]), Number(m[2]));
}

/** One object's fields, read with the path for messages. */
export class Fields {
  constructor(
    private readonly object: JsonObject,
    readonly path: string,
    private readonly file: string,
  ) {}

  fail(key: string, problem: string): never {
    throw new ImportFormatError({ file: this.file, field: `${this.path}${this.path ? '.' : ''}${key}` }, problem);
  }

  raw(key: string): unknown {
    return this.object[key];
  }

  private present(key: string): unknown {
    const value = this.object[key];
    if (value === undefined) this.fail(key, 'is missing');
    return value;
  }

  id(key: string): number {
    const value = this.present(key);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) this.fail(key, `${JSON.stringify(value)} is not an id (a whole number from 1)`);
    return value;
  }

  optionalId(key: string): number | null {
    return this.object[key] == null ? null : this.id(key);
  }

  /** A reference to a person, { id, name }: its id. */
  ref(key: string): number {
    return this.at(key).id('id');
  }

  optionalRef(key: string): number | null {
    return this.object[key] == null ? null : this.ref(key);
  }

  /** The people of a conversation: at least one, none twice. */
  people(key: string): number[] {
    const people = this.list(key);
    if (people.length === 0) this.fail(key, 'must name at least one person');
    const ids = people.map((p) => p.id('id'));
    ids.forEach((id, n) => {
      if (ids.indexOf(id) !== n) this.fail(`${key}[${n}].id`, `${id} is named twice`);
    });
    return ids;
  }

  /** A nested object's fields. */
  at(key: string): Fields {
    return objectFields(this.present(key), `${this.path}${this.path ? '.' : ''}${key}`, this.file);
  }

  /** Non-empty text; `problemOf` says what is wrong with one (as the command line would refuse it). */
  text(key: string, problemOf: (text: string) => string | undefined = () => undefined): string {
    const value = this.present(key);
    if (typeof value !== 'string' || value.trim() === '') this.fail(key, 'must be non-empty text');
    const problem = problemOf(value);
    if (problem !== undefined) this.fail(key, `${quoteValue(value)} ${problem}`);
    return value;
  }

  optionalText(key: string): string | null {
    const value = this.object[key];
    if (value == null) return null;
    if (typeof value !== 'string') this.fail(key, 'must be text or null');
    return value;
  }

  /** A whole number, or null when left out. */
  optionalNumber(key: string): number | null {
    const value = this.object[key];
    if (value == null) return null;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) this.fail(key, `${JSON.stringify(value)} is not a whole number`);
    return value;
  }

  flag(key: string): boolean {
    const value = this.object[key] ?? false;
    if (typeof value !== 'boolean') this.fail(key, 'must be true or false');
    return value;
  }

  /** A list of non-empty texts; `problemOf` says what is wrong with one (as the command line would refuse it). */
  texts(key: string, problemOf: (text: string) => string | undefined = () => undefined): string[] {
    const value = this.object[key] ?? [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) this.fail(key, 'must be a list of non-empty texts');
    (value as string[]).forEach((text, n) => {
      const problem = problemOf(text);
      if (problem !== undefined) this.fail(`${key}[${n}]`, `${quoteValue(text)} ${problem}`);
    });
    return value as string[];
  }

  /** A whole number from 0; 0 when left out. */
  count(key: string): number {
    const value = this.object[key] ?? 0;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) this.fail(key, `${JSON.stringify(value)} is not a whole number from 0`);
    return value;
  }

  /** A text matching one of the stored date forms: day, and the others allowed. */
  date(key: string, forms: { month?: boolean; yearless?: boolean; optional?: boolean }): string | null {
    const value = forms.optional ? this.optionalText(key) : this.text(key);
    if (value === null) return null;
    if (isDay(value) || (forms.month && MONTH.test(value)) || (forms.yearless && isYearless(value))) return value;
    const expected = ['YYYY-MM-DD', forms.month ? 'YYYY-MM' : '', forms.yearless ? '--MM-DD' : ''].filter(Boolean).join(', ');
    this.fail(key, `${quoteValue(value)} is not a date; expected ${expected}`);
  }

  instant(key: string): string {
    const value = this.text(key);
    if (!INSTANT.test(value) || Number.isNaN(Date.parse(value))) this.fail(key, `${quoteValue(value)} is not a time (ISO 8601, as 2025-01-31T09:30:00.000Z)`);
    return value;
  }

  /** A duration in the form rel stores (`monthly` and `2 weeks` are read as `1m` and `2w`, as the flags read them). */
  duration(key: string, optional: boolean): string | null {
    const value = optional ? this.optionalText(key) : this.text(key);
    if (value === null) return null;
    const duration = tryParseDuration(value);
    if (duration === undefined) this.fail(key, `${quoteValue(value)} is not a duration; use ${DURATION_FORMS}`);
    return formatDuration(duration);
  }

  oneOf(key: string, allowed: readonly string[]): string | null {
    const value = this.optionalText(key);
    if (value !== null && !allowed.includes(value)) this.fail(key, `${quoteValue(value)} is not one of ${allowed.join(', ')}`);
    return value;
  }

  /** An object of text values, keys sorted (settings). */
  textMap(key: string): Record<string, string> {
    const value = this.object[key] ?? {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(key, 'must be an object');
    const result: Record<string, string> = {};
    for (const name of Object.keys(value).sort()) {
      const text = (value as JsonObject)[name];
      if (typeof text !== 'string') this.fail(`${key}.${name}`, 'must be text');
      result[name] = text;
    }
    return result;
  }

  list(key: string): Fields[] {
    const value = this.object[key] ?? [];
    if (!Array.isArray(value)) this.fail(key, 'must be a list');
    return value.map((item, index) => objectFields(item, `${this.path}${this.path ? '.' : ''}${key}[${index}]`, this.file));
  }
}

/** `value` as an object's fields, or the problem at `path` when it is no object. */
export function objectFields(value: unknown, path: string, file: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ImportFormatError({ file, field: path || undefined }, 'must be an object');
  return new Fields(value as JsonObject, path, file);
}
