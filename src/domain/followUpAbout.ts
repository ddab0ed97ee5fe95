// What a follow-up made with a conversation says when given no "what" of its own (rel add
// --follow-up DATE): the conversation's note, so rel today says "follow up: <the note>"; without a
// note, which conversation it was. rel conversation edit says it again of the conversation as
// corrected, for the open follow-ups made from it that still say it (migration 0037 links them).
import type { Channel } from './channels.js';

export function followUpAbout(conversation: { note: string | null; via: Channel | null; happenedOn: string }): string {
  return conversation.note ?? `the ${conversation.via ?? 'conversation'} of ${conversation.happenedOn}`;
}
