// The words for relations (SPEC §3 `rel relate`): the kinds, which kind is the other side of
// which, and the everyday words and import labels that name them. Pure; src/domain/relations.ts
// says how a relation between two people reads from each side.
import { ValueError } from '../errors.js';
import { normalizeName } from './names.js';
export const RELATION_KINDS = ['spouse', 'partner', 'parent', 'child', 'sibling', 'relative', 'colleague', 'manager', 'report', 'assistant', 'friend', 'other'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * The kind seen from the other side: if Mia is Jane's child, Jane is Mia's parent. An assistant
 * works for someone who reads as their manager; that manager's own inverse is a direct report,
 * so an assistant flipped to the other side keeps "assistant" as the word (see flipStatement).
 */
const INVERSE: Readonly<Record<RelationKind, RelationKind>> = {
  spouse: 'spouse',
  partner: 'partner',
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  relative: 'relative',
  colleague: 'colleague',
  manager: 'report',
  report: 'manager',
  assistant: 'manager',
  friend: 'friend',
  other: 'other',
};

export function inverseKind(kind: RelationKind): RelationKind {
  return INVERSE[kind];
}

export function isSymmetric(kind: RelationKind): boolean {
  return INVERSE[kind] === kind;
}

export function isRelationKind(value: string): value is RelationKind {
  return (RELATION_KINDS as readonly string[]).includes(value);
}

/** How a card says a kind when no word was given. */
export function kindLabel(kind: RelationKind): string {
  return kind === 'report' ? 'direct report' : kind;
}

/** Everyday words (and the kinds' own names) for each kind; a word is kept to be shown. */
const WORDS: Readonly<Record<RelationKind, readonly string[]>> = {
  spouse: ['spouse', 'husband', 'wife'],
  partner: ['partner', 'domestic partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee'],
  parent: ['parent', 'mother', 'father', 'mom', 'mum', 'mommy', 'mummy', 'dad', 'daddy', 'stepmother', 'stepfather'],
  child: ['child', 'son', 'daughter', 'kid', 'stepson', 'stepdaughter', 'stepchild'],
  sibling: ['sibling', 'brother', 'sister', 'stepbrother', 'stepsister'],
  relative: [
    'relative', 'family', 'cousin', 'aunt', 'uncle', 'niece', 'nephew', 'grandmother', 'grandfather', 'grandparent', 'grandma', 'grandpa',
    'grandson', 'granddaughter', 'grandchild', 'mother in law', 'father in law', 'brother in law', 'sister in law', 'son in law', 'daughter in law',
  ],
  colleague: ['colleague', 'coworker', 'co worker', 'workmate'],
  manager: ['manager', 'boss', 'supervisor'],
  report: ['report', 'direct report', 'reports to', 'employee', 'subordinate'],
  assistant: ['assistant', 'secretary'],
  friend: ['friend', 'best friend'],
  other: ['other'],
};

/** A word folded for lookup: case, accents, hyphens and underscores do not matter ("Co-Worker", "DOMESTIC_PARTNER"). */
export function wordKey(text: string): string {
  return normalizeName(text.replace(/[-_]+/g, ' '));
}

/** Words that say the kind and no more: the card shows the kind instead ("reports to" → direct report). */
const SAYS_ONLY_THE_KIND = new Set(['reports to', 'co worker', 'coworker'].map(wordKey));

const KIND_OF_WORD = new Map<string, RelationKind>(RELATION_KINDS.flatMap((kind) => WORDS[kind].map((w) => [wordKey(w), kind] as const)));

/** A kind, and the word to show for it (null: the kind says it, as `--as spouse`). */
export interface RelationWord {
  kind: RelationKind;
  word: string | null;
}

/** The kind a word names ("husband" → spouse, "Mother" → parent), or undefined for a word rel does not know. */
export function readRelationWord(text: string): RelationWord | undefined {
  const key = wordKey(text);
  const kind = KIND_OF_WORD.get(key);
  if (kind === undefined) return undefined;
  const saysOnlyTheKind = key === kind || key === wordKey(kindLabel(kind)) || SAYS_ONLY_THE_KIND.has(key);
  return { kind, word: saysOnlyTheKind ? null : text.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() };
}

/** A label or type as a relation: a kind rel knows, with its word; any other as "other", called as labelled. */
export function relationOfLabel(label: string): { kind: RelationKind; word?: string } {
  const text = label.trim();
  if (text === '') return { kind: 'other' };
  const said = readRelationWord(text);
  if (said !== undefined) return said.word === null ? { kind: said.kind } : { kind: said.kind, word: said.word };
  return { kind: 'other', word: text };
}

/** Google's and Apple's "Referred by" among the relations: a referral, which rel keeps as one. */
export function isReferralLabel(label: string): boolean {
  return /^referred[ _]?by$/i.test(label.trim());
}

/** What `--as` takes, said when it is refused. */
export const KINDS_AND_WORDS = `${RELATION_KINDS.join(', ')}, or a word such as husband, wife, mother, son, sister, boss`;

/** A kind or word as typed (`--as`): a ValueError names what is accepted. */
export function parseRelationWord(text: string, label: string): RelationWord {
  const said = readRelationWord(text);
  if (said === undefined) throw new ValueError(`${label}: "${text}" is not a relation rel knows; use ${KINDS_AND_WORDS}; a label of your own comes in only with an import (a vCard's X-ABLabel, a Google CSV's Relation 1 - Label)`);
  return said;
}
