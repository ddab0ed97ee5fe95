// The registry's commands that look after the journal itself: rel backup, rel restore and rel doctor.
import type { Command } from 'commander';
import { examples, type Act } from './cliShared.js';
import type { BackupOptions } from './commands/backup.js';
import type { DoctorOptions } from './commands/doctor.js';
import type { RestoreOptions } from './commands/restore.js';

export function registerCareCommands(program: Command, act: Act): void {
  act(
    program
      .command('backup')
      .argument('[file]', 'where to write the copy (default: beside the journal, named with the time); a directory puts it inside')
      .description('copy the journal safely, even while another rel is writing; the copy is private (0600)')
      .option('--force', 'replace FILE if it exists')
      .addHelpText('after', examples(['rel backup                      # e.g. ~/.local/share/rel/rel.db.backup-2026-11-23T10-00-00', 'rel backup ~/Backups/', 'rel backup /media/usb/rel.db --force'])),
    async (ctx, opts: BackupOptions, [file]: [string?]) => (await import('./commands/backup.js')).backup(file, opts, ctx),
  );

  act(
    program
      .command('restore')
      .argument('[backup]', 'a day (yesterday, last friday, 2026-11-22: the journal as it stood at the end of it), a name that rel restore lists, or a backup file')
      .description('list the daily backups, or bring one back as the journal (the journal as it was is kept first, so a restore can be taken back)')
      .option('--json', 'the list as JSON')
      .option('-y, --yes', 'do not ask (required without a terminal)')
      .addHelpText(
        'after',
        examples([
          'rel restore                     # the backups, newest first: date, size, contacts and conversations',
          'rel restore yesterday           # the journal as it stood at the end of yesterday (asks first)',
          'rel restore 2026-11-20 --yes    # without asking (needed off a terminal)',
          'rel restore rel.db.2026-11-23T10-00-00.before-restore   # take back a restore',
          'rel restore ~/Backups/rel.db.backup-2026-11-23T10-00-00 --yes',
          'rel config set backups 14       # keep two weeks of daily backups',
        ]),
      ),
    async (ctx, opts: RestoreOptions, [which]: [string?]) => (await import('./commands/restore.js')).restore(which, opts, ctx),
  );

  act(
    program
      .command('doctor')
      .description('check the journal: integrity, orphaned rows, schema version, permissions, WAL, settings')
      .option('--json', 'as JSON')
      .addHelpText('after', examples(['rel doctor', 'rel doctor --db ~/Backups/rel.db.backup-2026-11-23T10-00-00   # check a backup'])),
    async (ctx, opts: DoctorOptions) => (await import('./commands/doctor.js')).doctor(opts, ctx),
  );
}
