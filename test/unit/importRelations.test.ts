// Planning the relations of an import (src/domain/importRelations.ts, through planImport): linked
// to the one person of a name in the journal or the file, else a name; never doubled.
import { describe, expect, it } from 'vitest';
import { countOutcomes, planImport } from '../../src/domain/importPlan.js';
import type { Relation } from '../../src/domain/relations.js';
import { withoutMiddleNames } from '../../src/domain/nameWords.js';
import { existing, indexOf, record } from '../harness/importIndex.js';

const spouse = (name: string) => ({ name, kind: 'spouse' as const, line: 2 });

describe('planImport: relations', () => {
  it('links a relative to the one person of that name, in the journal or anywhere in the file', () => {
    const plan = planImport(
      [record('Jane Doe', { relations: [spouse('Tom Doe'), { name: 'Ann Lee', kind: 'manager', line: 2 }] }), record('Tom Doe')],
      indexOf([existing(7, 'Ann Lee')]),
    );
    expect(plan.relations.add).toEqual([
      { contact: { added: 0 }, other: { added: 1 }, kind: 'spouse', word: null, otherWord: null },
      { contact: { added: 0 }, other: { existing: 7 }, kind: 'report', word: null, otherWord: null },
    ]);
    expect(plan.relations.said).toEqual(['relate Tom Doe — spouse of Jane Doe (line 2)', 'relate Ann Lee — manager of Jane Doe (line 2)']);
  });

  it('keeps a name with namesakes, or with nobody of that name, as a name; a record naming itself is left out', () => {
    const plan = planImport([record('Jane Doe', { relations: [spouse('Sam Lee'), spouse('Bo Li'), spouse('jane doe')] })], indexOf([existing(1, 'Sam Lee'), existing(2, 'Sam Lee')]));
    expect(plan.relations.add.map((r) => r.other)).toEqual([{ name: 'Sam Lee' }, { name: 'Bo Li' }]);
  });

  it('a relation said on both cards of the file, or known to the journal, is not doubled; a word it lacked is taken', () => {
    const both = planImport([record('Jane Doe', { relations: [spouse('Tom Doe')] }), record('Tom Doe', { relations: [{ ...spouse('Jane Doe'), word: 'wife' }] })], indexOf([]));
    expect(both.relations.add).toEqual([{ contact: { added: 0 }, other: { added: 1 }, kind: 'spouse', word: 'wife', otherWord: null }]);
    const known: Relation = { id: 3, contact: { id: 1, name: 'Jane Doe' }, other: { id: null, name: 'Tom Doe' }, kind: 'spouse', word: null, otherWord: 'husband', createdAt: '' };
    const again = planImport([record('Jane Doe', { relations: [spouse('Tom Doe')] })], indexOf([existing(1, 'Jane Doe')], [], [known]));
    expect(again.relations).toEqual({ add: [], update: [], said: [] });
    // Tom is in the file now: the name kept before becomes him.
    const linked = planImport([record('Jane Doe', { relations: [spouse('Tom Doe')] }), record('Tom Doe')], indexOf([existing(1, 'Jane Doe')], [], [known]));
    expect(linked.relations.update).toEqual([{ id: 3, other: { added: 0 } }]);
    expect(linked.relations.add).toEqual([]);
  });

  it('a name the journal has linked already, one of namesakes, is not said again', () => {
    const linked: Relation = { id: 4, contact: { id: 17, name: 'Fatima Michel' }, other: { id: 60, name: 'Lina Martin' }, kind: 'spouse', word: null, otherWord: null, createdAt: '' };
    const index = indexOf([existing(17, 'Fatima Michel'), existing(60, 'Lina Martin'), existing(75, 'Lina Martin')], [], [linked]);
    const plan = planImport([record('Fatima Michel', { relations: [spouse('Lina Martin')] }), record('Lina Martin', { relId: 60, relations: [spouse('Fatima Michel')] })], index);
    expect(plan.relations).toEqual({ add: [], update: [], said: [] });
  });

  it('a record that adds relations to someone already there, or completes one of theirs, updates them and says so; one the journal has is no change', () => {
    const known: Relation = { id: 3, contact: { id: 1, name: 'Jane Doe' }, other: { id: null, name: 'Tom Doe' }, kind: 'spouse', word: null, otherWord: null, createdAt: '' };
    const index = indexOf([existing(1, 'Jane Doe'), existing(2, 'Bo Ray')], [], [known]);
    const child = { name: 'Mia Doe', kind: 'child' as const, line: 2 };
    const plan = planImport([record('Jane Doe', { relations: [spouse('Tom Doe'), child, { name: 'Ann Lee', kind: 'manager', line: 2 }] }), record('Bo Ray', { emails: ['bo@ray.example'], relations: [spouse('Cy Ray')] })], index);
    expect(plan.outcomes).toMatchObject([
      { kind: 'update', id: 1, changes: ['+2 relations'] },
      { kind: 'update', id: 2, changes: ['+1 email', '+1 relation'] },
    ]);
    expect(countOutcomes(plan.outcomes)).toEqual({ add: 0, update: 2, skip: 0 });
    // Tom is in the file: the name Jane's relation kept becomes him. The record that says it again adds nothing.
    const linked = planImport([record('Jane Doe', { relations: [spouse('Tom Doe')] }), record('Tom Doe', { relations: [spouse('Jane Doe')] })], index);
    expect(linked.outcomes).toMatchObject([{ kind: 'update', id: 1, changes: ['1 relation completed'] }, { kind: 'add', name: 'Tom Doe' }]);
    expect(planImport([record('Jane Doe', { relations: [spouse('Tom Doe')] })], index).outcomes).toMatchObject([{ kind: 'skip', reason: 'already up to date (#1)' }]);
    // A second record of someone the file adds: an update of that person.
    const [first, second] = [record('Ann Lee'), record('ann lee', { relations: [child] })];
    expect(planImport([first, second], index).outcomes).toMatchObject([{ kind: 'add' }, { kind: 'update', mergedInto: first.source, changes: ['+1 relation'] }]);
  });

  it('a vCard 4.0 urn:uuid: names the card of the file with that UID', () => {
    const uid = 'urn:uuid:0b7c1a52-3d4e-4f60-8a1b-2c3d4e5f6a7b';
    const plan = planImport([record('Jane Doe', { relations: [{ uid, kind: 'child', line: 2 }] }), record('Mia Doe', { uid })], indexOf([]));
    expect(plan.relations.add).toEqual([{ contact: { added: 0 }, other: { added: 1 }, kind: 'parent', word: null, otherWord: null }]);
  });
});

