// The registry's rel undo: take back the last change, or list the changes it can take back.
import type { Command } from 'commander';
import { examples, type Act } from './cliShared.js';
import type { UndoOptions } from './commands/undo.js';

export function registerUndoCommands(program: Command, act: Act): void {
  act(
    program
      .command('undo')
      .description('take back the last change (an add, an edit, an import, a rm, a done...); repeat to go further back, through the last 50')
      .option('--list', 'show the changes rel undo can take back, newest first, instead of undoing')
      .option('--json', 'with --list: as JSON')
      .addHelpText(
        'after',
        examples(['rel undo                # e.g. undid: add conversation with Jane Doe (#12)', 'rel undo; rel undo       # the last two changes', 'rel undo --list', 'rel undo --list --json']),
      ),
    async (ctx, opts: UndoOptions) => (await import('./commands/undo.js')).undo(opts, ctx),
  );
}
