// The referral tree under a card (rel show --tree): one line per person, indented under whoever
// brought them in, with ids. Plain indentation reads the same on a terminal and in a pipe.
import type { Screen } from './screen.js';
import { treeSize, type ReferralNode } from '../domain/referrals.js';
import { makeStyle, plural } from './style.js';

export function renderReferralTree(root: ReferralNode, ctx: Screen): string {
  const s = makeStyle(ctx.color);
  const size = treeSize(root);
  if (size === 0) return `\n${s.bold('Referral tree')}\n  ${s.dim(`${root.name} has not referred anyone yet (rel edit NAME --referred-by "${root.name}")`)}\n`;
  const lines = ['', `${s.bold('Referral tree')} ${s.dim(`(${plural(size, 'person', 'people')} brought in)`)}`];
  const walk = (node: ReferralNode, depth: number) => {
    lines.push(`${'  '.repeat(depth + 1)}${node.name} ${s.dim(`#${node.id}`)}${node.archived ? s.yellow(' (archived)') : ''}`);
    for (const child of node.referred) walk(child, depth + 1);
  };
  walk(root, 0);
  return `${lines.join('\n')}\n`;
}
