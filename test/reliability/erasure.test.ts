// Erasure is real (SPEC §5, §8; issue 15): a deleted record lives on only in the undo history,
// and leaves the file's bytes when its change leaves the history; `rel rm --purge` erases a person
// at once, with every trace in the undo history, so that neither the journal file nor its WAL
// holds a byte of what was written about them. The tests write words found nowhere else and read
// the raw files for them.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peopleNamedBy } from '../../src/domain/undoStatements.js';
import { openJournal } from '../../src/store/open.js';
import type { Prompter } from '../../src/ui/prompter.js';
import { runRel } from '../harness/inProcess.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { newJournal } from '../harness/tempFiles.js';

/** Words written about the person to be erased, each in a different place. */
const SECRETS = {
  note: 'quokkanote',
  editedNote: 'axolotledit',
  resolution: 'pangolinfix',
  remember: 'wombatmemory',
  editedDetail: 'narwhaldetail',
  followUp: 'platypusfollow',
  company: 'capybaracorp',
  met: 'ocelotparty',
  alias: 'Tapirella',
  email: 'numbat.mail@example.org',
  phone: '+48 601 987 654',
  phoneKey: '601987654',
  name: 'Zephyrine Quillfeather',
};

/** Which of `words` occur in the journal's files (the file, its -wal and -shm), in any case. */
function wordsInFiles(db: string, words: readonly string[]): string[] {
  const bytes = Buffer.concat(['', '-wal', '-shm'].filter((s) => existsSync(db + s)).map((s) => readFileSync(db + s)));
  const text = bytes.toString('latin1').toLowerCase();
  return words.filter((w) => text.includes(w.toLowerCase()));
}

const ALL = Object.values(SECRETS);

/** A journal with other people, and Zephyrine with something in every place a person's words go. */
async function journalWithSecrets(): Promise<TestJournal> {
  const j = makeJournal();
  await j.ok(['contact', 'add', 'Tom Baker', '--email', 'tom@example.com', '--company', 'Acme']);
  await j.ok(['add', 'Tom Baker', '--note', 'talked about the spring order', '--on', '2026-11-01']);
  const s = SECRETS;
  await j.ok(['contact', 'add', s.name, '--email', s.email, '--phone', s.phone, '--company', s.company, '--met', s.met, '--alias', s.alias, '--referred-by', 'Tom Baker']);
  await j.ok(['add', s.name, '--note', s.note, '--on', '2026-11-10', '--remember', s.remember, '--follow-up', `2026-12-01: ${s.followUp}`, '--complaint']);
  await j.ok(['resolve', '2', '--note', s.resolution]);
  await j.ok(['conversation', 'edit', '2', '--note', s.editedNote]); // the first note now lives only in the undo history
  await j.ok(['detail', 'edit', '1', '--text', s.editedDetail]);
  await j.ok(['add', s.name, 'Tom Baker', '--note', 'lunch at the fair', '--on', '2026-11-15']); // shared: stays with Tom
  await j.ok(['contact', 'add', 'Ada Lane', '--referred-by', s.name]);
  await j.ok(['relate', 'Ada Lane', '--to', s.name, '--as', 'daughter']);
  await j.ok(['remember', 'Tom Baker', 'prefers email']);
  return j;
}

function openBeside(db: string): Database.Database {
  const other = new Database(db);
  other.pragma('user_version'); // reads the file: the connection holds the WAL open from now on
  return other;
}

