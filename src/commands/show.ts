// rel show NAME: the person's card before a meeting.
import { contactJson, conversationJson, detailJson, reminderJson } from '../contactJson.js';
import type { Context } from '../context.js';
import { getContact, referralsOf } from '../store/contacts.js';
import { listConversations } from '../store/conversations.js';
import { detailsOf } from '../store/details.js';
import { requireContact } from '../store/lookup.js';
import { listReminders } from '../store/reminders.js';
import { renderCard, type Card } from '../ui/card.js';
import { json } from '../ui/style.js';

const RECENT_CONVERSATIONS = 10;

export async function show(query: string, opts: { json?: boolean }, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contact = requireContact(j, query);
  const referrer = contact.referredBy === null ? undefined : getContact(j, contact.referredBy);
  const card: Card = {
    contact,
    referredBy: referrer ? { id: referrer.id, name: referrer.name } : null,
    referrals: referralsOf(j, contact.id),
    details: detailsOf(j, contact.id),
    reminders: listReminders(j, { contactId: contact.id }),
    conversations: listConversations(j, { contactId: contact.id, limit: RECENT_CONVERSATIONS }),
    openComplaints: listConversations(j, { contactId: contact.id }).filter((v) => v.complaint && v.resolvedOn === null),
  };
  if (opts.json) {
    ctx.out.write(
      json({
        ...contactJson(contact),
        referredBy: card.referredBy,
        referrals: card.referrals,
        details: card.details.map(detailJson),
        reminders: card.reminders.map(reminderJson),
        openComplaints: card.openComplaints.map(conversationJson),
        conversations: card.conversations.map(conversationJson),
      }),
    );
    return;
  }
  ctx.out.write(renderCard(card, ctx));
}
