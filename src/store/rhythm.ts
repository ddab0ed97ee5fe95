// The keep-in-touch rhythm the store keeps on each contact for `rel today`'s indexes (migrations
// 0003, 0004): the day of the last conversation (last_contact_on), the day the next one is due
// (due_day, days since 1970-01-01) and the cadence's length in days (cadence_days). They are
// written only here, from the domain's dueOf (src/domain/rhythm.ts): SQL keeps the facts, the
// domain keeps the rule (SPEC §5). A write that moves someone's rhythm says so (rhythmMoved), and
// they are refreshed together before the write commits.
import { parseTagCadences } from '../domain/cadence.js';
import { dayNumber, type Day } from '../domain/calendar.js';
import { parseDuration, tryParseDuration } from '../domain/duration.js';
import { DEFAULT_CADENCE, dueLookup, type Due, type DueFacts, type RhythmFacts, type RhythmSettings } from '../domain/rhythm.js';
import { indexesHolding, withIndexesMadeAfter } from './indexesMadeAfter.js';
import type { Journal } from './journal.js';
import { MANY_MOVED, peopleInJournal, recountPays, withStatusesRecounted } from './statusCounts.js';

/** Whose rhythm: these contacts' ids, or everyone's. */
export type Whose = readonly number[] | 'everyone';

/**
 * The cadences in force. An unreadable stored default (only a hand-edited journal has one, and
 * rel doctor names it) falls back to the built-in one, so that it cannot block every write.
 */
export function rhythmSettings(j: Journal): RhythmSettings {
  // Read here rather than through settings.ts, which tells this module when the default changes.
  const stored = j.stmt<[], { value: string }>("SELECT value FROM settings WHERE key = 'cadence'").get()?.value;
  return rhythmSettingsOf(stored, j.stmt<[], { tag: string; cadence: string }>('SELECT tag, cadence FROM tags').all());
}

/** The cadences in force, from the stored default (undefined: none stored) and the tags' cadences. */
export function rhythmSettingsOf(stored: string | undefined, tags: Iterable<{ tag: string; cadence: string }>): RhythmSettings {
  const fallback = (stored === undefined ? undefined : tryParseDuration(stored)) ?? parseDuration(DEFAULT_CADENCE);
  return { tagCadences: parseTagCadences(new Map([...tags].map((r) => [r.tag, r.cadence]))), defaultCadence: fallback };
}

// The latest conversation a person was part of: every one, or those on or before a day (the
// index of conversation_people on (contact_id, happened_on) answers either with one seek per person).
const LAST_EVER = '(SELECT max(v.happened_on) FROM conversation_people v WHERE v.contact_id = c.id)';
export const LAST_BY_DAY = '(SELECT max(v.happened_on) FROM conversation_people v WHERE v.contact_id = c.id AND v.happened_on <= @asOf)';

const scope = (whose: Whose, column: string): string => (whose === 'everyone' ? '1 = 1' : `${column} IN (SELECT value FROM json_each(@ids))`);
const idsParam = (whose: Whose): string | null => (whose === 'everyone' ? null : JSON.stringify(whose));

interface FactsRow {
  id: number;
  cadence: string | null;
  created_on: string;
  paused_until: string | null;
  archived: number;
  imported: number;
  last: string | null;
}

const FACTS_COLUMNS = 'c.id, c.cadence, c.created_on, c.paused_until, c.archived, c.imported';

/** Each person's tags, in one set query: never one per person. */
function tagsOf(j: Journal, whose: Whose): Map<number, string[]> {
  const rows = j.rawStmt<[{ ids: string | null }], [number, string]>(`SELECT contact_id, tag FROM contact_tags WHERE ${scope(whose, 'contact_id')}`).all({ ids: idsParam(whose) });
  const tags = new Map<number, string[]>();
  for (const [id, tag] of rows) {
    const list = tags.get(id);
    if (list) list.push(tag);
    else tags.set(id, [tag]);
  }
  return tags;
}

