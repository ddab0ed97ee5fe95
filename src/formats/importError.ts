// The one error every reader in src/formats throws for bad input: it names the file, the line
// (when the format has lines) and the field, so `rel import` can say exactly what to fix (SPEC §6).
import { RelError } from '../errors.js';

export interface ImportErrorPlace {
  /** The file as the user named it ("contacts.vcf", "stdin"). */
  file: string;
  /** 1-based line where the problem is, when the format has lines. */
  line?: number;
  /** The property, column or JSON path ("BDAY", "Birthday", "contacts[3].birthday"). */
  field?: string;
}

export class ImportFormatError extends RelError {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  /** What is wrong, without the place: `"1980-13-45" is not a date`. */
  readonly problem: string;

  constructor(place: ImportErrorPlace, problem: string) {
    super(`${describePlace(place)}: ${problem}`);
    this.file = place.file;
    this.line = place.line;
    this.field = place.field;
    this.problem = problem;
  }
}

/** `contacts.vcf line 12, field BDAY` */
export function describePlace(place: ImportErrorPlace): string {
  const line = place.line === undefined ? '' : ` line ${place.line}`;
  const field = place.field === undefined ? '' : `, field ${place.field}`;
  return `${place.file}${line}${field}`;
}

/** Quotes a bad value for a message, cut short so one line stays one line. */
export function quoteValue(value: string, max = 60): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

/**
 * Something an importer could not read and left out (a field, a property line, a record), with
 * where and why: `rel import` lists every one and imports the rest, or with --strict refuses the
 * file (SPEC §3).
 */
export interface ImportWarning extends ImportErrorPlace {
  problem: string;
}

/** How a reader reports a warning. */
export type Warn = (place: ImportErrorPlace, problem: string) => void;

/** `contacts.vcf line 12, field BDAY: "1980-13-45" is not a date; …` */
export function describeWarning(warning: ImportWarning): string {
  return `${describePlace(warning)}: ${warning.problem}`;
}
