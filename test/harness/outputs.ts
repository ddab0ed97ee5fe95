// rel's output read back into values, for tests that compare one command's output with another's.
/** The shape `rel today --json` prints (documented in the README). */
export interface TodayJson {
  date: string;
  windowDays: number;
  total: number;
  rows: Array<{
    contactId: number;
    name: string;
    score: number;
    reasons: Array<{ kind: string; source: string; date: string; days: number; text: string; [extra: string]: unknown }>;
  }>;
}

/** The reasons of each person in `rel today`'s human output, in the printed order. */
export function readTodayText(stdout: string): Array<{ name: string; id: number; reasons: string[] }> {
  const people: Array<{ name: string; id: number; reasons: string[] }> = [];
  for (const line of stdout.split('\n')) {
    const person = /^(\S.*) #(\d+)$/.exec(line);
    if (person) people.push({ name: person[1] as string, id: Number(person[2]), reasons: [] });
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
