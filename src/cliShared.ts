// What the parts of the command registry share: the act() signature, help examples, repeatable flags.
import type { Command } from 'commander';
import type { Context } from './context.js';

/** Registers a command's action: builds the context, then loads and runs the command's module. */
export type Act = (cmd: Command, run: (ctx: Context, opts: Record<string, unknown>, args: unknown[]) => Promise<void>) => Command;

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
