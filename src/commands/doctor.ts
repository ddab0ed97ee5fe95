// rel doctor: is the journal whole, private and as this rel expects it? One line per check; when
// something is wrong, the line says what to do, and rel exits 1.
import type { Context } from '../context.js';
import { RelError } from '../errors.js';
import { clearDamageFlag } from '../store/dailyBackups.js';
import { checkJournal } from '../store/health.js';
import { json, makeStyle } from '../ui/style.js';

export interface DoctorOptions {
  json?: boolean;
}

export async function doctor(opts: DoctorOptions, ctx: Context): Promise<void> {
  const path = ctx.journalPath;
  const checks = checkJournal(path);
  // The flag of a damaged daily check has told its story once rel doctor finds the journal whole.
  if (checks.some((c) => c.check === 'integrity' && c.ok)) clearDamageFlag(path);
  const problems = checks.filter((c) => !c.ok).length;
  if (opts.json) {
    ctx.out.write(json({ journal: path, ok: problems === 0, checks }));
  } else {
    const s = makeStyle(ctx.color);
    const width = Math.max(...checks.map((c) => c.check.length));
    for (const c of checks) {
      const status = c.ok ? s.green('ok     ') : s.red('problem');
      ctx.out.write(`${status}  ${c.check.padEnd(width)}  ${c.detail}${c.fix ? ` — fix: ${c.fix}` : ''}\n`);
    }
  }
  if (problems > 0) throw new RelError(`${problems} problem${problems === 1 ? '' : 's'} with the journal ${path}; the fixes are above`);
}
