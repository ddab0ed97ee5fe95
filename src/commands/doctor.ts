// rel doctor: is the journal whole, private and as this rel expects it? One line per check; when
// something is wrong, the line says what to do, and rel exits 1.
import type { Context } from '../context.js';
import { RelError } from '../errors.js';
import { clearDamageFlag } from '../store/backupFiles.js';
import { CHECK_NAMES, type Check, type CheckName } from '../store/checks.js';
import { journalChecks } from '../store/health.js';
import { json, makeStyle } from '../ui/style.js';

export interface DoctorOptions {
  json?: boolean;
}

/** The width of the column of checks' names. */
const NAME_WIDTH = Math.max(...CHECK_NAMES.map((name) => name.length));

/** The check made after `check` (CHECK_NAMES is their order). */
const checkAfter = (check: CheckName): CheckName | undefined => CHECK_NAMES[CHECK_NAMES.indexOf(check) + 1];

/** Erases the line the cursor is on: the note of the check being made. */
const ERASE_LINE = '\r\x1b[K';

export async function doctor(opts: DoctorOptions, ctx: Context): Promise<void> {
  const path = ctx.journalPath;
  const s = makeStyle(ctx.color);
  const checks: Check[] = [];
  // Each line as soon as its check is made: the integrity check of a large journal takes seconds.
  // At a terminal, the check being made is said meanwhile, and erased when its line comes.
  const noting = ctx.stdoutIsTTY && !opts.json;
  let noted = false;
  try {
    for (const c of journalChecks(path)) {
      checks.push(c);
      if (opts.json) continue;
      ctx.out.write(`${noted ? ERASE_LINE : ''}${c.ok ? s.green('ok     ') : s.red('problem')}  ${c.check.padEnd(NAME_WIDTH)}  ${c.detail}${c.fix ? ` — fix: ${c.fix}` : ''}\n`);
      const next = checkAfter(c.check);
      noted = noting && next !== undefined;
      if (noted) ctx.out.write(s.dim(`checking ${next}…`));
    }
  } finally {
    if (noted) ctx.out.write(ERASE_LINE);
  }
  // The flag of a damaged daily check has told its story once rel doctor finds the journal whole.
  if (checks.some((c) => c.check === 'integrity' && c.ok)) clearDamageFlag(path);
  const problems = checks.filter((c) => !c.ok).length;
  if (opts.json) ctx.out.write(json({ journal: path, ok: problems === 0, checks }));
  if (problems > 0) throw new RelError(`${problems} problem${problems === 1 ? '' : 's'} with the journal ${path}; ${opts.json ? 'each check\'s fix is in the JSON on stdout' : 'the fixes are above'}`);
}
