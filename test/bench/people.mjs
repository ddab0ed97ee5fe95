// The synthetic people: one plain object per contact, shared by the journal generator and the
// contacts-CSV writer so both look alike. Pure: everything comes from the seeded tools and the
// fixed reference day, never from the clock.
import { formatDay, pad2 } from './random.mjs';
import * as V from './vocabulary.mjs';

const YEAR = 365;

/** Letters NFD leaves alone, for e-mail addresses. */
const ASCII = { ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd' };

export function emailLocal(text, normalizeName) {
  return normalizeName(text)
    .replace(/[øłßæœđ]/g, (c) => ASCII[c])
    .replace(/[^a-z0-9]+/g, '');
}

/** The day contact `index` (of `count`) was added: 30% in one initial import, then steadily. */
export function createdDayOf(index, count, todayN) {
  const importDay = todayN - 3 * YEAR - 10;
  const imported = Math.floor(count * 0.3);
  if (index < imported) return importDay;
  const span = todayN - 1 - importDay;
  return importDay + 1 + Math.floor(((index - imported) * span) / Math.max(1, count - imported));
}

/** A full name not yet taken, most of the time: collisions get a middle initial or a second surname. */
function uniqueName(t, taken, normalizeName) {
  const first = t.pick(V.FIRST_NAMES);
  const last = t.pick(V.LAST_NAMES);
  let name = `${first} ${last}`;
  // A few namesakes are realistic (rel must handle ambiguity); most collisions are disambiguated.
  if (taken.has(normalizeName(name)) && t.chance(0.9)) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const initial = String.fromCharCode(65 + t.int(0, 25));
      name = t.chance(0.6) ? `${first} ${initial}. ${last}` : `${first} ${last}-${t.pick(V.LAST_NAMES)}`;
      if (!taken.has(normalizeName(name))) break;
    }
  }
  taken.add(normalizeName(name));
  return { first, last, name };
}

function birthday(t) {
  if (t.chance(0.015)) {
    // 29 February: with a leap year, or yearless.
    return t.chance(1 / 3) ? '--02-29' : `${t.pick([1960, 1964, 1972, 1980, 1984, 1988, 1992, 1996, 2000])}-02-29`;
  }
  const month = t.int(1, 12);
  const day = t.int(1, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]);
  if (t.chance(1 / 3)) return `--${pad2(month)}-${pad2(day)}`;
  return `${t.int(1950, 2004)}-${pad2(month)}-${pad2(day)}`;
}

function phone(t) {
  const d = (n) => Array.from({ length: n }, () => t.int(0, 9)).join('');
  switch (t.int(0, 3)) {
    case 0:
      return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 1:
      return `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 2:
      return `+1 (555) 01${d(1)}-${d(4)}`;
    default:
      return `+44 7700 900${d(3)}`;
  }
}

function tagsFor(t) {
  const count = t.weighted([[0, 35], [1, 40], [2, 18], [3, 7]]);
  const tags = [];
  for (let k = 0; k < count; k++) {
    const tag = t.weighted(V.TAGS);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/**
 * Contact `index` (0-based) of `count`. `ctx`: { todayN, taken (Set of name keys), normalizeName }.
 * referredBy is the 0-based index of an earlier contact, or null.
 */
export function makeContact(t, index, count, ctx) {
  const { todayN, taken, normalizeName } = ctx;
  const { first, last, name } = uniqueName(t, taken, normalizeName);
  const createdN = createdDayOf(index, count, todayN);
  const hasCompany = t.chance(0.7);
  const company = hasCompany ? `${t.pick(V.COMPANY_STEMS)} ${t.pick(V.COMPANY_TAILS)}` : null;
  const emails = [];
  if (t.chance(0.85)) {
    const local = `${emailLocal(first, normalizeName)}.${emailLocal(last, normalizeName)}`;
    emails.push(`${local}${t.chance(0.3) ? t.int(1, 99) : ''}@${t.pick(V.EMAIL_DOMAINS)}`);
    if (company && t.chance(0.25)) emails.push(`${emailLocal(first, normalizeName)}@${emailLocal(company, normalizeName)}.com`);
  }
  const phones = [];
  if (t.chance(0.7)) {
    phones.push(phone(t));
    if (t.chance(0.1)) phones.push(phone(t));
  }
  const referredBy = index > 0 && t.chance(0.2) ? t.int(0, index - 1) : null;
  const paused = t.chance(0.01);
  return {
    name,
    company,
    role: hasCompany ? (t.chance(0.8) ? t.pick(V.ROLES) : null) : t.chance(0.1) ? t.pick(V.ROLES) : null,
    birthday: t.chance(0.6) ? birthday(t) : null,
    customerSince: t.chance(0.4) ? formatDay(todayN - t.int(1, 15 * YEAR)) : null,
    cadence: t.chance(0.15) ? t.pick(V.CADENCES) : null,
    met: t.chance(0.3) ? t.pick(V.MET) : null,
    referredBy,
    archived: t.chance(0.02) ? 1 : 0,
    pausedUntil: paused ? formatDay(todayN + t.int(5, 120)) : null,
    createdN,
    emails,
    phones,
    aliases: t.chance(0.05) ? [t.pick(V.NICKNAMES)] : [],
    tags: tagsFor(t),
  };
}
