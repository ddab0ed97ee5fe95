// The bench's verdicts and its printout: one table (each case with its medians, ratios, target,
// result and peak memory), the notes, and one growth line per command measured on M and on L.
import { describeTarget } from './cases.mjs';
import { mulberry32 } from './random.mjs';

/** The middle of the values (the mean of the two middle ones); null for none. */
export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A case's medians and ratios, and whether it meets its target. `measured`: { times, rssKB,
 * failed, bytes } of its rounds; `medianOf(id)`: rel's median in another case (for target.vs).
 */
export function judge(c, { times, rssKB, failed, bytes }, medianOf) {
  const ms = { rel: median(times.rel), node: median(times.node), bare: median(times.bare) };
  const ratio = (a, b) => (a !== null && b ? a / b : null);
  const xNode = ratio(ms.rel, ms.node);
  const xBare = ratio(ms.rel, ms.bare);
  const xOther = c.target.vs ? ratio(ms.rel, medianOf(c.target.vs[0])) : null;
  const relMB = rssKB.rel === null ? null : rssKB.rel / 1024;
  const checks = [];
  const check = (limit, value) => limit && checks.push(value === null ? null : value <= limit);
  check(c.target.node, xNode);
  check(c.target.bare, xBare);
  check(c.target.vs?.[1], xOther);
  check(c.target.ms, ms.rel);
  check(c.target.rssMB, relMB);
  let result = '—';
  if (failed.rel) result = 'FAILED';
  else if (checks.includes(false)) result = 'FAIL';
  else if (checks.includes(null)) result = '?';
  else if (checks.length) result = 'pass';
  const notes = Object.values(failed).filter(Boolean);
  if (c.target.vs && xOther !== null) notes.push(`${xOther.toFixed(2)}× the time of ${c.target.vs[0]}`);
  else if (c.target.vs && ms.rel !== null) notes.push(`no median of ${c.target.vs[0]} to compare with: measure it in the same run`);
  if (!failed.rel && !failed.bare && bytes.bare > 1000 && bytes.rel < bytes.bare / 100) notes.push(`rel wrote ${bytes.rel} bytes to stdout, the bare script ${bytes.bare}`);
  return { case: c, ms, xNode, xBare, rssKB, bytes, result, notes };
}

const fmtMs = (v) => (v === null ? '—' : v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'));
const fmtX = (v) => (v === null ? '—' : `${v.toFixed(2)}×`);
const fmtMB = (v) => (v === null ? '?' : String(Math.round(v / 1024)));

export function printTable(results) {
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

const fmtBytes = (n) => (n < 10_000 ? `${n} B` : n < 10_000_000 ? `${Math.round(n / 1024).toLocaleString('en-US')} KB` : `${Math.round(n / 1048576).toLocaleString('en-US')} MB`);

/**
 * Issue 16: from M to L no daily command grows by more than its output does. The growth of the
 * time above node's floor (rel − node) against the growth of the bytes written to stdout (at
 * least ×1: a command whose output does not grow must not slow down). A command given in
 * `sideBySide` (name → { times: { M, L, node }, bytes: { M, L } } or { failed }) is judged on those
 * rounds, where its two sizes ran side by side; the others on their two rows of the table. The
 * bare script's growth (from the table) beside it. Lines come back as text so that a test can read them.
 *
 * Side by side, the line gives the growth's 90% interval (growthInterval) and fails only when the
 * whole interval lies above the target: a few milliseconds above node decide these lines, and the
 * same build measured twice has put one command on both sides of ×1.00. Within the interval it
 * says so ("not beyond the noise"), with the interval to read.
 */
export function growthLines(results, sideBySide = new Map()) {
  const byId = new Map(results.map((r) => [r.case.id, r]));
  const lines = [];
  const width = Math.max(13, ...results.map((r) => r.case.name.length));
  for (const m of results) {
    if (m.case.size !== 'M' || m.case.growth === false) continue;
    const l = byId.get(`${m.case.name}-L`);
    if (!l) continue;
    const paired = sideBySide.get(m.case.name);
    if (paired?.failed) {
      lines.push(`${m.case.name.padEnd(width)} side by side: ${paired.failed}  FAILED`);
      continue;
    }
    const measure = paired ? fromRounds(paired) : fromTable(m, l);
    if (!measure) continue;
    const aboveM = Math.max(1, measure.M - measure.nodeM);
    const aboveL = Math.max(1, measure.L - measure.nodeL);
    const time = aboveL / aboveM;
    const output = Math.max(1, measure.bytesL) / Math.max(1, measure.bytesM);
    const target = Math.max(1, output);
    const bare = m.ms.bare !== null && l.ms.bare !== null && m.ms.node !== null && l.ms.node !== null ? `; bare ×${(aboveBare(l) / aboveBare(m)).toFixed(2)}` : '';
    const interval = paired ? growthInterval(paired.times) : null;
    const spread = interval ? ` (90%: ×${interval[0].toFixed(2)}–×${interval[1].toFixed(2)})` : '';
    const verdict = time <= target ? 'pass' : interval && interval[0] <= target ? 'pass: not beyond the noise' : 'FAIL';
    const how = paired ? ' (side by side)' : '';
    lines.push(
      `${m.case.name.padEnd(width)} rel − node ${fmtMs(aboveM)} → ${fmtMs(aboveL)} ms ×${time.toFixed(2)}${spread}; stdout ${fmtBytes(measure.bytesM)} → ${fmtBytes(measure.bytesL)} ×${output.toFixed(2)}${bare}  ${verdict}${how}`,
    );
  }
  return lines;
}

const aboveBare = (r) => Math.max(1, r.ms.bare - r.ms.node);

/** The medians of the side-by-side rounds. */
function fromRounds({ times, bytes }) {
  const node = median(times.node);
  return { M: median(times.M), L: median(times.L), nodeM: node, nodeL: node, bytesM: bytes.M, bytesL: bytes.L };
}

/**
 * The 90% interval of the growth (rel − node on L over rel − node on M, from medians) by the
 * bootstrap: the rounds drawn again with replacement, each keeping its three runs together, as
 * they met the host at one moment. Seeded, so the same rounds always give the same interval.
 */
export function growthInterval(times, resamples = 2000) {
  const random = mulberry32(16);
  const rounds = Math.min(times.M.length, times.L.length, times.node.length);
  const growths = [];
  for (let k = 0; k < resamples; k++) {
    const drawn = Array.from({ length: rounds }, () => Math.floor(random() * rounds));
    const node = median(drawn.map((i) => times.node[i]));
    const above = (size) => Math.max(1, median(drawn.map((i) => times[size][i])) - node);
    growths.push(above('L') / above('M'));
  }
  growths.sort((a, b) => a - b);
  return [growths[Math.floor(0.05 * resamples)], growths[Math.ceil(0.95 * resamples) - 1]];
}

/** A command's growth from its two rows of the table, or null when one did not run. */
function fromTable(m, l) {
  if ([m, l].some((r) => r.result === 'FAILED' || r.ms.rel === null || r.ms.node === null)) return null;
  return { M: m.ms.rel, L: l.ms.rel, nodeM: m.ms.node, nodeL: l.ms.node, bytesM: m.bytes.rel, bytesL: l.bytes.rel };
}

export function printGrowth(results, sideBySide) {
  const lines = growthLines(results, sideBySide);
  if (lines.length) console.log(`\ngrowth M→L (target: the time above node grows no more than the output, at least ×1; side by side, FAIL when the growth's whole 90% interval lies above it):\n${lines.map((l) => `  ${l}`).join('\n')}`);
}
