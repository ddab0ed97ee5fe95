// What `npm run bench` measures (SPEC §7), each rel command beside its bare better-sqlite3 floor
// (test/bench/bare/*.mjs). `round(ctx, n)` gives the arguments for the n-th round, so the import
// gets a fresh journal every time; `cleanup` removes what a round created.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const removeJournal = (path) => () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
};

/** Each round adds one conversation to a private copy of M: a dozen rows on 100,000, accepted. */
const addRound = (ctx) => ({
  rel: ['add', ctx.probe, '--note', 'Bench: called about the spring order', '--via', 'call', '--on', ctx.today],
  env: { REL_DB: ctx.addJournal },
  bare: ['add.mjs', ctx.addJournal, ctx.probe, 'Bench: called about the spring order', ctx.today],
});

/**
 * ctx: { today, journal: { M, L } (working copies), addJournal (a copy of M that `add` grows),
 *        probe (a unique, much-talked-to name in M), csv (the contacts CSV), tmp (scratch dir) }.
 * target: node / bare = the highest allowed ratio to that baseline's median; ms = an absolute
 * limit on the median; rssMB = a limit on rel's peak memory.
 */
export const CASES = [
  {
    id: 'today-M',
    label: 'today (M)',
    sizes: ['M'],
    round: (ctx) => ({
      rel: ['today', '--as-of', ctx.today],
      env: { REL_DB: ctx.journal.M },
      bare: ['today.mjs', ctx.journal.M, ctx.today],
    }),
    target: { node: 1.8 },
  },
  {
    id: 'today-L',
    label: 'today (L)',
    sizes: ['L'],
    round: (ctx) => ({
      rel: ['today', '--as-of', ctx.today],
      env: { REL_DB: ctx.journal.L },
      bare: ['today.mjs', ctx.journal.L, ctx.today],
    }),
    target: { node: 3 },
  },
  {
    id: 'add-M',
    label: 'add --note (M)',
    sizes: ['M'],
    round: addRound,
    target: { node: 1.8 },
  },
  {
    id: 'add-first-M',
    label: 'add, first of the day (M)',
    sizes: ['M'],
    // The first write of a day copies the journal to backups/ and checks the copy before writing
    // (the daily safety net): each round removes the copies, so each is a first write. add-M above
    // is every later write of the day.
    round: (ctx) => ({ ...addRound(ctx), cleanup: () => rmSync(join(dirname(ctx.addJournal), 'backups'), { recursive: true, force: true }) }),
    target: {},
  },
  {
    id: 'show-M',
    label: 'show NAME (M)',
    sizes: ['M'],
    round: (ctx) => ({ rel: ['show', ctx.probe], env: { REL_DB: ctx.journal.M }, bare: ['show.mjs', ctx.journal.M, ctx.probe] }),
    target: {},
  },
  {
    id: 'list-M',
    label: 'list (M)',
    sizes: ['M'],
    round: (ctx) => ({ rel: ['list'], env: { REL_DB: ctx.journal.M }, bare: ['list.mjs', ctx.journal.M] }),
    target: {},
  },
  {
    id: 'export-L',
    label: 'export conversations csv (L)',
    sizes: ['L'],
    heavy: true,
    round: (ctx) => ({
      rel: ['export', 'conversations', '--format', 'csv'],
      env: { REL_DB: ctx.journal.L },
      bare: ['export.mjs', ctx.journal.L],
    }),
    target: { bare: 2, rssMB: 150 },
  },
  {
    id: 'import-100k',
    label: 'import 100k contacts CSV',
    sizes: [],
    csv: true,
    heavy: true,
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
    target: { ms: 10_000 },
  },
];

/** "today,add" or "today-L,export" → the cases those names or ids select. */
export function selectCases(only) {
  if (!only) return CASES;
  const wanted = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !CASES.some((c) => c.id === w || c.id.split('-')[0] === w));
  if (unknown.length) throw new Error(`unknown case ${unknown.join(', ')}; known: ${CASES.map((c) => c.id).join(', ')}`);
  return CASES.filter((c) => wanted.some((w) => c.id === w || c.id.split('-')[0] === w));
}

/** The target as a short text, e.g. "≤1.8× node", "≤2× bare, ≤150 MB", "≤10 s". */
export function describeTarget(target) {
  const parts = [];
  if (target.node) parts.push(`≤${target.node}× node`);
  if (target.bare) parts.push(`≤${target.bare}× bare`);
  if (target.ms) parts.push(`≤${target.ms / 1000} s`);
  if (target.rssMB) parts.push(`≤${target.rssMB} MB`);
  return parts.join(', ') || '(none)';
}
