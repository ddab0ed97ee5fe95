// A morning for rel today --review's tests, on Monday 23 November 2026 (the harness's day):
// Fiona (#1) owes a quote since the 20th, Gina (#2) expects a call tomorrow and loves tulips,
// Dan (#3) drifts on a 30-day rhythm, Eve (#4) on the default one.
import type { TestJournal } from './journal.js';

export async function planMorning(j: TestJournal): Promise<void> {
  await j.ok(['add', 'Fiona Follow', '--via', 'call', '--note', 'quote talk', '--on', '2026-11-01', '--follow-up', '2026-11-20: send the quote']);
  await j.ok(['add', 'Gina Gift', '--note', 'flowers', '--on', '2026-11-10', '--follow-up', '2026-11-24: call about the order', '--remember', 'loves tulips']);
  await j.ok(['contact', 'add', 'Dan Drift', '--every', '30d']);
  await j.ok(['add', 'Dan Drift', '--note', 'old chat', '--on', '2026-09-01']);
  await j.ok(['add', 'Eve Early', '--note', 'hi', '--on', '2026-08-01']);
}
