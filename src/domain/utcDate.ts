// A Date that reads and writes its fields in UTC. date-fns does its calendar arithmetic through a
// Date's local fields (getDate, setMonth, …) and builds its results with the argument's own class,
// so on these dates no time zone takes part: no DST shift and no zone that skipped a day (Samoa
// went from 29 to 31 December 2011) can move a day. The same idea as @date-fns/utc's UTCDateMini.

export class UtcDate extends Date {
  /** Only from a time value (or another date): a day never comes from the clock here. */
  constructor(time: number | Date) {
    super(time);
  }

  override getTimezoneOffset(): number {
    return 0;
  }
}

// Every local getter and setter (getDate, setFullYear, …) becomes its UTC twin.
const LOCAL_FIELD = /^(get|set)(?!UTC)/;
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  if (!LOCAL_FIELD.test(name)) continue;
  const utcTwin: unknown = Reflect.get(Date.prototype, name.replace(LOCAL_FIELD, '$1UTC'));
  if (typeof utcTwin === 'function') Object.defineProperty(UtcDate.prototype, name, { value: utcTwin, writable: true, configurable: true });
}

/** The date at midnight UTC of a year (any, 0-99 included), a month (1-12) and a day of the month. */
export function utcDate(year: number, month: number, day: number): UtcDate {
  const date = new UtcDate(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0-99 as 1900-1999
  return date;
}
