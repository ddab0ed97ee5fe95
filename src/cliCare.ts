// The registry's commands that look after the journal itself: rel backup and rel doctor.
import type { Command } from 'commander';
import { examples, type Act } from './cliShared.js';
import type { BackupOptions } from './commands/backup.js';
import type { DoctorOptions } from './commands/doctor.js';

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
      .command('doctor')
      .description('check the journal: integrity, orphaned rows, schema version, permissions, WAL, settings')
      .option('--json', 'as JSON')
      .addHelpText('after', examples(['rel doctor', 'rel doctor --db ~/Backups/rel.db.backup-2026-11-23T10-00-00   # check a backup'])),
    async (ctx, opts: DoctorOptions) => (await import('./commands/doctor.js')).doctor(opts, ctx),
  );
}
