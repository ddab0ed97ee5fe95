// rel rm NAME: delete a person and everything about them. Asks on a terminal, needs --yes otherwise.
// rel undo brings them back; --purge erases them for good (src/store/purge.ts), and cannot be undone.
import type { Context } from '../context.js';
import type { Contact } from '../domain/records.js';
import { NotFoundError, RelError, UsageError } from '../errors.js';
import { deleteContact } from '../store/contacts.js';
import { pathWord } from '../shellWords.js';
import type { Journal } from '../store/journal.js';
import { personNamed } from './personNamed.js';
import { conversationsAlone, purgeContact, scrubJournal, sharedConversationsOf, type Purge } from '../store/purge.js';
import { deletedPersonNamed } from '../store/deletedPeople.js';

export interface RmOptions {
  yes?: boolean;
  purge?: boolean;
}

export async function rm(query: string, opts: RmOptions, ctx: Context): Promise<void> {
  const j = ctx.journal();
  if (opts.purge) {
    const person = await personOrDeleted(ctx, query);
    j.checkWritable();
    return purge(j, person, opts, ctx);
  }
  const contact = await personNamed(ctx, query);
  j.checkWritable();
  if (!opts.yes) {
    const goes = whatGoes(j, contact.id);
    if (!ctx.interactive) throw new UsageError(`deleting ${contact.name} (#${contact.id}) removes ${goes}; add --yes to confirm (or rel archive to hide them)`);
    const prompter = await ctx.prompter();
    const sure = await prompter.confirm(`Delete ${contact.name} (#${contact.id}) and ${goes}?`, false);
    if (!sure) throw new RelError('nothing was deleted');
  }
  await j.readyToWrite();
  const shared = j.write(() => {
    const conversations = sharedConversationsOf(j, contact.id);
    deleteContact(j, contact.id);
    return conversations.length;
  });
  ctx.out.write(`deleted ${contact.name} (#${contact.id}) and everything about them${sharedStay(shared)}\n`);
}

/** A conversation they shared is the others' record too: it stays with them (README: Erasure). */
const sharedStay = (shared: number): string => (shared === 0 ? '' : ` (${shared === 1 ? '1 conversation they shared stays' : `${shared} conversations they shared stay`} with the others)`);

/** What deleting the contact `id` removes, as the question before it says: the conversations they shared are not among it. */
function whatGoes(j: Journal, id: number): string {
  const shared = sharedConversationsOf(j, id);
  if (shared.length === 0) return 'all their conversations, details and reminders';
  const alone = conversationsAlone(j, id, shared);
  const conversations = alone === 0 ? '' : `their ${alone === 1 ? '1 conversation' : `${alone} conversations`} and `;
  return `${conversations}all their details and reminders${sharedStay(shared.length)}`;
}

/** Whom --purge erases: someone in the journal, or, when no one there answers to `query`, someone deleted whom the undo history still holds. */
async function personOrDeleted(ctx: Context, query: string): Promise<Pick<Contact, 'id' | 'name'> & { deleted: boolean }> {
  try {
    return { ...(await personNamed(ctx, query)), deleted: false };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const gone = deletedPersonNamed(ctx.journal(), query);
    if (gone === undefined) throw error;
    return { ...gone, deleted: true };
  }
}

async function purge(j: Journal, contact: Pick<Contact, 'id' | 'name'> & { deleted: boolean }, opts: RmOptions, ctx: Context): Promise<void> {
  const who = `${contact.name} (#${contact.id})`;
  if (!opts.yes) {
    if (contact.deleted && !ctx.interactive) throw new UsageError(`--purge erases ${who}, deleted already, for good: every trace of them in the undo history goes, and rel undo cannot bring them back; add --yes to confirm`);
    if (!ctx.interactive) throw new UsageError(`--purge erases ${who} for good, with every trace in the undo history: it cannot be undone; add --yes to confirm (rel rm without --purge can be undone)`);
    const prompter = await ctx.prompter();
    const what = contact.deleted ? `${who}, deleted already,` : who;
    const question = `Erase ${what} for good? Everything about them and every trace in the undo history is overwritten. This cannot be undone, not even with rel undo.`;
    if (!(await prompter.confirm(question, false))) throw new RelError('nothing was erased');
  }
  await j.readyToWrite(); // the day's first write: its backup, made before, is one doctor lists as holding them
  const done = purgeContact(j, contact.id);
  ctx.out.write(purgeReport(who, done, contact.deleted));
  let walEmptied: boolean;
  try {
    walEmptied = scrubJournal(j);
  } catch (error) {
    // Their rows are gone (committed), but the freed bytes are still in the file until it is rewritten.
    const command = `sqlite3 ${pathWord(j.path)} 'VACUUM; PRAGMA wal_checkpoint(TRUNCATE);'`;
    throw new RelError(`the journal could not be rewritten (${(error as Error).message}), so freed bytes of ${who} are still in the file: once no other rel is running, run ${command}`);
  }
  if (!walEmptied) ctx.err.write('rel: another program has the journal open, so its -wal may still hold old pages; SQLite empties it when the last one closes the journal\n');
}

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function purgeReport(who: string, p: Purge, deleted: boolean): string {
  const erased = [counted(p.conversations, 'conversation'), counted(p.details, 'detail'), counted(p.reminders, 'follow-up'), counted(p.relations, 'relation')];
  const lines = [deleted ? `erased ${who} for good: they had been deleted already, and every trace of them in the undo history went` : `erased ${who} for good: ${erased.join(', ')}, and every trace in the undo history`];
  if (p.sharedConversations.length > 0) {
    const ids = p.sharedConversations.map((id) => `#${id}`).join(', ');
    lines.push(`${counted(p.sharedConversations.length, 'conversation')} shared with others stay${p.sharedConversations.length === 1 ? 's' : ''} with them, without ${who}: ${ids} (rel conversation edit ID --note changes a note that mentions them)`);
  }
  if (p.clearedChanges === 1) lines.push('the undo history held their data: the change that involved them went with it (rel undo cannot take it back)');
  if (p.clearedChanges > 1) lines.push(`the undo history held their data: the ${p.clearedChanges} changes up to the last one that involved them went with it (rel undo cannot take them back)`);
  lines.push('this cannot be undone; backups made before still hold them (rel doctor lists those beside the journal)');
  return lines.map((l) => `${l}\n`).join('');
}
