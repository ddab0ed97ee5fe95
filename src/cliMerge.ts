// The registry's commands that clean up doubles: rel duplicates and rel merge.
import type { Command } from 'commander';
import { contactArgument, examples, type Act } from './cliShared.js';
import type { DuplicatesOptions } from './commands/duplicates.js';
import type { MergeOptions } from './commands/merge.js';

export function registerMergeCommands(program: Command, act: Act): void {
  act(
    program
      .command('duplicates')
      .description('list people who are likely one person twice, strongest first, each with why (same email or phone, same name, a typo apart, one name inside the other); archived people included (the first 20; --all for every pair)')
      .option('--all', 'every pair')
      .option('--limit <n>', 'show at most this many (default 20, none with --all)')
      .option('--json', 'as JSON')
      .addHelpText('after', examples(['rel duplicates', 'rel duplicates --limit 100', 'rel duplicates --json', 'rel merge "#12" "#40"          # then fold #40 into #12'])),
    async (ctx, opts: DuplicatesOptions) => (await import('./commands/duplicates.js')).duplicates(opts, ctx),
  );

  act(
    program
      .command('merge')
      .addArgument(contactArgument('<a>', 'the person to keep'))
      .addArgument(contactArgument('<b>', 'the person folded into A (gone afterwards; their name becomes an alias of A)'))
      .description("fold B into A: B's conversations, details, follow-ups, emails, phones, aliases, tags and referrals move to A; A gains B's facts where it has none")
      .option('--dry-run', 'show what would move and every conflict, change nothing')
      .option('--prefer <who>', 'A or B: whose value wins where both differ (two birthdays); default A')
      .option('-y, --yes', 'do not ask on a terminal')
      .addHelpText('after', examples(['rel merge "José Núñez" "Jose Nunes" --dry-run', 'rel merge "José Núñez" "Jose Nunes"', 'rel merge "#12" "#40" --prefer B --yes'])),
    async (ctx, opts: MergeOptions, [a, b]: [string, string]) => (await import('./commands/merge.js')).merge(a, b, opts, ctx),
  );
}
