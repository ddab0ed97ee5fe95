// The columns of a contacts CSV that its reader leaves out. Each that holds a value somewhere is
// one warning, naming the column and the lines its values are on (SPEC §3: nothing is dropped
// without a word, and --strict refuses the file); a column empty in every row says nothing. Each
// reader says which columns it reads, and which of the others are its program's bookkeeping
// (flags, the label of a value read elsewhere) that say nothing about the person.
// The scan looks once at each cell of the columns left out: a file whose columns are all read
// costs nothing more.
import type { CsvHeader, CsvRecord } from './csvRecords.js';
import type { Warn } from './importError.js';

/** A column left out: where it is in each row, and (for a few) the values that say nothing, as Outlook's Gender "Unspecified". */
export interface UnreadColumn {
  index: number;
  saysNothing?: (cell: string, cells: readonly string[]) => boolean;
}

/** What a reader does with a column, by its name (lower case, trimmed): 'silent' is left out without a warning. */
export type ColumnUse = (key: string) => 'read' | 'silent' | undefined;

/**
 * The header's columns that are neither read nor silent, and every repeat of a column read (a
 * reader takes the first); a translated header's columns by the names the reader knows them by.
 */
export function columnsLeftOut(header: CsvHeader, use: ColumnUse): UnreadColumn[] {
  return header.names.flatMap((_name, index) => {
    const key = header.keyAt(index);
    const said = use(key);
    const accounted = said === 'silent' || (said === 'read' && header.columns.get(key) === index);
    return accounted ? [] : [{ index }];
  });
}

/** How many lines a warning names before it counts the rest. */
export const NAMED_LINES = 5;

/** One warning for each column in `columns` with a value in any of `records`, at the first line that has one. */
export function warnUnreadColumns(file: string, header: CsvHeader, records: readonly CsvRecord[], columns: readonly UnreadColumn[], warn: Warn): void {
  if (columns.length === 0) return;
  // Row by row, each row's cells together: a column at a time would visit every record once per column.
  const lines = columns.map((): number[] => []);
  const counts = columns.map(() => 0);
  for (const { cells, line } of records) {
    for (let c = 0; c < columns.length; c++) {
      const { index, saysNothing } = columns[c]!;
      const cell = cells[index];
      if (cell === undefined || cell === '' || !/\S/.test(cell) || saysNothing?.(cell.trim(), cells)) continue;
      if (counts[c]! < NAMED_LINES) lines[c]!.push(line);
      counts[c]!++;
    }
  }
  columns.forEach(({ index }, c) => {
    if (counts[c]! > 0) warn({ file, line: lines[c]![0]!, field: columnName(header, index) }, `rel has no field for this column; ${valuesLeftOut(lines[c]!, counts[c]!)}`);
  });
}

/** The column as the header writes it; a column without a name by its place. */
function columnName(header: CsvHeader, index: number): string {
  const name = (header.names[index] ?? '').replace(/\s+/g, ' ').trim();
  return name === '' ? `column ${index + 1} (no name)` : name;
}

/**
 * "its value is left out", "its values on lines 2, 3 and 7 are left out", "… on lines 2, 3, 4, 5, 6
 * and 995 more …": `lines` the first NAMED_LINES of the `count` lines with a value (also for a JSON key, jsonLeftOut.ts).
 */
export function valuesLeftOut(lines: readonly number[], count: number): string {
  if (count === 1) return 'its value is left out';
  const more = count - lines.length;
  const named = more > 0 ? `${lines.join(', ')} and ${more} more` : `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
  return `its values on lines ${named} are left out`;
}