function factsOf(row: FactsRow, tags: Map<number, string[]>): RhythmFacts {
  return { cadence: row.cadence, tags: tags.get(row.id) ?? [], createdOn: row.created_on, pausedUntil: row.paused_until, archived: row.archived === 1, lastContactOn: row.last, imported: row.imported === 1 };
}

/** Whether a conversation is dated after `day`: then the stored last-contact days are not those of that day. */
export function hasConversationsAfter(j: Journal, day: Day): boolean {
  return j.stmt<[Day], { one: number }>('SELECT 1 AS one FROM conversations WHERE happened_on > ? LIMIT 1').get(day) !== undefined;
}

/**
 * The facts each person's rhythm follows from, as the journal stood at the end of `asOf`: the
 * last conversation is the latest on or before that day (the stored one, unless a conversation
 * is dated after it). By contact id; `rel stats`, `list` and `show` read them for the domain.
 */
export function rhythmFactsOf(j: Journal, whose: Whose, asOf: Day): Map<number, RhythmFacts> {
  const last = hasConversationsAfter(j, asOf) ? LAST_BY_DAY : 'c.last_contact_on';
  const rows = j
    .stmt<[{ ids: string | null; asOf: Day }], FactsRow>(`SELECT ${FACTS_COLUMNS}, ${last} AS last FROM contacts c WHERE ${scope(whose, 'c.id')}`)
    .all({ ids: idsParam(whose), asOf });
  const tags = tagsOf(j, whose);
  return new Map(rows.map((row) => [row.id, factsOf(row, tags)]));
}

/** Where the day of the last conversation comes from: the conversations (they changed), or the stored column. */
export type LastContact = 'recount' | 'stored';

type StoredRow = [
  id: number, cadence: string | null, createdOn: string, last: string | null, tags: string | null,
  dueDay: number | null, cadenceDays: number | null, storedLast: string | null, imported: number,
];

// A person's tags as one text (a tag holds no line break), in the same row: a few dozen distinct
// texts, split once each, instead of an array per person.
const TAGS_TEXT = "(SELECT group_concat(t.tag, char(10)) FROM contact_tags t WHERE t.contact_id = c.id)";

/**
 * Recomputes and stores the rhythm of these people (or everyone): the last conversation counted
 * again from the conversations when they changed ('recount'), the due day and cadence days from
 * dueOf. Set queries, the domain's work shared between people alike, and only the rows that
 * change written. Call inside the write transaction whose changes moved them.
 */
export function refreshRhythm(j: Journal, whose: Whose, lastContact: LastContact): void {
  if (whose !== 'everyone' && whose.length === 0) return;
  const recount = lastContact === 'recount';
  // The stored last contact is read twice only when it is counted again: otherwise it is the one read.
  const rows = j
    .rawStmt<[{ ids: string | null }], StoredRow>(
      `SELECT c.id, c.cadence, c.created_on, ${recount ? LAST_EVER : 'c.last_contact_on'}, ${TAGS_TEXT}, c.due_day, c.cadence_days, ${recount ? 'c.last_contact_on' : 'NULL'}, c.imported
       FROM contacts c WHERE ${scope(whose, 'c.id')}`,
    )
    .iterate({ ids: idsParam(whose) });
  const tagLists = new Map<string, readonly string[]>();
  const tagsOfText = (text: string | null): readonly string[] => {
    if (text === null) return NO_TAGS;
    let list = tagLists.get(text);
    if (list === undefined) tagLists.set(text, (list = text.split('\n')));
    return list;
  };
  const storedDueOf = storedDueLookup(j);
  // Rows read one at a time; the changes written once the read is over (the connection is busy until then).
  const changes: Array<[string | null, number | null, number | null, number]> = [];
  for (const [id, cadence, createdOn, last, tags, storedDueDay, storedCadenceDays, storedLast, imported] of rows) {
    const { dueDay, cadenceDays } = storedDueOf({ cadence, tags: tagsOfText(tags), createdOn, lastContactOn: last, imported: imported === 1 });
    if ((recount && last !== storedLast) || dueDay !== storedDueDay || cadenceDays !== storedCadenceDays) changes.push([last, dueDay, cadenceDays, id]);
  }
  const store = j.stmt<[string | null, number | null, number | null, number]>('UPDATE contacts SET last_contact_on = ?, due_day = ?, cadence_days = ? WHERE id = ?');
  const storeAll = (): void => changes.forEach((change) => store.run(...change));
  const people = changes.length < MANY_MOVED ? Infinity : peopleInJournal(j);
  const storeMany = (): void => (remakePays(changes.length, people) ? withIndexesMadeAfter(j, indexesHolding(j, 'contacts', RHYTHM_COLUMNS), storeAll) : storeAll());
  if (recountPays(changes.length, people)) withStatusesRecounted(j, storeMany);
  else storeMany();
}

