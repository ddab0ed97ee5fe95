// What rel merge does to the kept person's own facts (src/domain/merge.ts), on plain records.
import { describe, expect, it } from 'vitest';
import { planMerge } from '../../src/domain/merge.js';
import type { Contact } from '../../src/domain/records.js';

const contact = (id: number, name: string, more: Partial<Contact> = {}): Contact => ({
  id, name, company: null, role: null, birthday: null, customerSince: null, cadence: null, met: null, referredBy: null,
  archived: false, pausedUntil: null, lastContactOn: null, imported: false, createdOn: '2026-01-01', createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z', emails: [], phones: [], aliases: [], tags: [], ...more,
});

describe('planMerge', () => {
  it('fills what A lacks from B and keeps A’s value in a conflict', () => {
    const plan = planMerge(contact(1, 'José Núñez', { birthday: '1980-01-02', company: 'Acme' }), contact(2, 'Jose Nunes', { birthday: '1981-03-04', role: 'buyer', company: 'Acme' }));
    expect(plan.fields).toEqual({ role: 'buyer' });
    expect(plan.filled).toEqual(['role']);
    expect(plan.conflicts).toEqual([{ field: 'birthday', kept: '1980-01-02', dropped: '1981-03-04' }]);
  });

  it('takes B’s value in a conflict with prefer B', () => {
    const plan = planMerge(contact(1, 'A', { birthday: '1980-01-02' }), contact(2, 'B', { birthday: '1981-03-04' }), 'B');
    expect(plan.fields).toEqual({ birthday: '1981-03-04' });
    expect(plan.conflicts).toEqual([{ field: 'birthday', kept: '1981-03-04', dropped: '1980-01-02' }]);
  });

  it('keeps two numbers under two country codes, which share their last nine digits (as the card and rel duplicates hold)', () => {
    const a = contact(1, 'Ana Ruiz', { phones: ['+34 600 100 200'] });
    const b = contact(2, 'Ana Ruis', { phones: ['+1 600 100 200', '0034 600 100 200'] });
    expect(planMerge(a, b, 'A').phones).toEqual(['+1 600 100 200']);
  });

  it('adds only the emails, phones, aliases and tags A lacks, and B’s name as an alias', () => {
    const a = contact(1, 'José Núñez', { emails: ['jose@x.com'], phones: ['(512) 555-0160'], aliases: ['Pepe'], tags: ['vip'] });
    const b = contact(2, 'Jose Nunes', { emails: ['JOSE@x.com', 'j@y.com'], phones: ['+1 512-555-0160', '0044 20 7946 0000'], aliases: ['pepe', 'JN'], tags: ['vip', 'golf'] });
    const plan = planMerge(a, b);
    expect([plan.emails, plan.phones, plan.aliases, plan.tags]).toEqual([['j@y.com'], ['0044 20 7946 0000'], ['Jose Nunes', 'JN'], ['golf']]);
    expect(planMerge(a, contact(2, 'jose nunez')).aliases).toEqual([]);
  });

  it('keeps A’s referrer, takes B’s when A has none, and never makes A refer itself', () => {
    expect(planMerge(contact(1, 'A', { referredBy: 5 }), contact(2, 'B', { referredBy: 6 }))).toMatchObject({ referredBy: 5, referrerConflict: { kept: 5, dropped: 6 } });
    expect(planMerge(contact(1, 'A', { referredBy: 5 }), contact(2, 'B', { referredBy: 6 }), 'B')).toMatchObject({ referredBy: 6, referrerConflict: { kept: 6, dropped: 5 }, fields: { referredBy: 6 } });
    expect(planMerge(contact(1, 'A', { referredBy: 5 }), contact(2, 'B', { referredBy: 5 })).referrerConflict).toBeNull();
    expect(planMerge(contact(1, 'A'), contact(2, 'B', { referredBy: 6 })).fields.referredBy).toBe(6);
    expect(planMerge(contact(1, 'A', { referredBy: 2 }), contact(2, 'B', { referredBy: 6 })).referredBy).toBe(6);
    expect(planMerge(contact(1, 'A', { referredBy: 2 }), contact(2, 'B', { referredBy: 1 })).fields.referredBy).toBeNull();
    expect(planMerge(contact(1, 'A'), contact(2, 'B', { referredBy: 1 })).referredBy).toBeNull();
  });

  it('counts the person added on the earlier day, and active if either was', () => {
    const plan = planMerge(contact(1, 'A', { archived: true, createdOn: '2026-05-01' }), contact(2, 'B', { createdOn: '2025-02-03' }));
    expect(plan.createdOn).toBe('2025-02-03');
    expect(plan.fields.archived).toBe(false);
  });

  it('keeps the person imported only if both were: someone added by hand drifts, whichever way the merge goes', () => {
    expect(planMerge(contact(1, 'A', { imported: true }), contact(2, 'B')).fields.imported).toBe(false);
    expect(planMerge(contact(1, 'A'), contact(2, 'B', { imported: true })).fields.imported).toBeUndefined();
    expect(planMerge(contact(1, 'A', { imported: true }), contact(2, 'B', { imported: true })).fields.imported).toBeUndefined();
  });
});
