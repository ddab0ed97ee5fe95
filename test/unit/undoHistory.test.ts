// How the undo history tells a command's change (src/domain/undoHistory.ts): the record, whose it
// is, and a gist of its text on one line.
import { describe, expect, it } from 'vitest';
import { conversationChange, detailChange, followUpChange, gist } from '../../src/domain/undoHistory.js';

describe('gist', () => {
  it('keeps a short text as it is, on one line', () => {
    expect(gist('send the catalog')).toBe('send the catalog');
    expect(gist('  two\n\tlines  ')).toBe('two lines');
  });

  it('cuts a long text after 60 characters, at the end of a word', () => {
    const text = 'coffee with Ana and her new business partner Caio; they want a flower subscription';
    expect(gist(text)).toBe('coffee with Ana and her new business partner Caio; they want…');
    expect(gist(text).length).toBeLessThanOrEqual(61);
  });

  it('cuts a long word where it must, never between the two halves of an emoji', () => {
    expect(gist('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
    expect(gist(`${'x'.repeat(59)}🌷🌷`)).toBe(`${'x'.repeat(59)}…`);
    expect(gist(`${'x'.repeat(58)}🌷🌷`)).toBe(`${'x'.repeat(58)}🌷…`);
  });
});

describe('the words of a change', () => {
  const jane = { contactId: 1, contactName: 'Jane Doe' };

  it('names a follow-up or a detail by its id, its person and its text', () => {
    expect(followUpChange('snooze', { id: 4, ...jane, text: 'send the catalog' }, ' until 2026-12-10')).toBe('snooze follow-up #4 for Jane Doe (#1) until 2026-12-10: send the catalog');
    expect(detailChange('forget', { id: 7, ...jane, text: 'loves golf' })).toBe('forget detail #7 about Jane Doe (#1): loves golf');
  });

  it('names a conversation by its first person, counts the others, and leaves out a note it has not', () => {
    const people = [
      { id: 2, name: 'Jane Doe' },
      { id: 1, name: 'Tom Lee' },
      { id: 3, name: 'Bob Roe' },
    ];
    expect(conversationChange('delete', { id: 12, people, happenedOn: '2026-11-20', note: 'lunch at the fair' })).toBe(
      'delete conversation #12 with Jane Doe (#2) and 2 others on 2026-11-20: lunch at the fair',
    );
    expect(conversationChange('add', { id: 13, people: people.slice(0, 1), happenedOn: '2026-11-21', note: null }, ' (new person: Jane Doe)')).toBe(
      'add conversation #13 with Jane Doe (#2) on 2026-11-21 (new person: Jane Doe)',
    );
  });
});