describe('rel rm --purge', () => {
  it('leaves no byte of the person in the journal or its WAL, where a plain rm leaves them for rel undo', async () => {
    const plain = await journalWithSecrets();
    expect(wordsInFiles(plain.db, ALL)).toEqual(ALL); // the test can see them
    await plain.ok(['rm', SECRETS.name, '--yes']);
    expect(wordsInFiles(plain.db, ALL)).toEqual(ALL); // still in the undo history, as rel undo needs

    const j = await journalWithSecrets();
    // Another program holding the journal keeps SQLite from deleting the WAL at the end of the run,
    // so the WAL read below is the one the purge left.
    const other = openBeside(j.db);
    try {
      const out = await j.ok(['rm', SECRETS.name, '--purge', '--yes']);
      expect(out).toContain(`erased ${SECRETS.name} (#2) for good: 1 conversation, 1 detail, 1 follow-up, 1 relation, and every trace in the undo history`);
      expect(out).toContain(`1 conversation shared with others stays with them, without ${SECRETS.name} (#2): #3`);
      expect(out).toContain('this cannot be undone');
      expect(existsSync(`${j.db}-wal`)).toBe(true);
      expect(readFileSync(`${j.db}-wal`).length).toBe(0);
      expect(wordsInFiles(j.db, ALL)).toEqual([]);
    } finally {
      other.close();
    }
    expect(wordsInFiles(j.db, ALL)).toEqual([]);
  });

  it('keeps everyone else: the shared conversation with Tom, Ada without her referrer or relation, and the search', async () => {
    const j = await journalWithSecrets();
    await j.ok(['rm', SECRETS.name, '--purge', '--yes']);
    expect(await j.json(['log', '--json'])).toMatchObject([{ id: 3, people: [{ id: 1, name: 'Tom Baker' }], note: 'lunch at the fair' }, { id: 1 }]);
    const ada = await j.json(['show', 'Ada Lane', '--json']);
    expect(ada.person.referredBy).toBeNull();
    expect(ada.relations).toEqual([]);
    expect((await j.json(['search', 'lunch', '--json'])).map((r: { person: { name: string } }) => r.person.name)).toEqual(['Tom Baker']);
    expect(await j.json(['search', SECRETS.note, '--json'])).toEqual([]);
    expect((await j.rel(['show', SECRETS.name])).code).toBe(1);
    // Whole, though doctor names the day's backup, made before the purge, as still holding her.
    expect((await j.rel(['doctor'])).stdout).toContain('integrity     ok');
  });

  it('cuts the undo history below the newest change that names them; newer changes stay undoable', async () => {
    const j = await journalWithSecrets();
    await j.ok(['edit', 'Ada Lane', '--referred-by', 'Tom Baker']); // its undo would point Ada back at her
    await j.ok(['remember', 'Tom Baker', 'likes jazz']);
    await j.ok(['tag', 'vip', '--every', '30d']);
    const out = await j.ok(['rm', SECRETS.name, '--purge', '--yes']);
    expect(out).toMatch(/^the undo history held their data: the \d+ changes up to the last one that involved them went with it \(rel undo cannot take them back\)$/m);
    const left = await j.json(['undo', '--list', '--json']);
    expect(left.map((c: { description: string }) => c.description)).toEqual(['set the cadence of tag vip to every 30d', 'remember detail #3 about Tom Baker (#1): likes jazz']);
    await j.ok(['undo']);
    await j.ok(['undo']);
    expect((await j.rel(['undo'])).stderr).toBe('rel: nothing to undo: no change is left to take back; nothing changed\n');
    const db = new Database(j.db, { readonly: true });
    try {
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.prepare("SELECT count(*) FROM details WHERE text = 'likes jazz'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('keeps the rowids the undo history names: an undo after a purge puts a row back where it was', async () => {
    const j = await journalWithSecrets();
    await j.ok(['edit', 'Tom Baker', '--email', 'tom2@example.com', '--phone', '+1 212 555 0100', '--alias', 'Tommy', '--tag', 'vip']);
    await j.ok(['edit', 'Tom Baker', '--remove-email', 'tom@example.com']);
    const rowids = () => {
      const db = new Database(j.db, { readonly: true });
      try {
        return ['contact_emails', 'contact_phones', 'contact_aliases', 'contact_tags', 'conversation_people'].map((t) => db.prepare(`SELECT rowid, * FROM ${t} WHERE contact_id <> 2 ORDER BY rowid`).raw().all() as unknown[][]);
      } finally {
        db.close();
      }
    };
    await j.ok(['undo']);
    const whole = rowids();
    await j.ok(['edit', 'Tom Baker', '--remove-email', 'tom@example.com']);
    await j.ok(['rm', SECRETS.name, '--purge', '--yes']);
    await j.ok(['undo']); // the email comes back with its rowid, beside the rows the rewrite of the file kept
    const [emails, phones, aliases, tags, people] = rowids();
    expect([emails, phones, aliases, tags]).toEqual(whole.slice(0, 4));
    // Tom is now first in the conversation he shared: his row is the same row, at position 0.
    expect(people).toEqual(whole[4]!.map((row) => (row[1] === 3 ? [row[0], 3, 1, 0, row[4]] : row)));
  });

  it('asks on a terminal in stronger words, and needs --yes otherwise; a no erases nothing', async () => {
    const j = await journalWithSecrets();
    const before = j.dump();
    const refused = await j.rel(['rm', SECRETS.name, '--purge']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`rel: --purge erases ${SECRETS.name} (#2) for good, with every trace in the undo history: it cannot be undone; add --yes to confirm (rel rm without --purge can be undone)\n`);
    const asked: string[] = [];
    const answering = (yes: boolean): Prompter => ({
      confirm: async (message) => (asked.push(message), yes),
      input: () => Promise.reject(new Error('not asked')),
      select: () => Promise.reject(new Error('not asked')),
      search: () => Promise.reject(new Error('not asked')),
    });
    const no = await runRel(['rm', SECRETS.name, '--purge'], { journalPath: j.db, tty: true, interactive: true, prompter: answering(false) });
    expect(no).toMatchObject({ code: 1, stderr: 'rel: nothing was erased\n' });
    expect(asked).toEqual([`Erase ${SECRETS.name} (#2) for good? Everything about them and every trace in the undo history is overwritten. This cannot be undone, not even with rel undo.`]);
    expect(j.dump()).toBe(before);
    const yes = await runRel(['rm', SECRETS.name, '--purge'], { journalPath: j.db, tty: true, interactive: true, prompter: answering(true) });
    expect(yes.code).toBe(0);
    expect(wordsInFiles(j.db, ALL)).toEqual([]);
  });

  it('also takes out what was freed before deletes overwrote (a journal written by an older rel)', async () => {
    const j = await journalWithSecrets();
    const older = new Database(j.db);
    try {
      older.pragma('secure_delete = OFF'); // as every rel before 0015
      older.prepare("UPDATE details SET text = 'something else' WHERE contact_id = 2").run();
    } finally {
      older.close();
    }
    expect(wordsInFiles(j.db, [SECRETS.editedDetail])).toEqual([SECRETS.editedDetail]); // freed, not overwritten
    await j.ok(['rm', SECRETS.name, '--purge', '--yes']);
    expect(wordsInFiles(j.db, ALL)).toEqual([]);
  });

  it('works the same from the real binary', async () => {
    const j = makeJournal({ spawned: true });
    await j.ok(['add', SECRETS.name, '--note', SECRETS.note, '--remember', SECRETS.remember]);
    await j.ok(['add', 'Tom Baker', '--note', 'hello']);
    expect(wordsInFiles(j.db, [SECRETS.note, SECRETS.remember])).toHaveLength(2);
    const result = await j.rel(['rm', SECRETS.name, '--purge', '--yes']);
    expect(result.code).toBe(0);
    expect(wordsInFiles(j.db, [SECRETS.name, SECRETS.note, SECRETS.remember])).toEqual([]);
  });
});

describe('a change that leaves the undo history', () => {
  it('takes its bytes out of the file: a deleted conversation is gone after 50 more changes', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Tom Baker', '--note', 'hello']);
    await j.ok(['add', 'Tom Baker', '--note', `we talked about the ${SECRETS.note} and the ${SECRETS.editedNote}`, '--on', '2026-11-20']);
    await j.ok(['conversation', 'rm', '2']);
    expect(wordsInFiles(j.db, [SECRETS.note, SECRETS.editedNote])).toHaveLength(2); // rel undo can still bring it back
    for (let i = 1; i < 50; i++) await j.ok(['remember', 'Tom Baker', `detail number ${i}`]);
    expect(wordsInFiles(j.db, [SECRETS.note, SECRETS.editedNote])).toHaveLength(2); // the 50th change back is the delete
    await j.ok(['remember', 'Tom Baker', 'detail number 50']);
    expect(wordsInFiles(j.db, [SECRETS.note, SECRETS.editedNote])).toEqual([]);
  });
});

describe('the settings erasure rests on', () => {
  it('every connection deletes securely and keeps its temporary files in memory, and the full-text indexes have secure-delete on', () => {
    const db = openJournal(newJournal());
    try {
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY: no sort or VACUUM copy in /var/tmp
      expect(db.prepare("SELECT v FROM search_index_config WHERE k = 'secure-delete'").pluck().get()).toBe(1);
      expect(db.prepare("SELECT v FROM name_trigrams_config WHERE k = 'secure-delete'").pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('a deleted record\'s words leave the full-text index at once, not at its next merge', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Tom Baker', '--note', 'hello']);
    await j.ok(['add', 'Tom Baker', '--note', `we talked about the ${SECRETS.note}`, '--on', '2026-11-20']);
    const indexed = () => {
      const db = new Database(j.db, { readonly: true });
      try {
        // The index holds words by their stem (porter: quokkanote is kept as quokkanot).
        return Buffer.concat(db.prepare<[], Buffer>('SELECT block FROM search_index_data').pluck().all()).includes(SECRETS.note.slice(0, -1));
      } finally {
        db.close();
      }
    };
    expect(indexed()).toBe(true);
    await j.ok(['conversation', 'rm', '2']);
    expect(indexed()).toBe(false);
  });

  it('a name leaves the index of names and the search index at once: a person removed, and the people of an import undone', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Tom Baker']);
    const inPages = (index: string, text: string) => {
      const db = new Database(j.db, { readonly: true });
      try {
        return Buffer.concat(db.prepare<[], Buffer>(`SELECT block FROM ${index}_data`).pluck().all()).includes(Buffer.from(text));
      } finally {
        db.close();
      }
    };
    // A run of three that starts with an emoji no other name has is kept whole in the index's pages.
    const indexed = (run: string) => inPages('name_trigrams', run);
    await j.ok(['contact', 'add', 'Ann 🦔qz']);
    expect(indexed('🦔qz')).toBe(true);
    await j.ok(['rm', 'ann', '--yes']);
    expect(indexed('🦔qz')).toBe(false);
    // An import of many (their names taken out in one pass when it is undone), then of one among
    // them (taken out one by one).
    const many = join(dirname(j.db), 'many.csv');
    // A word no other record has, in the search index's pages as its stem (porter keeps this one whole).
    writeFileSync(many, `name,company\nZed 🦕wy,Qxyzzyplugh\n${Array.from({ length: 1200 }, (_, i) => `Eve Lane ${i},Acme`).join('\n')}\n`);
    const one = join(dirname(j.db), 'one.csv');
    writeFileSync(one, 'name\nBo 🦖xv\n');
    await j.ok(['import', many]);
    await j.ok(['import', one]);
    expect([indexed('🦕wy'), indexed('🦖xv'), inPages('search_index', 'qxyzzyplugh')]).toEqual([true, true, true]);
    await j.ok(['undo']);
    expect([indexed('🦕wy'), indexed('🦖xv')]).toEqual([true, false]);
    await j.ok(['undo']);
    expect([indexed('🦕wy'), inPages('search_index', 'qxyzzyplugh')]).toEqual([false, false]);
    expect(await j.ok(['list'])).toContain('Tom Baker');
    expect((await j.rel(['show', 'lane'])).code).toBe(1);
  });

  it('reads every statement the undo history of a varied journal holds', async () => {
    const j = await journalWithSecrets();
    await j.ok(['rm', 'Ada Lane', '--yes']);
    await j.ok(['merge', 'Tom Baker', SECRETS.name, '--yes']);
    const db = new Database(j.db, { readonly: true });
    try {
      const statements = db.prepare<[], string>('SELECT undo_sql FROM undo_log').pluck().all();
      expect(statements.length).toBeGreaterThan(30); // facts only: since 0018 the rhythm columns of contacts are not logged
      expect(statements.filter((sql) => peopleNamedBy(sql) === undefined)).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('rel doctor after a purge', () => {
  it('names the backups beside the journal older than the last purge, which may still hold what it erased', async () => {
    const j = await journalWithSecrets();
    expect(await j.ok(['doctor'])).toMatch(/^ok\s+erasure\s+no rel rm --purge yet$/m);
    const dir = dirname(j.db);
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    const copies: Array<[string, string]> = [
      ['rel.db.backup-2026-11-22T09-00-00', '2026-11-22'], // rel backup
      ['rel.db.v13-backup-2026-11-20T08-00-00-000Z', '2026-11-20'], // before a migration
      ['backups/rel.db.2026-11-21', '2026-11-21'], // the daily backups
      ['backups/rel.db.2026-11-22.unchecked', '2026-11-22'], // one whose check was stopped
      ['backups/rel.db.2026-11-22T08-00-00.before-restore', '2026-11-22'], // kept before a restore
      ['backups/rel.db.2026-11-23T11-00-00.before-restore', '2026-11-24'], // after the purge
      ['backups/home.db.2026-11-21', '2026-11-21'], // another journal's, which never held them
      ['backups/rel-2026-11-21.db', '2026-11-21'], // not named as rel names the journal's copies
      ['rel.db.backup-2026-11-25T09-00-00', '2026-11-25'],
      ['notes.txt', '2026-11-01'], // not a copy of the journal
    ];
    mkdirSync(join(dir, 'backups'), { recursive: true }); // the daily backups may have made it
    for (const [file, written] of copies) {
      writeFileSync(join(dir, file), 'a copy');
      utimesSync(join(dir, file), day(written), day(written));
    }
    await j.ok(['rm', SECRETS.name, '--purge', '--yes'], { now: '2026-11-23T10:00:00Z' });
    const r = await j.rel(['doctor']);
    expect(r.code).toBe(1);
    // The day's own daily backup, made before the day's first write, holds them too: its day tells.
    const older = [
      'backups/rel.db.2026-11-21',
      'backups/rel.db.2026-11-22.unchecked',
      'backups/rel.db.2026-11-22T08-00-00.before-restore',
      'backups/rel.db.2026-11-23',
      'rel.db.backup-2026-11-22T09-00-00',
      'rel.db.v13-backup-2026-11-20T08-00-00-000Z',
    ].map((f) => join(dir, f));
    expect(r.stdout).toContain(
      'problem  erasure       6 backups beside the journal are older than the last purge (2026-11-23 10:00 UTC) and may still hold what it erased: rel.db.2026-11-21, rel.db.2026-11-22.unchecked, rel.db.2026-11-22T08-00-00.before-restore, rel.db.2026-11-23, rel.db.backup-2026-11-22T09-00-00, rel.db.v13-backup-2026-11-20T08-00-00-000Z' +
        ` — fix: remove them unless you must keep them: rm -- ${older.join(' ')}\n`,
    );
    for (const file of older) rmSync(file);
    expect(await j.ok(['doctor'])).toMatch(/^ok\s+erasure\s+no backup beside the journal is older than the last purge \(2026-11-23 10:00 UTC\); copies kept elsewhere may be$/m);
  });
});
