// What a ranking (ranking.ts) reads about each person and what it gives back: the records of
// `rel today`, shared by the store that loads them and the views that show them.
import type { Day } from './calendar.js';
import type { Duration } from './duration.js';
import type { ReasonKind } from './rankWeights.js';

export type ReasonSource = 'reminder' | 'birthday' | 'customer-since' | 'detail' | 'complaint' | 'cadence';

export interface RankReminder {
  id: number;
  text: string;
  dueOn: Day;
  snoozedUntil: Day | null;
  /** Carried for callers; a recurring reminder is one row whose due day moves, ranked like any other. */
  every?: string | null;
  /** Done reminders are skipped, so store rows can be passed as they are. */
  doneOn?: Day | null;
}

export interface RankDetail {
  id: number;
  text: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' (month only) or '--MM-DD'; undated details are skipped. */
  date: string | null;
  yearly: boolean;
}

export interface RankComplaint {
  conversationId: number;
  happenedOn: Day;
  note: string | null;
}

export interface RankInput {
  id: number;
  name: string;
  birthday: string | null; // 'YYYY-MM-DD' or '--MM-DD'
  customerSince: string | null; // 'YYYY-MM-DD'
  cadence: string | null; // own cadence as stored ('2w'); NULL: tags or the default
  tags: readonly string[];
  pausedUntil: Day | null;
  createdOn: Day;
  archived: boolean;
  /** Came in through an import: never talked to, they drift only on a cadence of their own or a tag's. */
  imported: boolean;
  /** The latest conversation's day (an earlier `--on` counts from that day); null: never talked. */
  lastContactOn: Day | null;
  reminders: readonly RankReminder[];
  details: readonly RankDetail[];
  complaints: readonly RankComplaint[];
}

export interface RankOptions {
  today: Day;
  /** Look-ahead for dates and follow-ups coming up (`--days`, default 14). */
  windowDays: number;
  defaultCadence: Duration;
  /** Tag → cadence, as stored ('14d') or parsed. */
  tagCadences: ReadonlyMap<string, string | Duration>;
}

export interface Reason {
  kind: ReasonKind;
  source: ReasonSource;
  /**
   * The day the reason is about: a follow-up's due day, a date's observance, the day a complaint
   * was logged, the last conversation (or the day added) for drifting; for a month-only detail the
   * month's first day (coming up) or last day (after-event).
   */
  date: Day;
  /** daysBetween(today, date): positive in the future, 0 today, negative in the past. */
  days: number;
  text: string;
  /** This reason's score (tier + position in tier). */
  weight: number;
  reminderId?: number;
  detailId?: number;
  conversationId?: number;
  /** Age turned (birthday), years as a customer, or years since a yearly detail's first day. */
  years?: number;
  /** Month-only detail: 'YYYY-MM'. */
  month?: string;
  /** Drifting: the cadence that applies ('30d') and the day it ran out. */
  cadence?: string;
  dueOn?: Day;
}

export interface RankedContact {
  contactId: number;
  name: string;
  score: number;
  /** Strongest first. */
  reasons: Reason[];
  /**
   * A conversation is logged on the list's day. Such a person is done for the day: only a
   * follow-up due (or overdue) or an open complaint keeps them on the list (SPEC §4).
   */
  talkedToday: boolean;
  /** Talked today and on the list only because --all asked for everyone (see rankContacts). */
  setAside: boolean;
}