/** The columns refreshRhythm writes. */
const RHYTHM_COLUMNS = ['last_contact_on', 'due_day', 'cadence_days'];

/**
 * Whether the indexes that hold RHYTHM_COLUMNS are cheaper made again after `moved` of `people`
 * rows are written: a quarter of the journal or more (rel config set cadence on 85,000 of 100,000
 * people: the writes 0.65 s with the indexes kept against 0.2 s plus 0.13 s to make them again; a
 * tenth, 0.10 s against 0.18).
 */
const remakePays = (moved: number, people: number): boolean => moved >= MANY_MOVED && moved * 4 >= people;

const NO_TAGS: readonly string[] = [];

/** What the store keeps of a person's due: its day as a day number (due_day) and the cadence's length in days (cadence_days). */
export interface StoredDue {
  dueDay: number | null;
  cadenceDays: number | null;
}

/**
 * The stored form of dueOf under the cadences in force, for many people: no due day for a stored
 * day that is no calendar day, nor when nothing is due, so that no index counts them as drifting.
 */
function storedDueLookup(j: Journal): (facts: DueFacts) => StoredDue {
  const dueOf = dueLookup(rhythmSettings(j));
  const stored = new Map<Due | undefined, StoredDue>(); // dueLookup shares Due objects between people alike
  return (facts) => {
    const due = dueOf(facts);
    let columns = stored.get(due);
    if (columns === undefined) stored.set(due, (columns = { dueDay: due?.dueOn ? dayNumber(due.dueOn) : null, cadenceDays: due ? due.cadenceDays : null }));
    return columns;
  };
}

/** Whose rhythm a write has moved so far, refreshed together before it commits. */
class MovedRhythms {
  private readonly recount = new Set<number>();
  private recountEveryone = false;
  private stored: Set<number> | 'everyone' = new Set();

  add(whose: Whose, lastContact: LastContact): void {
    if (lastContact === 'recount') {
      if (whose === 'everyone') this.recountEveryone = true;
      else for (const id of whose) this.recount.add(id);
    } else if (whose === 'everyone') this.stored = 'everyone';
    else if (this.stored !== 'everyone') for (const id of whose) this.stored.add(id);
  }

  /** The recounted first: the others' refresh then reads their new last contact. */
  refresh(j: Journal): void {
    if (this.recountEveryone) return refreshRhythm(j, 'everyone', 'recount');
    refreshRhythm(j, [...this.recount], 'recount');
    const stored = this.stored;
    refreshRhythm(j, stored === 'everyone' ? 'everyone' : [...stored].filter((id) => !this.recount.has(id)), 'stored');
  }

  /** As undo_changes.rhythm keeps it (migrations/0018_undo_keeps_facts.sql). */
  toJson(): string {
    const stored = this.stored === 'everyone' ? 'everyone' : [...this.stored];
    return JSON.stringify({ recount: this.recountEveryone ? 'everyone' : [...this.recount], stored });
  }

