// What a view needs to know of the run to draw it: colour, whether stdout is a terminal, the day.
// Never the journal: the screen reads nothing from disk (commands hand the views their records).
import type { Day } from '../domain/calendar.js';

export interface Screen {
  color: boolean;
  stdoutIsTTY: boolean;
  today: Day;
}
