// A person's keep-in-touch rhythm and status (SPEC §4 "One meaning everywhere"): the one place
// that decides when the next conversation is due and whether someone is on track, due soon,
// drifting, never contacted, paused or archived. `rel today`, `list`, `show`, `stats` and the
// exports all ask here; the store keeps the due day this computes (dueOf) for its indexes.
import { effectiveCadence, isPaused, nextDueDate, type CadenceSource, type EffectiveCadence } from './cadence.js';
import { addDays, daysBetween, isDay, type Day } from './calendar.js';
import { formatDuration, type Duration } from './duration.js';

export const RHYTHM_STATUSES = ['onTrack', 'dueSoon', 'drifting', 'neverContacted', 'paused', 'archived'] as const;
export type RhythmStatus = (typeof RHYTHM_STATUSES)[number];

/** The keep-in-touch cadence of people without their own or a tag's, until the journal sets another (SPEC §4). */
export const DEFAULT_CADENCE = '90d';

/** "Due soon": the next conversation is due within this many days (today included). */
export const DUE_SOON_DAYS = 7;

/** The facts about a person that their rhythm follows from. */
export interface RhythmFacts {
  /** Their own cadence as stored ('2w'); null: a tag's or the default. */
  cadence: string | null;
  tags: readonly string[];
  /** The day they were added: someone never talked to counts from it. */
  createdOn: Day;
  /** The latest conversation on or before the day asked about; null: never talked. */
  lastContactOn: Day | null;
  pausedUntil: Day | null;
  archived: boolean;
  /** They came in through an import (not added by hand): never talked to, they drift only on a cadence of their own or a tag's. */
  imported: boolean;
}

/** The cadences in force for everyone: tags' own, and the journal's default. */
export interface RhythmSettings {
  tagCadences: ReadonlyMap<string, Duration>;
  defaultCadence: Duration;
}

/** When the next conversation is due, whatever the day: what the store keeps for its indexes. */
export interface Due {
  /** The last conversation, or the day they were added. */
  since: Day;
  cadence: Duration;
  cadenceSource: CadenceSource;
  /** The tag whose cadence applies, when cadenceSource is 'tag'. */
  cadenceTag: string | null;
  /** Null: no conversation is due (imported, never talked to, on the default cadence). */
  dueOn: Day | null;
  /** The cadence in calendar days for this interval (a month from 31 January is 28 or 29 days). */
  cadenceDays: number;
}

export interface Rhythm extends Due {
  status: RhythmStatus;
  lastContactOn: Day | null;
  /** Days after the due day; 0 on or before it. */
  daysPastDue: number;
  /** Days since `since` over the cadence's days: 47 days on 30 (1.57) drifts worse than 100 on 90 (1.11). */
  ratio: number;
}

/** What a person's due follows from. */
export type DueFacts = Pick<RhythmFacts, 'cadence' | 'tags' | 'createdOn' | 'lastContactOn' | 'imported'>;

export function dueOf(facts: DueFacts, settings: RhythmSettings): Due {
  const applies = effectiveCadence(facts.cadence, facts.tags, settings.tagCadences, settings.defaultCadence);
  return dueFrom(facts.lastContactOn ?? facts.createdOn, applies, waitsForFirstTalk(facts, applies));
}

/**
 * Someone who only came in through an import and was never talked to has no conversation due on
 * the journal's default cadence (SPEC §4 "Who drifts"): a phone's address book is not a list of
 * people to call. Their own cadence or a tag's still applies.
 */
const waitsForFirstTalk = (facts: Pick<DueFacts, 'imported' | 'lastContactOn'>, applies: EffectiveCadence): boolean =>
  facts.imported && facts.lastContactOn === null && applies.source === 'default';

/** When the next conversation is due, counted from `since` on the cadence in force (none while it waits for a first talk). */
function dueFrom(since: Day, applies: EffectiveCadence, waits = false): Due {
  const { next, cadenceDays } = dueDate(since, applies.cadence);
  return { since, cadence: applies.cadence, cadenceSource: applies.source, cadenceTag: applies.tag, dueOn: waits ? null : next, cadenceDays };
}

function dueDate(since: Day, cadence: Duration): DueDate {
  const next = nextDueDate(since, cadence);
  return { next, cadenceDays: Math.max(1, daysBetween(since, next)) };
}

/** Everything a status follows from besides the day: the due day (dueOf), and whether they were ever talked to. */
export interface StatusFacts {
  archived: boolean;
  pausedUntil: Day | null;
  dueOn: Day | null;
  talked: boolean;
}

/**
 * The status on `today`: archived and paused first, then by the due day. Someone never talked to
 * is "never contacted" until their first due day is near, as it is for anyone: then due soon, and
 * drifting once it is past.
 */
export function statusFrom(facts: StatusFacts, today: Day): RhythmStatus {
  if (facts.archived) return 'archived';
  if (isPaused(facts.pausedUntil, today)) return 'paused';
  if (facts.dueOn !== null && today > facts.dueOn) return 'drifting';
  if (facts.dueOn !== null && daysBetween(today, facts.dueOn) <= DUE_SOON_DAYS) return 'dueSoon';
  return facts.talked ? 'onTrack' : 'neverContacted';
}

