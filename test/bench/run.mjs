// The benchmark of SPEC §7. `npm run bench` builds, then runs this:
//
//   node test/bench/run.mjs [--runs N] [--warmup N] [--only today,add,...] [--rel PATH] [--keep] [--strict]
//   node test/bench/run.mjs --generate S|M|L|CSV --out FILE [--force]   (writes one input and exits)
//
// Every measurement is a whole process (`node bin/rel ...` with REL_DB set and NO_COLOR=1, stdout
// drained through a pipe), interleaved round-robin with its two baselines — `node -e ''` and the
// bare better-sqlite3 script doing the same SQL work — so all three see the same machine state.
// Journals are cached in test/bench/out/; each run works on private copies of them.
// --runs: timed rounds per case (default 7, 3 for export and import); --warmup: untimed rounds
// first (default 1, at least 1: the warm-up is where peak memory is measured); --strict: exit 1
// when a target is missed or a command fails.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeTarget, selectCases } from './cases.mjs';
import { firstLine, median, RSS_METHOD, runOnce } from './measure.mjs';

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

/** A unique, active, much-talked-to name in the journal: what `show` and `add` are given. */
function probeName(path) {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT c.name FROM contacts c
         WHERE c.archived = 0 AND (SELECT count(*) FROM contacts d WHERE d.name_key = c.name_key) = 1
         ORDER BY (SELECT count(*) FROM conversations v WHERE v.contact_id = c.id) DESC, c.id LIMIT 1`,
      )
      .pluck()
      .get();
  } finally {
    db.close();
  }
}

async function prepareInputs(cases, tmp) {
  const { cachedContactsCsv, cachedJournal, workingCopy } = await import('./journals.mjs');
  const sizes = [...new Set(cases.flatMap((c) => c.sizes))];
  const ctx = { today: REFERENCE_DAY, journal: {}, tmp };
  for (const size of sizes) ctx.journal[size] = workingCopy(cachedJournal(size, log), tmp, `${size}.db`);
  if (ctx.journal.M) ctx.probe = probeName(ctx.journal.M);
  if (cases.some((c) => c.id === 'add-M' || c.id === 'add-first-M')) ctx.addJournal = workingCopy(ctx.journal.M, tmp, 'M-add.db');
  if (cases.some((c) => c.csv)) ctx.csv = cachedContactsCsv(100_000, log);
  return ctx;
}

async function measureCase(c, ctx, runs, warmup) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const subjects = [
    { key: 'rel', argv: (r) => [NODE, opts.rel, ...r.rel] },
    { key: 'node', argv: () => [NODE, '-e', ''] },
    { key: 'bare', argv: (r) => [NODE, join(BARE, r.bare[0]), ...r.bare.slice(1)] },
  ];
  const times = { rel: [], node: [], bare: [] };
  const rssKB = { rel: null, node: null, bare: null };
  const failed = { rel: null, node: null, bare: null };
  const bytes = { rel: 0, bare: 0 };
  for (let n = 0; n < warmup + runs; n++) {
    if (process.stderr.isTTY) process.stderr.write(`bench: ${c.label}: ${n < warmup ? 'warm-up' : `run ${n - warmup + 1}/${runs}`}\x1b[K\r`);
    const round = c.round(ctx, n);
    const order = [...subjects.slice(n % 3), ...subjects.slice(0, n % 3)]; // rotate who goes first
    try {
      for (const s of order) {
        if (failed[s.key]) continue;
        const r = await runOnce(s.argv(round), { env: { ...env, ...round.env }, cwd: ROOT, rss: n < warmup });
        if (r.code !== 0) {
          failed[s.key] = `${s.key} ${r.signal ? `killed (${r.signal})` : `exit ${r.code}`}: ${firstLine(r.stderr)}`;
          continue;
        }
        if (n < warmup) rssKB[s.key] = Math.max(rssKB[s.key] ?? 0, r.rssKB ?? 0) || null;
        else times[s.key].push(r.ms);
        if (s.key in bytes) bytes[s.key] = r.stdoutBytes;
      }
    } finally {
      round.cleanup?.();
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\x1b[K');
  return judge(c, { times, rssKB, failed, bytes });
}

function judge(c, { times, rssKB, failed, bytes }) {
  const ms = { rel: median(times.rel), node: median(times.node), bare: median(times.bare) };
  const xNode = ms.rel !== null && ms.node ? ms.rel / ms.node : null;
  const xBare = ms.rel !== null && ms.bare ? ms.rel / ms.bare : null;
  const relMB = rssKB.rel === null ? null : rssKB.rel / 1024;
  const checks = [];
  if (c.target.node) checks.push(xNode === null ? null : xNode <= c.target.node);
  if (c.target.bare) checks.push(xBare === null ? null : xBare <= c.target.bare);
  if (c.target.ms) checks.push(ms.rel === null ? null : ms.rel <= c.target.ms);
  if (c.target.rssMB) checks.push(relMB === null ? null : relMB <= c.target.rssMB);
  let result = '—';
  if (failed.rel) result = 'FAILED';
  else if (checks.includes(false)) result = 'FAIL';
  else if (checks.includes(null)) result = '?';
  else if (checks.length) result = 'pass';
  const notes = Object.values(failed).filter(Boolean);
  if (!failed.rel && !failed.bare && bytes.bare > 1000 && bytes.rel < bytes.bare / 100) notes.push(`rel wrote ${bytes.rel} bytes to stdout, the bare script ${bytes.bare}`);
  return { case: c, ms, xNode, xBare, rssKB, result, notes };
}

const fmtMs = (v) => (v === null ? '—' : v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'));
const fmtX = (v) => (v === null ? '—' : `${v.toFixed(2)}×`);
const fmtMB = (v) => (v === null ? '?' : String(Math.round(v / 1024)));

function printTable(results) {
  const header = ['case', 'rel ms', "node -e '' ms", '×node', 'bare ms', '×bare', 'target', 'result', 'peak RSS MB rel/node/bare'];
  const rows = results.map((r) => [
    r.case.label,
    r.result === 'FAILED' ? 'failed' : fmtMs(r.ms.rel),
    fmtMs(r.ms.node),
    fmtX(r.xNode),
    fmtMs(r.ms.bare),
    fmtX(r.xBare),
    describeTarget(r.case.target),
    r.result,
    `${fmtMB(r.rssKB.rel)}/${fmtMB(r.rssKB.node)}/${fmtMB(r.rssKB.bare)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const left = new Set([0, 6, 7]);
  const line = (cells) => cells.map((cell, i) => (left.has(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const notes = results.flatMap((r) => r.notes.map((n) => `  ${r.case.label}: ${n}`));
  if (notes.length) console.log(`\nnotes:\n${notes.join('\n')}`);
}

/** SPEC §7: today's cost from M to L grows at most linearly in contacts (×10). */
function printGrowth(results) {
  const m = results.find((r) => r.case.id === 'today-M');
  const l = results.find((r) => r.case.id === 'today-L');
  if (!m || !l || m.result === 'FAILED' || l.result === 'FAILED' || m.ms.rel === null || l.ms.rel === null) return;
  const above = (r, key) => Math.max(0.1, r.ms[key] - r.ms.node);
  const growth = above(l, 'rel') / above(m, 'rel');
  const bare = above(l, 'bare') / above(m, 'bare');
  console.log(`\ngrowth of today M→L above node's floor: ${growth.toFixed(1)}× (bare: ${bare.toFixed(1)}×; contacts and conversations ×10; target ≤ 10×) ${growth <= 10 ? 'pass' : 'FAIL'}`);
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
    console.log(`reference day ${ctx.today}; M = ${SIZES.M.contacts} contacts/${SIZES.M.conversations} conversations, L = ${SIZES.L.contacts}/${SIZES.L.conversations}${ctx.probe ? `; name used by show/add: "${ctx.probe}"` : ''}`);
    console.log(`median of ${runsFlag ?? '7 (3 for export, import)'} interleaved runs after ${warmup} warm-up; peak RSS from the warm-up via ${RSS_METHOD}; rel = node ${opts.rel}\n`);
    const results = [];
    for (const c of cases) {
      if (!process.stderr.isTTY) log(`measuring ${c.label}`);
      results.push(await measureCase(c, ctx, runsFlag ?? (c.heavy ? 3 : 7), warmup));
    }
    printTable(results);
    printGrowth(results);
    if (opts.strict && results.some((r) => r.result === 'FAIL' || r.result === 'FAILED')) process.exitCode = 1;
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  log(error.message);
  process.exitCode = 2;
});

