// The registry's commands that set a person aside or delete them: rel archive, unarchive and rm.
import type { Command } from 'commander';
import { examples, type Act } from './cliShared.js';
import type { RmOptions } from './commands/rm.js';

export function registerSetAsideCommands(program: Command, act: Act): void {
  act(
    program
      .command('archive')
      .argument('<name>', 'the contact')
      .description('hide someone from lists and today (keeps everything)')
      .addHelpText('after', examples(['rel archive "Bob Lee"', 'rel list --archived     # who is archived'])),
    async (ctx, _opts, [name]: [string]) => (await import('./commands/archive.js')).archive(name, true, ctx),
  );
  act(
    program
      .command('unarchive')
      .argument('<name>', 'the contact')
      .description('bring an archived contact back')
      .addHelpText('after', examples(['rel unarchive "Bob Lee"'])),
    async (ctx, _opts, [name]: [string]) => (await import('./commands/archive.js')).archive(name, false, ctx),
  );

  act(
    program
      .command('rm')
      .argument('<name>', 'the contact')
      .option('-y, --yes', 'do not ask (required without a terminal)')
      .option('--purge', 'erase them for good, with every trace in the undo history and the file (cannot be undone)')
      .description('delete a person and everything about them')
      .addHelpText(
        'after',
        examples([
          'rel rm "Jane Doe"                 # rel undo brings her back',
          'rel rm "#12" --yes                # without asking (needed off a terminal)',
          'rel rm "Jane Doe" --purge --yes   # asked to be forgotten: no byte of her is left in the journal',
        ]) +
          '\nWithout --purge a deleted person stays in the undo history (the last 50 changes) and leaves\n' +
          'the file when the change does. --purge erases them now and cannot be undone; conversations\n' +
          'they shared stay with the others, and backups made before still hold them (rel doctor).\n',
      ),
    async (ctx, opts: RmOptions, [name]: [string]) => (await import('./commands/rm.js')).rm(name, opts, ctx),
  );
}
