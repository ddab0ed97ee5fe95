// Floor for `rel today`: the morning list (morning.mjs), one line per person with every reason.
// Usage: node today.mjs JOURNAL DAY
import { openJournal } from './common.mjs';
import { morningList } from './morning.mjs';

const [path, today] = process.argv.slice(2);
const db = openJournal(path, { readonly: true });
const lines = morningList(db, today).map((p) => `${p.name}: ${p.reasons.join('; ')}`);
process.stdout.write(`${lines.join('\n')}\n`);
db.close();