  /** Takes these people off the list of those whose stored last contact is read again. */
  settled(ids: readonly number[]): void {
    if (this.stored !== 'everyone') for (const id of ids) this.stored.delete(id);
  }

  /** Takes one person off the lists; says whether they were on one. */
  forget(id: number): boolean {
    const stored = this.stored !== 'everyone' && this.stored.delete(id);
    return this.recount.delete(id) || stored;
  }

  static fromJson(text: string): MovedRhythms {
    const { recount, stored } = JSON.parse(text) as { recount: Whose; stored: Whose };
    const moved = new MovedRhythms();
    moved.add(recount, 'recount');
    moved.add(stored, 'stored');
    return moved;
  }
}

const MOVED = Symbol('rhythms moved by this write');

/**
 * Says that a write changed what these people's rhythm follows from: their conversations
 * ('recount' the last one), or their cadence, tags or day added, a tag's or the default cadence
 * ('stored': the last conversation is as stored). Inside Journal.write they are refreshed once,
 * set-wise, before it commits, and the change keeps whose they were for its undo, which does not
 * log the rhythm columns; outside, at once.
 */
export function rhythmMoved(j: Journal, whose: Whose, lastContact: LastContact): void {
  const moved = movedInThisWrite(j);
  if (moved) moved.add(whose, lastContact);
  else refreshRhythm(j, whose, lastContact);
}

/**
 * Inside a write that adds people in bulk (an import): the rhythm each new person is stored with,
 * from their own cadence, tags and the day added, before any conversation, as refreshRhythm would
 * store it. The tag cadences are those in force as it is called; an import makes tags without one.
 * Inserting the columns with the rows spares reading every new person back and writing each row
 * again: 0.5 s of the bench's import of 92,606 new people (BENCHMARKS.md).
 */
export function newcomersDue(j: Journal): (cadence: string | null, tags: readonly string[], createdOn: string) => StoredDue {
  const storedDueOf = storedDueLookup(j);
  return (cadence, tags, createdOn) => storedDueOf({ cadence, tags, createdOn, lastContactOn: null, imported: true });
}

/** Inside a write: the people it added in bulk with their rhythm stored (newcomersDue), taken off its list to refresh and keep for its undo, which removes them. */
export function rhythmSettledFor(j: Journal, ids: readonly number[]): void {
  movedInThisWrite(j)?.settled(ids);
}

/** Whose rhythm this write has moved so far (undefined outside a write); refreshed, and kept for the undo, before it commits. */
function movedInThisWrite(j: Journal): MovedRhythms | undefined {
  return j.beforeCommit(MOVED, () => new MovedRhythms(), (m) => {
    m.refresh(j);
    j.stmt('UPDATE undo_changes SET rhythm = ? WHERE id = (SELECT change_id FROM undo_current)').run(m.toJson());
  });
}

/**
 * Inside rel undo, once a change's facts are back: the rhythm of the people it moved, worked out
 * again from them (undo_changes.rhythm). NULL for a change from before 0018, whose log put the
 * rhythm columns back itself.
 */
export function rhythmAfterUndo(j: Journal, rhythm: string | null): void {
  if (rhythm !== null) MovedRhythms.fromJson(rhythm).refresh(j);
}

/** rel rm --purge: the person leaves the lists of whose rhythm the changes of the undo history moved. */
export function forgetMovedRhythm(j: Journal, id: number): void {
  const changes = j.stmt<[], { id: number; rhythm: string }>('SELECT id, rhythm FROM undo_changes WHERE rhythm IS NOT NULL').all();
  for (const change of changes) {
    const moved = MovedRhythms.fromJson(change.rhythm);
    if (moved.forget(id)) j.stmt('UPDATE undo_changes SET rhythm = ? WHERE id = ?').run(moved.toJson(), change.id);
  }
}
