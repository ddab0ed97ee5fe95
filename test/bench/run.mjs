// The benchmark of SPEC §7 and issue 16. `npm run bench` builds, then runs this:
//
//   node test/bench/run.mjs [--runs N] [--warmup N] [--only today,add,L,...] [--rel PATH] [--keep] [--strict]
//   node test/bench/run.mjs --generate S|M|L|CSV --out FILE [--force]   (writes one input and exits)
//
// Every measurement is a whole process (`node bin/rel ...` with REL_DB set and NO_COLOR=1, stdout
// drained through a pipe), interleaved round-robin with its two baselines — `node -e ''` and the
// bare better-sqlite3 script doing the same SQL work — so all three see the same machine state.
// `rel today --review` and its baselines run in a pseudo-terminal (terminal.mjs) instead.
// Journals are cached in test/bench/out/; each run works on private copies of them (the writes on
// copies of their own, one for rel and one for the bare scripts). After the table, a command's M
// and L run side by side for its growth line (measureSideBySide), the heavy ones for fewer rounds.
// --runs: timed rounds per case (default 11, 3 for the heavy ones); --warmup: untimed rounds
// first (default 1, at least 1: the warm-up is where peak memory is measured); --strict: exit 1
// when a target is missed or a command fails.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { selectCases } from './cases.mjs';
import { firstLine, RSS_METHOD, runOnce } from './measure.mjs';
import { judge, median, printGrowth, printTable } from './report.mjs';
import { runInTerminal } from './terminal.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BARE = fileURLToPath(new URL('./bare/', import.meta.url));
const NODE = process.execPath;
const log = (message) => process.stderr.write(`bench: ${message}\n`);

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string' },
    warmup: { type: 'string', default: '1' },
    only: { type: 'string' },
    rel: { type: 'string', default: join(ROOT, 'bin', 'rel') },
    generate: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});

// The generator needs rel's compiled code: import it only once the arguments are known.
const { REFERENCE_DAY, SIZES } = await import('./generate.mjs');

async function generateOne(what, out) {
  if (!out) throw new Error('--generate needs --out FILE');
  const path = resolve(out);
  if (opts.force) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  else if (existsSync(path)) throw new Error(`${path} already exists; add --force to replace it`);
  if (what.toUpperCase() === 'CSV') {
    const { writeContactsCsv } = await import('./contacts-csv.mjs');
    const r = writeContactsCsv(path);
    log(`${r.rows} contacts → ${path} in ${(r.ms / 1000).toFixed(1)} s`);
    return;
  }
  const { generateJournal } = await import('./generate.mjs');
  const r = generateJournal(path, what.toUpperCase());
  log(`${what.toUpperCase()}: ${r.contacts} contacts, ${r.conversations} conversations, ${r.details} details, ${r.reminders} reminders → ${path} in ${(r.ms / 1000).toFixed(1)} s`);
}

/** The medians of two commands run in turn, `rounds` times each: [a's ms, b's ms]. */
async function pairedMedians(a, b, rounds = 7) {
  const times = [[], []];
  for (let round = 0; round < rounds; round++) {
    times[0].push((await runOnce(a.argv, { env: a.env })).ms);
    times[1].push((await runOnce(b.argv, { env: b.env })).ms);
  }
  return times.map((values) => median(values));
}

const NODE_E = [NODE, '-e', ''];

/**
 * Node reads the certificates NODE_EXTRA_CA_CERTS names as it starts, before any script: a cost of
 * every process, `node -e ''` and rel alike, that no script can shed. Said above the table, since it
 * is part of the floor the ratios are taken against (BENCHMARKS.md, "What fails, and why").
 */
async function extraCertificatesLine() {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return null;
  const withoutThem = { ...process.env };
  delete withoutThem.NODE_EXTRA_CA_CERTS;
  const [withMs, withoutMs] = await pairedMedians({ argv: NODE_E }, { argv: NODE_E, env: withoutThem });
  return `NODE_EXTRA_CA_CERTS=${file}: every node here reads those certificates as it starts: node -e '' ${Math.round(withMs)} ms with them, ${Math.round(withoutMs)} without (7 interleaved pairs)`;
}

