// What `npm run bench` measures (SPEC §7, issue 16): every command a user runs daily, on M and on L,
// each beside `node -e ''` and its bare better-sqlite3 floor (test/bench/bare/*.mjs), plus the
// start-up alone, the writes that move many due days, and an import. `round(ctx, n)` gives the
// arguments of the n-th round (warm-up included), so a write never repeats a no-op; `before` runs
// untimed just before a subject (the add that each timed undo takes back); `cleanup` removes what
// a round created.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** In vocabulary.mjs ("Plays tennis on Sundays", a remembered detail), so it matches on every journal. */
export const SEARCH_WORD = 'tennis';
const NOTE = 'Bench: called about the spring order';
/** What `rel today --review` shows at the foot of its first screen (src/ui/reviewKeys.ts). */
export const REVIEW_LEGEND = 'l log  d done';

/** Removes backups/ once no copy in it waits for its check (an `.unchecked` one): two minutes at most. */
function removeBackups(dir) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const start = Date.now(); Date.now() - start < 120_000; Atomics.wait(pause, 0, 0, 50)) {
    if (!existsSync(dir) || !readdirSync(dir).some((name) => name.endsWith('.unchecked'))) break;
  }
  rmSync(dir, { recursive: true, force: true });
}

const removeJournal = (path) => () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
};

/**
 * The commands, each measured on the sizes its targets name (and on both when it has none).
 * rel / bare: (ctx, size, n) → arguments; bare's first is the script in bare/. target: by size —
 * node / bare: the highest ratio to that baseline's median; ms: a limit on the median; rssMB: a
 * limit on rel's peak memory; vs: [case id, ratio] a limit on the ratio to another case's median.
 * heavy: the sizes where the case keeps fewer runs. writes: it works on private copies (ctx.write).
 * only: the sizes it is measured on, when not both. cleanup: (ctx, size) → what to undo after a round.
 * growth: false keeps it out of the growth lines (what it does grows with the journal by design).
 */
