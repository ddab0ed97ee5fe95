// rel show NAME: the person's card before a meeting.
import type { Context } from '../context.js';
import { archivedAmong, getContact, referralsOf } from '../store/contacts.js';
import { listConversations, openComplaintsWith } from '../store/conversations.js';
import { detailsOf } from '../store/details.js';
import { personNamed } from './personNamed.js';
import { listReminders } from '../store/reminders.js';
import { relationsOf } from '../store/relations.js';
import { relativesOf } from '../domain/relations.js';
import { renderCard, type Card } from '../ui/card.js';
import { reasonsOn, type Reason } from '../domain/ranking.js';
import { parseDuration } from '../domain/duration.js';
import { rhythmOf } from '../domain/rhythm.js';
import { getSetting, tagCadences } from '../store/settings.js';
import { loadRankInput } from '../store/today.js';
import type { Journal } from '../store/journal.js';
import type { Day } from '../domain/calendar.js';
import type { Contact } from '../domain/records.js';
import { json } from '../ui/style.js';
import { buildReferralTree, type ReferralNode } from '../domain/referrals.js';
import { conversationJson, detailJson, markedPersonJson, personJson, reasonJson, referralTreeJson, relativeJson, reminderJson } from '../formats/json.js';
import { rhythmFactsOf, rhythmSettings } from '../store/rhythm.js';
import { referralRows } from '../store/referrals.js';
import { renderReferralTree } from '../ui/referralTree.js';

const RECENT_CONVERSATIONS = 10;
const DATE_SOURCES = new Set(['birthday', 'customer-since', 'detail']);

/**
 * Birthdays, anniversaries and dated details in the coming year, and the dated details just gone
 * by that rel today asks about ("ask how it went"), in the words of rel today.
 */
function datesOnCard(j: Journal, contact: Contact, today: Day): Pick<Card, 'upcoming' | 'justPast'> {
  const input = loadRankInput(j, today, contact.id);
  if (input === undefined) return { upcoming: [], justPast: [] };
  const reasons = reasonsOn(input, { today, windowDays: 366, defaultCadence: parseDuration(getSetting(j, 'cadence')), tagCadences: tagCadences(j) });
  const dated = reasons.filter((r) => DATE_SOURCES.has(r.source)).sort((a, b) => a.days - b.days);
  // A detail known only to the month is coming up through that month (SPEC §4), as rel today lists it: its day, the 1st, has gone by.
  const comingUp = (r: Reason) => r.kind !== 'after-event' && (r.days >= 0 || r.month !== undefined);
  return { upcoming: dated.filter(comingUp), justPast: dated.filter((r) => r.kind === 'after-event') };
}

export interface ShowOptions {
  json?: boolean;
  tree?: boolean;
}

export async function show(query: string, opts: ShowOptions, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contact = await personNamed(ctx, query);
  const card = loadCard(j, contact, ctx.today);
  const tree = opts.tree ? buildReferralTree(referralRows(j, contact.id)) : undefined;
  if (opts.json) {
    ctx.out.write(json(cardJson(card, tree)));
    return;
  }
  ctx.out.write(renderCard(card, ctx) + (tree ? renderReferralTree(tree, ctx) : ''));
}

/** Everything the card shows of a person (also opened from rel today --review). */
export function loadCard(j: Journal, contact: Contact, today: Day): Card {
  // One more than it shows: whether there are older ones to point at.
  const conversations = listConversations(j, { contactId: contact.id, limit: RECENT_CONVERSATIONS + 1 });
  const referrer = contact.referredBy === null ? undefined : getContact(j, contact.referredBy);
  const referrals = referralsOf(j, contact.id);
  const relatives = relativesOf(contact.id, relationsOf(j, contact.id));
  const linked = [...(referrer ? [referrer.id] : []), ...referrals.map((r) => r.id), ...relatives.flatMap((r) => (r.person.id === null ? [] : [r.person.id]))];
  return {
    contact,
    referredBy: referrer ? { id: referrer.id, name: referrer.name } : null,
    referrals,
    relatives,
    archivedPeople: archivedAmong(j, linked),
    details: detailsOf(j, contact.id),
    reminders: listReminders(j, { contactId: contact.id }),
    conversations: conversations.slice(0, RECENT_CONVERSATIONS),
    olderConversations: conversations.length > RECENT_CONVERSATIONS,
    openComplaints: openComplaintsWith(j, contact.id),
    ...datesOnCard(j, contact, today),
    // As the journal stood on the day: a conversation dated after it does not count yet.
    rhythm: rhythmOf(rhythmFactsOf(j, [contact.id], today).get(contact.id) ?? contact, rhythmSettings(j), today),
  };
}

/**
 * The card: the person as everywhere else, then what the card adds; referralTree only with --tree.
 * The people the text card marks archived (referrer, referred, relatives) are marked here too.
 */
function cardJson(card: Card, tree: ReferralNode | undefined) {
  const archived = card.archivedPeople;
  return {
    person: personJson(card),
    referrer: card.referredBy ? markedPersonJson(card.referredBy, archived) : null,
    referrals: card.referrals.map((p) => markedPersonJson(p, archived)),
    relations: card.relatives.map((r) => relativeJson(r, archived)),
    details: card.details.map(detailJson),
    reminders: card.reminders.map(reminderJson),
    openComplaints: card.openComplaints.map(conversationJson),
    justPast: card.justPast.map(reasonJson),
    upcoming: card.upcoming.map(reasonJson),
    conversations: card.conversations.map(conversationJson),
    referralTree: tree ? referralTreeJson(tree) : null,
  };
}