/**
 * What a page of memory costs at its first touch on this host. Most of what rel does beyond Node's
 * own start is touching new memory, so the same commands take longer above node where a page costs
 * more (BENCHMARKS.md, "What fails, and why"): node filling a new 8 MB buffer, against node -e ''.
 */
async function freshPageLine() {
  const bytes = 8 << 20;
  const [bare, filling] = await pairedMedians({ argv: NODE_E }, { argv: [NODE, '-e', `Buffer.allocUnsafeSlow(${bytes}).fill(1)`] });
  const how = `node filling a new 8 MB buffer ${Math.round(filling)} ms against node -e '' ${Math.round(bare)}, 7 interleaved pairs`;
  // On a host whose speed moves from run to run, the pairs can put the filling below node itself.
  if (filling <= bare) return `a new 4 KB page of memory: its cost is lost in the noise this time (${how})`;
  const microseconds = ((filling - bare) * 1000) / (bytes / 4096);
  return `a new 4 KB page of memory costs ${microseconds.toFixed(1)} µs at its first touch here (${how})`;
}

/** A unique, active, much-talked-to name in the journal: what `show` and `add` are given. */
function probeName(path) {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT c.name FROM contacts c
         WHERE c.archived = 0 AND (SELECT count(*) FROM contacts d WHERE d.name_key = c.name_key) = 1
         ORDER BY (SELECT count(*) FROM conversation_people v WHERE v.contact_id = c.id) DESC, c.id LIMIT 1`,
      )
      .pluck()
      .get();
  } finally {
    db.close();
  }
}

/** Open follow-ups that do not recur, of people not archived: one for each round of `rel done`. */
function openReminders(path) {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare('SELECT r.id FROM reminders r JOIN contacts c ON c.id = r.contact_id WHERE r.done_on IS NULL AND r.every IS NULL AND c.archived = 0 ORDER BY r.id LIMIT 1000')
      .pluck()
      .all();
  } finally {
    db.close();
  }
}

async function prepareInputs(cases, tmp) {
  const { cachedContactsCsv, cachedJournal, workingCopy } = await import('./journals.mjs');
  const sizes = [...new Set(cases.flatMap((c) => c.sizes))];
  const ctx = { today: REFERENCE_DAY, journal: {}, probe: {}, write: {}, openReminders: {}, tmp };
  for (const size of sizes) {
    ctx.journal[size] = workingCopy(cachedJournal(size, log), tmp, `${size}.db`);
    ctx.probe[size] = probeName(ctx.journal[size]);
    if (!cases.some((c) => c.writes && c.sizes.includes(size))) continue;
    ctx.write[size] = { rel: workingCopy(ctx.journal[size], tmp, `${size}-rel.db`), bare: workingCopy(ctx.journal[size], tmp, `${size}-bare.db`) };
    ctx.openReminders[size] = openReminders(ctx.journal[size]);
  }
  if (cases.some((c) => c.csv)) ctx.csv = cachedContactsCsv(100_000, log);
  return ctx;
}

// A median of 11 rather than 7: on these 2-core machines a command's median moved by some 10% from
// one run of the bench to the next at 7, enough to flip a verdict near its line (HISTORY.md, beside this file).
const RUNS = 11;
/** Rounds of a growth line's own (measureSideBySide): its 90% interval narrows with them. */
const SIDE_BY_SIDE_RUNS = 21;
/** Rounds of a heavy command's growth line (its L case a second or more): as many as its cases keep. */
const HEAVY_SIDE_BY_SIDE_RUNS = 3;

const SUBJECTS = [
  { key: 'rel', argv: (r) => [NODE, opts.rel, ...r.rel] },
  { key: 'node', argv: () => [NODE, '-e', ''] },
  { key: 'bare', argv: (r) => [NODE, join(BARE, r.bare[0]), ...r.bare.slice(1)] },
];

/** One process: through a pipe, or in a pseudo-terminal for a case that needs one (rel only waits for its screen). */
function runSubject(c, key, argv, options) {
  if (!c.terminal) return runOnce(argv, options);
  return runInTerminal(argv, { ...options, ...(key === 'rel' ? c.terminal : {}) });
}

/**
 * Rounds of `subjects`, rotating who goes first. A subject: `key` (what its times are kept under),
 * `who` ('rel', 'node' or 'bare': what runs, and which of the round's `before` it waits for), `c`
 * (its case), `round` (which of `roundsOf(n)`'s rounds gives its arguments and env) and `argv`.
 */
async function measureRounds(label, subjects, roundsOf, ctx, runs, warmup) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const byKey = (value) => Object.fromEntries(subjects.map((s) => [s.key, value()]));
  const times = byKey(() => []);
  const rssKB = byKey(() => null);
  const failed = byKey(() => null);
  const bytes = byKey(() => 0);
  for (let n = 0; n < warmup + runs; n++) {
    if (process.stderr.isTTY) process.stderr.write(`bench: ${label}: ${n < warmup ? 'warm-up' : `run ${n - warmup + 1}/${runs}`}\x1b[K\r`);
    const rounds = roundsOf(n);
    const order = [...subjects.slice(n % subjects.length), ...subjects.slice(0, n % subjects.length)];
    try {
      for (const s of order) {
        if (failed[s.key]) continue;
        const round = rounds[s.round];
        const before = round.before?.[s.who];
        if (before) {
          const r = await runOnce([NODE, opts.rel, ...before.args], { env: { ...env, REL_NOW: ctx.today, ...before.env }, cwd: ROOT });
          if (r.code !== 0) {
            failed[s.key] = `${s.key}: the untimed rel ${before.args[0]} before it failed: ${firstLine(r.stderr)}`;
            continue;
          }
        }
        const r = await runSubject(s.c, s.who, s.argv(round), { env: { ...env, ...round.env }, cwd: ROOT, rss: n < warmup });
        if (r.code !== 0) {
          failed[s.key] = `${s.key} ${r.signal ? `killed (${r.signal})` : `exit ${r.code}`}: ${firstLine(r.stderr)}`;
          continue;
        }
        if (n < warmup) rssKB[s.key] = Math.max(rssKB[s.key] ?? 0, r.rssKB ?? 0) || null;
        else times[s.key].push(r.ms);
        bytes[s.key] = r.stdoutBytes;
      }
    } finally {
      for (const round of Object.values(rounds)) round.cleanup?.();
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\x1b[K');
  return { times, rssKB, failed, bytes };
}

/** Rounds of the case, each running rel and its two baselines. */
function measureCase(c, ctx, runs, warmup) {
  const subjects = SUBJECTS.map((s) => ({ ...s, who: s.key, c, round: 'case' }));
  return measureRounds(c.label, subjects, (n) => ({ case: c.round(ctx, n) }), ctx, runs, warmup);
}

/**
 * The growth line's own rounds: rel on M, rel on L and `node -e ''` side by side. Measured as two
 * cases, the sizes of a command met a host of another speed minutes apart, and a few milliseconds
 * above node decide the line.
 */
async function measureSideBySide(m, l, ctx, runs, warmup) {
  const [rel, node] = SUBJECTS;
  const subjects = [
    { ...rel, key: 'M', who: 'rel', c: m, round: 'M' },
    { ...rel, key: 'L', who: 'rel', c: l, round: 'L' },
    { ...node, who: 'node', c: m, round: 'M' },
  ];
  // Numbered after the cases' own rounds, on the same working copies: a write whose every round
  // must be new (add-new's person) never meets one of those rounds again.
  const after = (n) => AFTER_CASE_ROUNDS + n;
  const { times, failed, bytes } = await measureRounds(`${m.name} on M and L`, subjects, (n) => ({ M: m.round(ctx, after(n)), L: l.round(ctx, after(n)) }), ctx, runs, warmup);
  const failure = Object.values(failed).find(Boolean);
  if (failure) return { failed: failure };
  return { times, bytes: { M: bytes.M, L: bytes.L } };
}

/** The first round number of the growth line's rounds: above any case's own (--runs stays far below it). */
const AFTER_CASE_ROUNDS = 100_000;

/**
 * The commands measured on both sizes, with their growth line's rounds: SIDE_BY_SIDE_RUNS, or
 * HEAVY_SIDE_BY_SIDE_RUNS for those whose L case takes a second or more. Those were judged on their
 * two rows of the table, minutes apart, until the unlimited log's line failed at ×12.95 for ×11.25
 * on a build whose L case takes 4.8–8.0 s from one run to the next through a drained pipe
 * (test/bench/HISTORY.md).
 */
function sideBySideCommands(cases, relMedian) {
  const heavyL = (m) => (relMedian(`${m.name}-L`) ?? Infinity) >= 1000;
  return cases
    .filter((m) => m.size === 'M' && m.growth)
    .map((m) => [m, cases.find((l) => l.id === `${m.name}-L`), heavyL(m) ? HEAVY_SIDE_BY_SIDE_RUNS : SIDE_BY_SIDE_RUNS])
    .filter(([, l]) => l !== undefined);
}

async function main() {
  if (opts.generate) return generateOne(opts.generate, opts.out);
  const cases = selectCases(opts.only);
  const runsFlag = opts.runs === undefined ? null : Number(opts.runs);
  const warmup = Math.max(1, Number(opts.warmup));
  if ((runsFlag !== null && !(runsFlag >= 1)) || !Number.isFinite(warmup)) throw new Error('--runs and --warmup take a number ≥ 1');
  if (!existsSync(opts.rel)) log(`warning: ${opts.rel} does not exist; its runs will fail`);
  const tmp = mkdtempSync(join(tmpdir(), 'rel-bench-'));
  const cleanup = () => (opts.keep ? log(`kept ${tmp}`) : rmSync(tmp, { recursive: true, force: true }));
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const ctx = await prepareInputs(cases, tmp);
    const cpu = cpus();
    console.log(`rel bench: node ${process.version}, ${process.platform} ${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}`);
    const names = Object.entries(ctx.probe).map(([size, name]) => `"${name}" on ${size}`).join(', ');
    console.log(`reference day ${ctx.today}; M = ${SIZES.M.contacts} contacts/${SIZES.M.conversations} conversations, L = ${SIZES.L.contacts}/${SIZES.L.conversations}${names ? `; the name given to show, add and edit: ${names}` : ''}`);
    const certificates = await extraCertificatesLine();
    if (certificates) console.log(certificates);
    console.log(await freshPageLine());
    console.log(`median of ${runsFlag ?? `${RUNS} (3 for the heavy cases)`} interleaved runs after ${warmup} warm-up; peak RSS from the warm-up via ${RSS_METHOD} (in a terminal: VmHWM); rel = node ${opts.rel}, REL_NOW=${ctx.today}\n`);
    const measured = new Map();
    for (const c of cases) {
      if (!process.stderr.isTTY) log(`measuring ${c.label}`);
      measured.set(c.id, await measureCase(c, ctx, runsFlag ?? (c.heavy ? 3 : RUNS), warmup));
    }
    const relMedian = (id) => (measured.has(id) ? median(measured.get(id).times.rel) : null);
    const results = cases.map((c) => judge(c, measured.get(c.id), relMedian));
    printTable(results);
    const sideBySide = new Map();
    for (const [m, l, runs] of sideBySideCommands(cases, relMedian)) {
      if (!process.stderr.isTTY) log(`measuring ${m.name} on M and L side by side`);
      sideBySide.set(m.name, await measureSideBySide(m, l, ctx, runsFlag ?? runs, warmup));
    }
    printGrowth(results, sideBySide);
    if (opts.strict && results.some((r) => r.result === 'FAIL' || r.result === 'FAILED')) process.exitCode = 1;
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  log(error.message);
  process.exitCode = 2;
});