const COMMANDS = [
  { name: 'today', label: 'today', rel: () => ['today'], bare: (ctx, s) => ['today.mjs', ctx.journal[s], ctx.today], target: { M: { node: 1.5 }, L: { node: 2 } } },
  {
    name: 'add',
    label: 'add NAME --note',
    writes: true,
    rel: (ctx, s) => ['add', ctx.probe[s], '--note', NOTE, '--via', 'call', '--on', ctx.today],
    bare: (ctx, s) => ['add.mjs', ctx.write[s].bare, ctx.probe[s], NOTE, ctx.today],
    target: { M: { node: 1.5 }, L: { node: 2 } },
  },
  {
    // Someone met for the first time: the name is looked up as a part of someone's, then held to
    // every name that could be a typo of it (src/store/samePerson.ts), then created. Each round's
    // name is new: its number keeps it from being a part of any other, or a typo of one.
    name: 'add-new',
    label: 'add NEWNAME --note',
    writes: true,
    rel: (ctx, s, n) => ['add', newcomer(n), '--note', NOTE, '--via', 'call', '--on', ctx.today],
    bare: (ctx, s, n) => ['addNew.mjs', ctx.write[s].bare, newcomer(n), NOTE, ctx.today],
    target: { M: { node: 1.5 }, L: { node: 2 } },
  },
  {
    // The first write of a day copies the journal to backups/ (the daily safety net) and checks
    // the copy: before writing on a small journal; on M copied before the write and checked after
    // the command, in a process of its own; on L (over 128 MB) copied and checked by that process,
    // the write waiting for its snapshot alone (src/store/dailyBackups.ts). Each round waits for
    // that process, so that it runs beside no other round, then removes the copies, so each is a
    // first write; `add` is every later write.
    name: 'add-first',
    label: 'add, first of the day',
    writes: true,
    rel: (ctx, s) => ['add', ctx.probe[s], '--note', NOTE, '--via', 'call', '--on', ctx.today],
    bare: (ctx, s) => ['add.mjs', ctx.write[s].bare, ctx.probe[s], NOTE, ctx.today],
    cleanup: (ctx, s) => () => removeBackups(join(dirname(ctx.write[s].rel), 'backups')),
    heavy: ['L'], // 500 MB copied and checked a round
    growth: false, // the copy is the whole journal
    target: { M: {}, L: {} },
  },
  { name: 'show', label: 'show NAME', rel: (ctx, s) => ['show', ctx.probe[s]], bare: (ctx, s) => ['show.mjs', ctx.journal[s], ctx.probe[s]], target: { M: { node: 1.6 }, L: { node: 2 } } },
  { name: 'reminders', label: 'reminders', rel: () => ['reminders'], bare: (ctx, s) => ['reminders.mjs', ctx.journal[s], ctx.today], target: { M: { node: 1.6 }, L: { node: 2 } } },
  {
    name: 'reminders-all',
    label: 'reminders --all',
    rel: () => ['reminders', '--all'],
    bare: (ctx, s) => ['reminders.mjs', ctx.journal[s], ctx.today, '--all'],
    target: { L: { bare: 2, rssMB: 150 } },
    heavy: ['L'],
  },
  { name: 'stats', label: 'stats', rel: () => ['stats'], bare: (ctx, s) => ['stats.mjs', ctx.journal[s], ctx.today], target: { M: { node: 2 }, L: { node: 3 } }, heavy: ['L'] },
  { name: 'list', label: 'list (to a pipe)', rel: () => ['list'], bare: (ctx, s) => ['list.mjs', ctx.journal[s], ctx.today], target: { L: { bare: 2, rssMB: 150 } }, heavy: ['L'] },
  { name: 'search', label: `search ${SEARCH_WORD}`, rel: () => ['search', SEARCH_WORD], bare: (ctx, s) => ['search.mjs', ctx.journal[s], SEARCH_WORD], target: { M: { node: 1.5 }, L: { node: 2 } } },
  { name: 'log', label: 'log --limit 20', rel: () => ['log', '--limit', '20'], bare: (ctx, s) => ['log.mjs', ctx.journal[s], '20'], target: { M: { node: 1.5 }, L: { node: 2 } } },
  { name: 'log-all', label: 'log (no limit)', rel: () => ['log'], bare: (ctx, s) => ['log.mjs', ctx.journal[s]], target: { L: { rssMB: 150 } }, heavy: ['L'] },
  {
    name: 'export-csv',
    label: 'export conversations --format csv',
    rel: () => ['export', 'conversations', '--format', 'csv'],
    bare: (ctx, s) => ['export.mjs', ctx.journal[s]],
    target: { L: { bare: 2, rssMB: 150 } },
    heavy: ['L'],
  },
  {
    name: 'export-contacts',
    label: 'export contacts --format csv',
    rel: () => ['export', 'contacts', '--format', 'csv'],
    bare: (ctx, s) => ['contacts.mjs', ctx.journal[s], ctx.today],
    target: { L: { bare: 2, rssMB: 150 } },
    heavy: ['L'],
  },
  {
    name: 'export-ics',
    label: 'export dates --format ics',
    rel: () => ['export', 'dates', '--format', 'ics'],
    bare: (ctx, s) => ['ics.mjs', ctx.journal[s]],
    target: { L: { rssMB: 150, vs: ['export-csv-L', 3] } },
    heavy: ['M', 'L'],
  },
  { name: 'duplicates', label: 'duplicates --all', rel: () => ['duplicates', '--all'], bare: (ctx, s) => ['duplicates.mjs', ctx.journal[s]], target: {}, heavy: ['L'] },
  {
    name: 'undo',
    label: 'undo (of an add)',
    writes: true,
    // Each round's undo takes back the add made just before it, untimed, on the same copy.
    before: (ctx, s) => ({
      rel: { args: ['add', ctx.probe[s], '--note', 'Bench: to take back', '--on', ctx.today], env: { REL_DB: ctx.write[s].rel } },
      bare: { args: ['add', ctx.probe[s], '--note', 'Bench: to take back', '--on', ctx.today], env: { REL_DB: ctx.write[s].bare } },
    }),
    rel: () => ['undo'],
    bare: (ctx, s) => ['undo.mjs', ctx.write[s].bare],
    target: {},
  },
  {
    name: 'review',
    label: "today --review's first screen",
    // Left with q once the first screen is up, as a user leaves it: killed, it never wrote its code
    // cache, and every round compiled the review's modules afresh (some 10 ms on M).
    terminal: { until: REVIEW_LEGEND, leave: 'q' },
    rel: () => ['today', '--review'],
    bare: (ctx, s) => ['review.mjs', ctx.journal[s], ctx.today],
    target: {},
  },
];

