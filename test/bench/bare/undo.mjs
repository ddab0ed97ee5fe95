// Floor for `rel undo`: the newest change of the undo history played backwards in one transaction
// (foreign keys off, as rel does: the log is the whole story) and removed from the history.
// Usage: node undo.mjs JOURNAL
import { openJournal } from './common.mjs';

const db = openJournal(process.argv[2]);
db.pragma('foreign_keys = OFF');
const change = db.transaction(() => {
  const row = db.prepare('SELECT id, description FROM undo_changes ORDER BY id DESC LIMIT 1').get();
  if (row === undefined) return undefined;
  for (const sql of db.prepare('SELECT undo_sql FROM undo_log WHERE change_id = ? ORDER BY seq DESC').pluck().all(row.id)) db.prepare(sql).run();
  db.prepare('DELETE FROM undo_log WHERE change_id = ?').run(row.id);
  db.prepare('DELETE FROM undo_changes WHERE id = ?').run(row.id);
  return row;
})();
db.close();
console.log(change ? `undid: change #${change.id}${change.description ? ` (${change.description})` : ''}` : 'nothing to undo');
