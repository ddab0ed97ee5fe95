// rel export person NAME: everything the journal holds about one person, as JSON, for a subject
// access request (src/formats/personExport.ts says what is in it, and why others are ids only).
import type { Context } from '../context.js';
import { rhythmOf } from '../domain/rhythm.js';
import { relativesOf } from '../domain/relations.js';
import { personExportJson, type PersonRecords } from '../formats/personExport.js';
import { referralsOf } from '../store/contacts.js';
import { listConversations } from '../store/conversations.js';
import { detailsOf } from '../store/details.js';
import type { Journal } from '../store/journal.js';
import { requireContact } from '../store/lookup.js';
import { personNamed } from './personNamed.js';
import { changesNaming } from '../store/purge.js';
import { relationsOf } from '../store/relations.js';
import { listReminders } from '../store/reminders.js';
import { rhythmFactsOf, rhythmSettings } from '../store/rhythm.js';
import { json } from '../ui/style.js';

export async function exportPerson(query: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  // Whom, asked on a terminal before the read begins; then one read transaction: every part sees
  // the journal as it stood when the export began.
  const chosen = await personNamed(ctx, query);
  j.db.exec('BEGIN');
  try {
    ctx.out.write(json(personExportJson(recordsOf(j, chosen.id, ctx), ctx.now)));
  } finally {
    j.db.exec('COMMIT');
  }
}

function recordsOf(j: Journal, id: number, ctx: Context): PersonRecords {
  const contact = requireContact(j, `#${id}`);
  return {
    contact,
    rhythm: rhythmOf(rhythmFactsOf(j, [id], ctx.today).get(id) ?? contact, rhythmSettings(j), ctx.today),
    details: detailsOf(j, id),
    conversations: listConversations(j, { contactId: id }),
    reminders: listReminders(j, { contactId: id, all: true }),
    relatives: relativesOf(id, relationsOf(j, id)),
    referred: referralsOf(j, id).map((r) => r.id),
    undoChanges: changesNaming(j, id).length,
  };
}
