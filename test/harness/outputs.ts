// rel's output read back into values, for tests that compare one command's output with another's.
/** A reason as `rel today --json` gives it (schemas/reason.schema.json): every key, null where it does not apply. */
export interface ReasonJson {
  tier: string;
  source: string;
  date: string;
  days: number;
  text: string;
  [extra: string]: unknown;
}

/** The shape `rel today --json` prints: a top-level array of rows (schemas/todayRow.schema.json). */
export type TodayJson = Array<{
  person: { id: number; name: string };
  score: number;
  reasons: ReasonJson[];
  talkedToday: boolean;
}>;

/** A reason without the keys that do not apply to it, as the expectations write it. */
export function applicable(reason: ReasonJson): Record<string, unknown> {
  return Object.fromEntries(Object.entries(reason).filter(([, value]) => value !== null));
}

/** The reasons of each person in `rel today`'s human output, in the printed order. */
export function readTodayText(stdout: string): Array<{ name: string; id: number; reasons: string[]; talkedToday: boolean }> {
  const people: Array<{ name: string; id: number; reasons: string[]; talkedToday: boolean }> = [];
  for (const line of stdout.split('\n')) {
    const person = /^(\S.*) #(\d+)( — talked today)?$/.exec(line);
    if (person) people.push({ name: person[1] as string, id: Number(person[2]), reasons: [], talkedToday: person[3] !== undefined });
    else if (line.startsWith('  • ')) people[people.length - 1]?.reasons.push(line.slice(4));
  }
  return people;
}

/** The shape `rel show --json` prints. */
export interface ShownContact {
  id: number;
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  birthday: string | null;
  customerSince: string | null;
  cadence: string | null;
  referredBy: { id: number; name: string } | null;
  aliases: string[];
  tags: string[];
  archived: boolean;
  details: Array<{ text: string; date: string | null }>;
}
