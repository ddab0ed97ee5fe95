// rel import of a `rel export all` document: the whole journal restored, ids and all, into an
// empty journal (restore.ts says why only there). Settings are checked as `rel config set` checks
// them, so a restored journal never holds a value rel today would trip over.
import type { Context } from '../context.js';
import { checkSettingValue } from '../domain/settings.js';
import { ValueError } from '../errors.js';
import { ImportFormatError } from '../formats/importError.js';
import type { JournalDocument } from '../domain/records.js';
import { describeLoop, referralLoops } from '../domain/referrals.js';
import { readJournalDocument } from '../formats/journalJson.js';
import { documentSize, refuseUnlessEmpty, restoreJournal } from '../store/restore.js';
import { isSettingKey, SETTING_DEFAULTS } from '../store/settings.js';
import type { Progress } from '../ui/progress.js';
import { plural } from '../ui/style.js';

/** `argument` is the file as the command line gave it: `-` reads stdin, named "stdin". */
export async function restoreDocument(
  bytes: Uint8Array,
  argument: string,
  dryRun: boolean,
  ctx: Context,
  progress: (total: number, label: string) => Progress | undefined,
): Promise<void> {
  const file = argument === '-' ? 'stdin' : argument;
  const doc = readJournalDocument(bytes, file);
  checkSettings(doc, file);
  checkConversationDays(doc, file, ctx.today);
  const j = ctx.journal();
  if (!dryRun) j.checkWritable(); // before the notes: a refusal is the only line
  for (const note of breakReferralLoops(doc)) ctx.err.write(`note ${file}: ${note}\n`);
  if (dryRun) {
    refuseUnlessEmpty(j, file, argument); // as the restore itself would: the dry run's exit code tells a script
    ctx.out.write(`would restore ${describe(doc)} into the empty journal ${j.path}\n`);
    return;
  }
  await j.readyToWrite();
  const bar = progress(documentSize(doc), `restoring ${file}`);
  try {
    j.write(() => restoreJournal(j, doc, file, argument, bar && ((done) => bar.update(done))), `restore ${describe(doc)} from ${file}`);
  } finally {
    bar?.finish();
  }
  ctx.out.write(`restored ${describe(doc)} from ${file}\n`);
}

function describe(doc: JournalDocument): string {
  const parts = [
    plural(doc.contacts.length, 'contact'),
    plural(doc.conversations.length, 'conversation'),
    plural(doc.details.length, 'detail'),
    plural(doc.reminders.length, 'reminder'),
  ];
  if (doc.relations.length > 0) parts.push(plural(doc.relations.length, 'relation'));
  if (doc.tags.length > 0) parts.push(plural(doc.tags.length, 'tag cadence'));
  if (Object.keys(doc.settings).length > 0) parts.push(plural(Object.keys(doc.settings).length, 'setting'));
  return parts.join(', ');
}

function checkSettings(doc: JournalDocument, file: string): void {
  for (const [key, value] of Object.entries(doc.settings)) {
    const fail = (problem: string) => new ImportFormatError({ file, field: `settings.${key}` }, problem);
    if (!isSettingKey(key)) throw fail(`is not a setting rel knows (${Object.keys(SETTING_DEFAULTS).join(', ')})`);
    // What rel config set takes, and no more: a journal exported with days 0 comes back.
    try {
      checkSettingValue(key, value);
    } catch (error) {
      if (error instanceof ValueError) throw fail(error.message);
      throw error;
    }
  }
}

/** A conversation is logged once it has happened: one dated after today is refused here as anywhere. */
function checkConversationDays(doc: JournalDocument, file: string, today: string): void {
  const index = doc.conversations.findIndex((v) => v.happenedOn > today);
  if (index < 0) return;
  const day = doc.conversations[index]!.happenedOn;
  throw new ImportFormatError(
    { file, field: `conversations[${index}].happenedOn` },
    `${day} is after today (${today}): a conversation is logged once it has happened; correct the day in the file, or restore it on or after ${day}`,
  );
}

/**
 * A document may hold a loop of referrals (a journal from before they were refused): the referrer
 * of the loop's newest person (the highest id) is left out, so the restored journal has none.
 * Returns what was left out, to say it.
 */
function breakReferralLoops(doc: JournalDocument): string[] {
  const referrers = new Map(doc.contacts.flatMap((c) => (c.referredBy === null ? [] : [[c.id, c.referredBy] as const])));
  const loops = referralLoops(referrers);
  if (loops.length === 0) return [];
  const byId = new Map(doc.contacts.map((c) => [c.id, c]));
  const name = (id: number) => byId.get(id)?.name ?? `#${id}`;
  return loops.map((loop) => {
    const newest = byId.get(Math.max(...loop))!;
    newest.referredBy = null;
    return `a loop of referrals, ${describeLoop(loop, name)} (each referred by the next); ${newest.name} is restored without a referrer`;
  });
}