// Writes on L: the daily ones within the daily budget, the two that move many due days ≤ 2 s.
// Values alternate between rounds, so that every round changes something.
const WRITES_L = [
  { name: 'edit', label: 'edit NAME --company', rel: (ctx, s, n) => ['edit', ctx.probe[s], '--company', company(n)], bare: (ctx, s, n) => ['edit.mjs', ctx.write[s].bare, ctx.probe[s], company(n)], target: { L: { node: 2 } } },
  { name: 'done', label: 'done ID', rel: (ctx, s, n) => ['done', String(ctx.openReminders[s][n])], bare: (ctx, s, n) => ['done.mjs', ctx.write[s].bare, String(ctx.openReminders[s][n]), ctx.today], target: { L: { node: 2 } } },
  { name: 'tag', label: 'tag vip --every', rel: (ctx, s, n) => ['tag', 'vip', '--every', tagCadence(n)], bare: (ctx, s, n) => ['tag.mjs', ctx.write[s].bare, 'vip', tagCadence(n)], target: { L: { ms: 2000 } } },
  { name: 'config', label: 'config set cadence', rel: (ctx, s, n) => ['config', 'set', 'cadence', cadence(n)], bare: (ctx, s, n) => ['config.mjs', ctx.write[s].bare, cadence(n)], target: { L: { ms: 2000 } } },
].map((w) => ({ ...w, writes: true }));
const newcomer = (n) => `Maria Lopez ${n + 1}`;
const company = (n) => (n % 2 ? 'Bench Events' : 'Bench & Co');
const tagCadence = (n) => (n % 2 ? '1m' : '14d'); // vip's own is 1m
const cadence = (n) => (n % 2 ? '90d' : '60d');

/** One case of a command on one size. */
function sized(command, size) {
  return {
    id: `${command.name}-${size}`,
    name: command.name,
    size,
    label: `${command.label} (${size})`,
    sizes: [size],
    writes: Boolean(command.writes),
    terminal: command.terminal,
    heavy: Boolean(command.heavy?.includes(size)),
    growth: command.growth !== false,
    target: command.target[size] ?? {},
    round: (ctx, n) => ({
      rel: command.rel(ctx, size, n),
      // Rel is pinned to the journals' day, as a user on that morning.
      env: { REL_DB: command.writes ? ctx.write[size].rel : ctx.journal[size], REL_NOW: ctx.today },
      bare: command.bare(ctx, size, n),
      before: command.before?.(ctx, size),
      cleanup: command.cleanup?.(ctx, size),
    }),
  };
}

const startup = {
  id: 'version',
  name: 'version',
  size: null,
  label: 'rel --version (start-up)',
  sizes: ['M'],
  target: { node: 1.2 },
  round: (ctx) => ({ rel: ['--version'], env: { REL_DB: ctx.journal.M }, bare: ['version.mjs', ctx.journal.M] }),
};

const importCase = {
  id: 'import-100k',
  name: 'import',
  size: null,
  label: 'import 100k contacts CSV',
  sizes: [],
  csv: true,
  heavy: true,
  target: { ms: 10_000 },
  round: (ctx, n) => {
    const relDb = join(ctx.tmp, `import-rel-${n}.db`);
    const bareDb = join(ctx.tmp, `import-bare-${n}.db`);
    return {
      rel: ['import', ctx.csv],
      env: { REL_DB: relDb },
      bare: ['import.mjs', bareDb, ctx.csv],
      cleanup: () => {
        removeJournal(relDb)();
        removeJournal(bareDb)();
      },
    };
  },
};

/** Every case in the order measured (and printed): start-up, M, L, the writes on L, the import. */
export const CASES = [
  startup,
  ...COMMANDS.filter((c) => !c.only || c.only.includes('M')).map((c) => sized(c, 'M')),
  ...COMMANDS.filter((c) => !c.only || c.only.includes('L')).map((c) => sized(c, 'L')),
  ...WRITES_L.map((c) => sized(c, 'L')),
  importCase,
];

/**
 * "today,add" → the cases those words select: a word is a case id (`today-L`), a command (`today`,
 * both sizes; `export` also selects `export-csv`, `export-contacts` and `export-ics`, `log` also `log-all`) or a
 * size (`M`, `L`).
 */
export function selectCases(only, cases = CASES) {
  if (!only) return cases;
  const wanted = only.split(',').map((s) => s.trim()).filter(Boolean);
  const picks = (w, c) => c.id === w || c.name === w || c.name.startsWith(`${w}-`) || c.size === w;
  const unknown = wanted.filter((w) => !cases.some((c) => picks(w, c)));
  if (unknown.length) throw new Error(`unknown case ${unknown.join(', ')}; known: ${[...new Set(cases.map((c) => c.name))].join(', ')}, a case id such as today-L, or a size (M, L)`);
  return cases.filter((c) => wanted.some((w) => picks(w, c)));
}

/** The target as a short text, e.g. "≤1.5× node", "≤2× bare, ≤150 MB", "≤2 s", "≤3× export-csv-L". */
export function describeTarget(target) {
  const parts = [];
  if (target.node) parts.push(`≤${target.node}× node`);
  if (target.bare) parts.push(`≤${target.bare}× bare`);
  if (target.vs) parts.push(`≤${target.vs[1]}× ${target.vs[0]}`);
  if (target.ms) parts.push(`≤${target.ms / 1000} s`);
  if (target.rssMB) parts.push(`≤${target.rssMB} MB`);
  return parts.join(', ') || '(none)';
}
