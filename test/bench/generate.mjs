// Deterministic synthetic journals for the benchmark (SPEC §7): S, M, L (and XS for tests).
// The journal is opened through rel's own openJournal, so every migration and trigger applies,
// then filled with prepared statements, one transaction per table (conversations in chunks); rel's
// own refreshRhythm then stores everyone's rhythm, as rel does after each write.
//
//   node test/bench/generate.mjs --size M --out /tmp/m.db [--force] [--today 2026-11-23] [--seed N]
//   node test/bench/generate.mjs --contacts-csv /tmp/contacts.csv [--rows 100000]
// Needs the compiled code: run `npm run build` (or `npx tsc -p .`) first.
import { existsSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { makeContact } from './people.mjs';
import { dayNumber, formatDay, instantOn, randomTools } from './random.mjs';
import { insertRelations } from './relations.mjs';
import * as V from './vocabulary.mjs';

let rel;
try {
  // Literal paths: vitest's transform refuses a dynamic import built from a variable.
  const [open, journal, rhythm, names, phoneNumbers] = await Promise.all([
    import('../../dist/store/open.js'),
    import('../../dist/store/journal.js'),
    import('../../dist/store/rhythm.js'),
    import('../../dist/domain/names.js'),
    import('../../dist/domain/phoneNumbers.js'),
  ]);
  rel = { openJournal: open.openJournal, Journal: journal.Journal, refreshRhythm: rhythm.refreshRhythm, normalizeName: names.normalizeName, phoneKey: phoneNumbers.phoneKey };
} catch (error) {
  throw new Error(`cannot load rel's compiled code (${error.message}); run \`npm run build\` first`, { cause: error });
}

/** Bump when the generated data changes, so cached journals are regenerated. */
export const GENERATOR_VERSION = 1;
export const REFERENCE_DAY = '2026-11-23';
export const DEFAULT_SEED = 20261123;
export const SIZES = {
  XS: { contacts: 100, conversations: 1_000 },
  S: { contacts: 1_000, conversations: 10_000 },
  M: { contacts: 10_000, conversations: 100_000 },
  L: { contacts: 100_000, conversations: 1_000_000 },
};

const YEAR = 365;
const CHUNK = 100_000;

function resolveSize(size) {
  if (typeof size === 'object' && size !== null) return size;
  const known = SIZES[String(size).toUpperCase()];
  if (!known) throw new Error(`unknown size "${size}"; use ${Object.keys(SIZES).join(', ')}`);
  return known;
}

/** Runs `insert(i)` for i in [0, n) in transactions of `chunk` rows. */
function inChunks(db, n, chunk, insert) {
  const run = db.transaction((from, to) => {
    for (let i = from; i < to; i++) insert(i);
  });
  for (let from = 0; from < n; from += chunk) run(from, Math.min(n, from + chunk));
}

function insertContacts(db, contacts, t) {
  const contact = db.prepare(
    `INSERT INTO contacts (id, name, name_key, company, role, birthday, customer_since, cadence, met, referred_by, archived, paused_until, created_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const email = db.prepare('INSERT INTO contact_emails (contact_id, email, position) VALUES (?, ?, ?)');
  const phone = db.prepare('INSERT INTO contact_phones (contact_id, phone, position, phone_key) VALUES (?, ?, ?, ?)');
  const alias = db.prepare('INSERT INTO contact_aliases (contact_id, alias, alias_key) VALUES (?, ?, ?)');
  const tag = db.prepare('INSERT INTO contact_tags (contact_id, tag) VALUES (?, ?)');
  const n = contacts.length;
  inChunks(db, n, n, (i) => {
    const c = contacts[i];
    const at = instantOn(c.createdN, t);
    const referredBy = c.referredBy === null ? null : c.referredBy + 1;
    contact.run(i + 1, c.name, rel.normalizeName(c.name), c.company, c.role, c.birthday, c.customerSince, c.cadence, c.met, referredBy, c.archived, c.pausedUntil, formatDay(c.createdN), at, at);
  });
  inChunks(db, n, n, (i) => contacts[i].emails.forEach((e, k) => email.run(i + 1, e, k)));
  inChunks(db, n, n, (i) => contacts[i].phones.forEach((p, k) => phone.run(i + 1, p, k, rel.phoneKey(p))));
  inChunks(db, n, n, (i) => contacts[i].aliases.forEach((a) => alias.run(i + 1, a, rel.normalizeName(a))));
  inChunks(db, n, n, (i) => contacts[i].tags.forEach((g) => tag.run(i + 1, g)));
  const tagCadence = db.prepare('INSERT INTO tags (tag, cadence) VALUES (?, ?)');
  db.transaction(() => V.TAG_CADENCES.forEach(([g, cadence]) => tagCadence.run(g, cadence)))();
}

/** Who each conversation is with and when, sorted by day so ids run in the order they happened. */
function planConversations(contacts, total, todayN, t) {
  const n = contacts.length;
  const windowStart = todayN - 3 * YEAR;
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = contacts[i];
    let w = t.chance(0.12) ? 0 : Math.min(40, 1 / Math.pow(1 - t.rng(), 0.6)); // a few talkative people
    if (c.archived) w *= 0.2;
    w *= Math.max(0.02, (todayN - Math.max(c.createdN, windowStart)) / (3 * YEAR)); // newcomers: fewer
    sum += w;
    cumulative[i] = sum;
  }
  const SHIFT = 2 ** 21; // key = day * SHIFT + index: unique, so the sort is deterministic
  const who = new Int32Array(total);
  const keys = new Float64Array(total);
  for (let k = 0; k < total; k++) {
    const r = t.rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    who[k] = lo;
    const from = Math.max(contacts[lo].createdN, windowStart);
    keys[k] = (from + Math.floor(t.rng() * (todayN - from + 1))) * SHIFT + k;
  }
  keys.sort();
  return { count: total, contactOf: (k) => who[keys[k] % SHIFT], dayOf: (k) => Math.floor(keys[k] / SHIFT) };
}

/**
 * The conversations, and who each was with: its person, and for about one in twelve (a lunch, a
 * trade show) one to three others who were there too, people added by then. `groups` is a stream
 * of its own, so the conversations themselves are those of a journal without groups.
 */
function insertConversations(db, plan, contacts, todayN, t, groups) {
  const insert = db.prepare(
    `INSERT INTO conversations (id, contact_id, happened_on, via, note, complaint, resolved_on, resolution_note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const person = db.prepare('INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, ?, ?)');
  const withPeople = (k, day) => {
    const first = plan.contactOf(k);
    person.run(k + 1, first + 1, 0, formatDay(day));
    if (!groups.chance(1 / 12)) return;
    const others = new Set([first]);
    for (let n = groups.int(1, 3); n > 0; n--) {
      const other = groups.int(0, contacts.length - 1);
      if (others.has(other) || contacts[other].createdN > day) continue;
      others.add(other);
      person.run(k + 1, other + 1, others.size - 1, formatDay(day));
    }
  };
  inChunks(db, plan.count, CHUNK, (k) => {
    const day = plan.dayOf(k);
    const via = t.weighted(V.CHANNELS);
    if (t.chance(0.02)) {
      const resolved = t.chance(0.7);
      const resolvedOn = resolved ? formatDay(Math.min(todayN, day + t.int(1, 20))) : null;
      insert.run(k + 1, plan.contactOf(k) + 1, formatDay(day), via, t.pick(V.COMPLAINTS), 1, resolvedOn, resolved ? t.pick(V.RESOLUTIONS) : null, instantOn(day, t));
      withPeople(k, day);
      return;
    }
    let note = null;
    if (t.chance(0.92)) note = `${t.pick(V.NOTE_OPENINGS)} ${t.pick(V.NOTE_SUBJECTS)}${t.chance(0.4) ? ` ${t.pick(V.NOTE_TAILS)}` : ''}.`;
    insert.run(k + 1, plan.contactOf(k) + 1, formatDay(day), via, note, 0, null, null, instantOn(day, t));
    withPeople(k, day);
  });
}

/** ~1.5 details per contact, a quarter of them dated: one-off days, months, yearly dates. */
function insertDetails(db, contacts, todayN, t) {
  const insert = db.prepare('INSERT INTO details (contact_id, text, date, yearly, created_at) VALUES (?, ?, ?, ?, ?)');
  let count = 0;
  inChunks(db, contacts.length, contacts.length, (i) => {
    const c = contacts[i];
    const n = t.weighted([[0, 25], [1, 30], [2, 25], [3, 12], [4, 8]]);
    for (let k = 0; k < n; k++) {
      let text = t.pick(V.DETAILS_UNDATED);
      let date = null;
      let yearly = 0;
      if (t.chance(0.25)) {
        const kind = t.weighted([['day', 40], ['month', 20], ['yearless', 25], ['anniversary', 15]]);
        if (kind === 'day') [text, date] = [t.pick(V.DETAILS_DATED), formatDay(todayN + t.int(-365, 365))];
        else if (kind === 'month') [text, date] = [t.pick(V.DETAILS_DATED), formatDay(todayN + t.int(-300, 400)).slice(0, 7)];
        else if (kind === 'yearless') [text, date, yearly] = [t.pick(V.DETAILS_YEARLY), `--${formatDay(todayN + t.int(0, 364)).slice(5)}`, 1];
        else [text, date, yearly] = [t.pick(V.DETAILS_YEARLY), formatDay(todayN - t.int(YEAR, 20 * YEAR)), 1];
      }
      insert.run(i + 1, text, date, yearly, instantOn(t.int(c.createdN, todayN), t));
      count++;
    }
  });
  return count;
}

/** ~0.5 reminders per contact: half done, some recurring, a few snoozed. */
function insertReminders(db, contacts, todayN, t) {
  const insert = db.prepare('INSERT INTO reminders (contact_id, text, due_on, every, done_on, snoozed_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  let count = 0;
  inChunks(db, contacts.length, contacts.length, (i) => {
    const c = contacts[i];
    const n = t.weighted([[0, 60], [1, 30], [2, 10]]);
    for (let k = 0; k < n; k++) {
      const done = t.chance(0.5);
      const due = done ? Math.max(c.createdN, todayN - t.int(1, 1000)) : todayN + t.int(-20, 60);
      const doneOn = done ? formatDay(Math.min(todayN, due + t.int(0, 5))) : null;
      const snoozed = !done && t.chance(0.08) ? formatDay(todayN + t.int(1, 14)) : null;
      const every = t.chance(0.2) ? t.pick(V.RECURRENCES) : null;
      const createdN = Math.max(c.createdN, Math.min(due, todayN) - t.int(0, 30));
      insert.run(i + 1, t.pick(V.REMINDERS), formatDay(due), every, doneOn, snoozed, instantOn(createdN, t));
      count++;
    }
  });
  return count;
}

/**
 * Writes a new synthetic journal at `path` (which must not exist). `size`: 'XS', 'S', 'M', 'L'
 * or { contacts, conversations }. Returns the row counts and the milliseconds taken.
 */
export function generateJournal(path, size, { today = REFERENCE_DAY, seed = DEFAULT_SEED } = {}) {
  const { contacts: contactCount, conversations: conversationCount } = resolveSize(size);
  if (existsSync(path)) throw new Error(`${path} already exists; the generator writes new journals only`);
  const started = performance.now();
  const todayN = dayNumber(today);
  const db = rel.openJournal(path);
  try {
    db.pragma('synchronous = OFF'); // generation only: a crash here just means generating again
    db.pragma('cache_size = -262144');
    // Everyone is added in bulk, as an import adds people (src/store/undoLog.ts): the search index
    // rows are written in one go, in the index's order, when the change below ends.
    db.prepare('UPDATE undo_current SET new_people_after = 0').run();
    // Separate streams per table, so changing one table's rules leaves the others as they were.
    const people = randomTools(seed);
    const ctx = { todayN, taken: new Set(), normalizeName: rel.normalizeName };
    const contacts = Array.from({ length: contactCount }, (_, i) => makeContact(people, i, contactCount, ctx));
    insertContacts(db, contacts, people);
    const talk = randomTools(seed + 1);
    insertConversations(db, planConversations(contacts, conversationCount, todayN, talk), contacts, todayN, talk, randomTools(seed + 4));
    const details = insertDetails(db, contacts, todayN, randomTools(seed + 2));
    const reminders = insertReminders(db, contacts, todayN, randomTools(seed + 3));
    const relations = insertRelations(db, contacts, todayN, randomTools(seed + 13));
    const j = new rel.Journal(db, path);
    j.write(() => rel.refreshRhythm(j, 'everyone', 'recount')); // and the search index, as it ends
    db.exec('DELETE FROM undo_log; DELETE FROM undo_changes'); // generating is no user's change: nothing to undo
    db.pragma('synchronous = NORMAL');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { path, contacts: contactCount, conversations: conversationCount, details, reminders, relations, ms: Math.round(performance.now() - started) };
  } finally {
    db.close();
  }
}

function argValue(args, flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args) {
  const today = argValue(args, '--today') ?? REFERENCE_DAY;
  const seed = Number(argValue(args, '--seed') ?? DEFAULT_SEED);
  const csv = argValue(args, '--contacts-csv');
  if (csv) {
    const { writeContactsCsv } = await import('./contacts-csv.mjs');
    const result = writeContactsCsv(csv, { rows: Number(argValue(args, '--rows') ?? 100_000), today, seed });
    console.error(`wrote ${result.rows} contacts to ${csv} in ${result.ms} ms`);
    return;
  }
  const size = argValue(args, '--size');
  const out = argValue(args, '--out');
  if (!size || !out) throw new Error('usage: generate.mjs --size XS|S|M|L --out FILE [--force] [--today DAY] [--seed N]\n       generate.mjs --contacts-csv FILE [--rows N]');
  if (args.includes('--force')) for (const suffix of ['', '-wal', '-shm']) rmSync(out + suffix, { force: true });
  else if (existsSync(out)) throw new Error(`${out} already exists; add --force to replace it`);
  const r = generateJournal(out, size, { today, seed });
  console.error(`${String(size).toUpperCase()}: ${r.contacts} contacts, ${r.conversations} conversations, ${r.details} details, ${r.reminders} reminders → ${out} in ${(r.ms / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`generate: ${error.message}`);
    process.exitCode = 1;
  });
}