/**
 * The days statusFrom tells apart on `today`: a due day before `dueFrom` is past, one from it to
 * `dueSoonTo` is soon, a later one is not yet; a pause holds when it lasts past `pausedAfter`.
 * Facts alike but for days within the same bounds have the same status, so a store may count
 * them together (src/store/stats.ts) and ask statusFrom once a kind.
 */
export interface StatusBounds {
  dueFrom: Day;
  dueSoonTo: Day;
  pausedAfter: Day;
}

export function statusBounds(today: Day): StatusBounds {
  return { dueFrom: today, dueSoonTo: addDays(today, DUE_SOON_DAYS), pausedAfter: today };
}

/** The status on `today`, from a person's facts and their due day. */
export function statusOf(facts: Pick<RhythmFacts, 'archived' | 'pausedUntil' | 'lastContactOn'>, dueOn: Day | null, today: Day): RhythmStatus {
  return statusFrom({ archived: facts.archived, pausedUntil: facts.pausedUntil, dueOn, talked: facts.lastContactOn !== null }, today);
}

// Each field named, not `...due`: a listing of 100,000 people calls this for each, and V8 copied
// the spread Due some five times slower (0.85 s against 0.15 s for the bench's large journal).
function withStatus(facts: RhythmFacts, due: Due, today: Day): Rhythm {
  const daysSince = daysBetween(due.since, today);
  return {
    since: due.since,
    cadence: due.cadence,
    cadenceSource: due.cadenceSource,
    cadenceTag: due.cadenceTag,
    dueOn: due.dueOn,
    cadenceDays: due.cadenceDays,
    status: statusOf(facts, due.dueOn, today),
    lastContactOn: facts.lastContactOn,
    daysPastDue: due.dueOn === null ? 0 : Math.max(0, daysBetween(due.dueOn, today)),
    ratio: daysSince / due.cadenceDays,
  };
}

/** A person's rhythm on `today`. */
export function rhythmOf(facts: RhythmFacts, settings: RhythmSettings, today: Day): Rhythm {
  return withStatus(facts, dueOf(facts, settings), today);
}

/** What a cadence makes of a day counted from: the same for everyone on that cadence. */
interface DueDate {
  next: Day;
  cadenceDays: number;
}

/** People alike in what their cadence follows from (own cadence and tags), and the Due of each day counted from. */
interface Profile {
  applies: EffectiveCadence;
  dates: Map<Day, DueDate | null>;
  dues: Map<Day, Due | null>;
  /** The same for those waiting for a first talk (imported, never talked to). */
  waiting: Map<Day, Due | null>;
}

/**
 * dueOf for many people at once (the store's refresh of 100,000 people, `rel today`, `rel stats`):
 * each distinct cadence setting and day counted from is worked out once, and the dates once per
 * cadence length and day. A stored day that is no calendar day gives undefined, so that one bad
 * row cannot break a listing.
 */
export function dueLookup(settings: RhythmSettings): (facts: DueFacts) => Due | undefined {
  // By own cadence, then by tags as one text: a few dozen profiles. Not a WeakMap from each list
  // of tags to its text: an export's lists are new for each person, and 100,000 keys kept the
  // garbage collector busy (0.1 s and some 40 MB more at its peak) for joins of one or two tags.
  const profiles = new Map<string, Map<string, Profile>>();
  const dates = new Map<string, Map<Day, DueDate | null>>();
  const profileOf = (facts: DueFacts): Profile => {
    let byTags = profiles.get(facts.cadence ?? '');
    if (byTags === undefined) profiles.set(facts.cadence ?? '', (byTags = new Map()));
    const tags = facts.tags.length === 1 ? facts.tags[0]! : facts.tags.join('\n');
    let profile = byTags.get(tags);
    if (profile === undefined) {
      const applies = effectiveCadence(facts.cadence, facts.tags, settings.tagCadences, settings.defaultCadence);
      const length = formatDuration(applies.cadence);
      let onCadence = dates.get(length);
      if (onCadence === undefined) dates.set(length, (onCadence = new Map()));
      byTags.set(tags, (profile = { applies, dates: onCadence, dues: new Map(), waiting: new Map() }));
    }
    return profile;
  };
  return (facts) => {
    const profile = profileOf(facts);
    const since = facts.lastContactOn ?? facts.createdOn;
    const waits = waitsForFirstTalk(facts, profile.applies);
    const dues = waits ? profile.waiting : profile.dues;
    let due = dues.get(since);
    if (due === undefined) {
      let date = profile.dates.get(since);
      if (date === undefined) profile.dates.set(since, (date = isDay(since) ? dueDate(since, profile.applies.cadence) : null));
      const { applies } = profile;
      dues.set(since, (due = date && { since, cadence: applies.cadence, cadenceSource: applies.source, cadenceTag: applies.tag, dueOn: waits ? null : date.next, cadenceDays: date.cadenceDays }));
    }
    return due ?? undefined;
  };
}

/** rhythmOf for many people at once, through dueLookup. */
export function rhythmLookup(settings: RhythmSettings, today: Day): (facts: RhythmFacts) => Rhythm | undefined {
  const dueOfFacts = dueLookup(settings);
  return (facts) => {
    const due = dueOfFacts(facts);
    return due && withStatus(facts, due, today);
  };
}

/** The cadence as people write it ('30d'), for JSON and CSV. */
export const cadenceText = (rhythm: Pick<Due, 'cadence'>): string => formatDuration(rhythm.cadence);
