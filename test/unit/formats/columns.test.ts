import { describe, expect, it } from 'vitest';
import {
  CONTACT_COLUMNS,
  CONVERSATION_COLUMNS,
  DETAIL_COLUMNS,
  REMINDER_COLUMNS,
  contactExportRow,
  conversationExportRow,
  detailExportRow,
  reminderExportRow,
} from '../../../src/formats/columns.js';
import { writeTable } from '../../../src/formats/tableExport.js';
import type { Contact } from '../../../src/domain/records.js';
import { parseDuration } from '../../../src/domain/duration.js';
import { rhythmOf } from '../../../src/domain/rhythm.js';
import { TextSink } from './streams.js';

const at = '2024-01-05T10:00:00.000Z';
const jane: Contact = {
  id: 12,
  name: 'Jane Doe',
  company: 'Doe & Co',
  role: null,
  birthday: '--02-29',
  customerSince: '2019-06-01',
  cadence: '2w',
  met: null,
  referredBy: 3,
  archived: false,
  pausedUntil: null,
  lastContactOn: '2024-02-01',
  imported: false,
  createdOn: '2024-01-05',
  createdAt: at,
  updatedAt: at,
  emails: ['jane@example.com', 'j@work.example'],
  phones: [],
  aliases: ['JD'],
  tags: ['clients'],
};

const rhythm = rhythmOf(jane, { tagCadences: new Map(), defaultCadence: parseDuration('90d') }, '2024-02-20');

describe('export columns', () => {
  it('are the documented contract', () => {
    expect(CONTACT_COLUMNS.join(',')).toBe('id,name,emails,phones,company,role,birthday,customer_since,cadence,met,referred_by,aliases,tags,archived,paused_until,created_on,status,last_contact_on,due_on,referred_by_id');
    expect(CONVERSATION_COLUMNS.join(',')).toBe('id,contact_id,contact,date,via,note,complaint,resolved_on,resolution_note,people,people_ids');
    expect(DETAIL_COLUMNS.join(',')).toBe('id,contact_id,contact,text,date,yearly');
    expect(REMINDER_COLUMNS.join(',')).toBe('id,contact_id,contact,text,due,every,done_on,snoozed_until');
  });

  it('row mappers fill exactly those columns', () => {
    const conversation = { id: 1, people: [{ id: 12, name: 'Jane Doe' }], happenedOn: '2024-02-01', via: 'call' as const, note: 'x', complaint: true, resolvedOn: null, resolutionNote: null, createdAt: at };
    const detail = { id: 2, contactId: 12, contactName: 'Jane Doe', text: 'baby due', date: '2027-03', yearly: false, createdAt: at };
    const reminder = { id: 3, contactId: 12, contactName: 'Jane Doe', text: 'call', dueOn: '2024-03-01', every: '1m', anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: null, createdAt: at };
    expect(Object.keys(contactExportRow(jane, 'Ben Carter', rhythm))).toEqual([...CONTACT_COLUMNS]);
    expect(Object.keys(conversationExportRow(conversation))).toEqual([...CONVERSATION_COLUMNS]);
    expect(Object.keys(detailExportRow(detail))).toEqual([...DETAIL_COLUMNS]);
    expect(Object.keys(reminderExportRow(reminder))).toEqual([...REMINDER_COLUMNS]);
  });

  // A yearless birthday starts with '-', which Excel would compute (--02-29 is -27): it is
  // neutralised like any formula, and rel's CSV import takes the quote off again.
  it('a contact as a CSV line', async () => {
    const sink = new TextSink();
    await writeTable(sink, CONTACT_COLUMNS, [contactExportRow(jane, 'Ben Carter', rhythm)], { format: 'csv' });
    expect(sink.text.split('\r\n')[1]).toBe("12,Jane Doe,jane@example.com; j@work.example,,Doe & Co,,'--02-29,2019-06-01,2w,,Ben Carter,JD,clients,false,,2024-01-05,drifting,2024-02-01,2024-02-15,3");
  });
});