describe('withoutMiddleNames: a name as written with its middle names or initials left out', () => {
  it('is the first and last words of a name of three words or more', () => {
    expect(withoutMiddleNames('robert j. mitchell')).toBe('robert mitchell');
    expect(withoutMiddleNames('mary ann louise smith')).toBe('mary smith');
    expect(withoutMiddleNames('jean-pierre dupont')).toBeUndefined(); // two words: nothing left out
    expect(withoutMiddleNames('robert')).toBeUndefined();
    expect(withoutMiddleNames('mitchell, robert j.')).toBeUndefined(); // surname first: which word is the first name is not known
  });
});

describe('planImport: a relative named without a middle name or initial', () => {
  const robert = (extra: Partial<Parameters<typeof record>[1]> = {}) => record('Robert J. Mitchell', { relations: [spouse('Linda Mitchell')], ...extra });
  const linda = (name = 'Robert Mitchell') => record('Linda Mitchell', { relations: [spouse(name)] });

  it('is the one person of the file or the journal whose name it is with a middle name: the relation the other card says, not another', () => {
    const inFile = planImport([robert(), linda()], indexOf([]));
    expect(inFile.relations.add).toEqual([{ contact: { added: 0 }, other: { added: 1 }, kind: 'spouse', word: null, otherWord: null }]);
    const inJournal = planImport([linda()], indexOf([existing(4, 'Robert J. Mitchell')]));
    expect(inJournal.relations.add).toEqual([{ contact: { added: 0 }, other: { existing: 4 }, kind: 'spouse', word: null, otherWord: null }]);
  });

  it('stays a name for another first name, two people it could be, someone of that very name, or the card itself', () => {
    const other = (plan: ReturnType<typeof planImport>) => plan.relations.add.map((r) => r.other);
    expect(other(planImport([linda()], indexOf([existing(4, 'Roberta J. Mitchell')])))).toEqual([{ name: 'Robert Mitchell' }]);
    expect(other(planImport([linda()], indexOf([existing(4, 'Robert J. Mitchell'), existing(5, 'Robert K. Mitchell')])))).toEqual([{ name: 'Robert Mitchell' }]);
    expect(other(planImport([linda(), record('Robert K. Mitchell')], indexOf([existing(4, 'Robert J. Mitchell')])))).toEqual([{ name: 'Robert Mitchell' }]);
    expect(other(planImport([linda()], indexOf([existing(4, 'Robert J. Mitchell'), existing(5, 'Robert Mitchell')])))).toEqual([{ existing: 5 }]);
    // His father, Robert Mitchell, is not himself.
    expect(other(planImport([record('Robert J. Mitchell', { relations: [{ name: 'Robert Mitchell', kind: 'parent', line: 2 }] })], indexOf([])))).toEqual([{ name: 'Robert Mitchell' }]);
  });

  it('a name kept before becomes the person the file brings with a middle name, when the file says the relation again', () => {
    const known: Relation = { id: 3, contact: { id: 1, name: 'Linda Mitchell' }, other: { id: null, name: 'Robert Mitchell' }, kind: 'spouse', word: null, otherWord: null, createdAt: '' };
    const journal = [existing(1, 'Linda Mitchell')];
    const plan = planImport([robert(), linda()], indexOf(journal, [], [known]));
    expect(plan.relations).toEqual({ add: [], update: [{ id: 3, other: { added: 0 } }], said: ['relate Linda Mitchell — spouse of Robert J. Mitchell (line 2)'] });
    // Only his card says it: the same.
    expect(planImport([robert()], indexOf(journal, [], [known])).relations.update).toEqual([{ id: 3, other: { added: 0 } }]);
    // Two Robert X. Mitchells: the name stays a name, and the file's relation is another.
    const two = planImport([robert()], indexOf([...journal, existing(5, 'Robert K. Mitchell')], [], [known]));
    expect(two.relations.update).toEqual([]);
    expect(two.relations.add).toHaveLength(1);
  });
});
