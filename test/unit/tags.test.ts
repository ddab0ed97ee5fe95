import { describe, expect, it } from 'vitest';
import { importTag, normalizeTag, tagProblem } from '../../src/domain/tags.js';

describe('tags', () => {
  it('trims, makes one space of each run of spaces, and folds case', () => {
    expect(normalizeTag('  Wedding \t  Clients ')).toBe('wedding clients');
    expect(normalizeTag('VIP')).toBe('vip');
  });

  it.each(['vip', 'wedding clients', 'b2b', 'café regulars', 'q&a', "mom's friends", 'north/south', 'a+'])('takes %j', (tag) => {
    expect(tagProblem(tag)).toBeUndefined();
  });

  it.each([
    ['', 'needs a letter or a digit'],
    ['vip; gold', 'one tag at a time'],
    ['vip, gold', 'one tag at a time'],
    ['=cmd', 'starting with a letter or digit'],
    ['-x', 'starting with a letter or digit'],
    ['line\nbreak', 'use letters, digits, spaces'],
    ['50%', 'use letters, digits, spaces'],
  ])('refuses %j (%s)', (tag, why) => {
    expect(tagProblem(tag)).toContain(why);
  });

  it('keeps the spaces of an imported label, and drops what a tag cannot hold', () => {
    expect(['Wedding Clients', 'Inner circle', '* starred', 'Clients (2024)', 'Friends; Family', '  ', '***'].map(importTag)).toEqual([
      'wedding clients',
      'inner circle',
      'starred',
      'clients 2024',
      'friends family',
      '',
      '',
    ]);
  });
});
