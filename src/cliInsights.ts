// The registry's commands that look across the whole journal: search and stats.
import type { Command } from 'commander';
import { examples, type Act } from './cliShared.js';
import type { SearchOptions } from './commands/search.js';
import type { StatsOptions } from './commands/stats.js';

export function registerInsightCommands(program: Command, act: Act): void {
  act(
    program
      .command('search')
      .argument('<text...>', 'words (each somewhere on the person), "a phrase", a prefix*; AND, OR, NOT and ( ) combine them, and in a quoted query -word leaves out')
      .description('find people by anything on them: names, companies, emails, phones, notes, remembered details, follow-ups')
      .option('--limit <n>', 'show at most this many matches (default 25)')
      .option('--json', 'as JSON (see the README for the shape)')
      .addHelpText(
        'after',
        examples([
          'rel search golf',
          'rel search kowalski kuba            # the surname on the contact, the nickname in a note',
          'rel search 612 345 678              # a phone number, however it is spaced',
          'rel search lily                     # word forms match: lilies',
          "rel search 'gol*'                 # a prefix: golf, golfer, golfing",
          `rel search '"spring catalog"'     # a phrase; the single quotes keep the double ones from the shell`,
          'rel search nunez                  # accents do not matter: finds Núñez',
          'rel search golf OR tennis --json',
          "rel search 'kowalski -lilies'     # every Kowalski but those with lilies (the same as kowalski NOT lilies)",
        ]),
      ),
    async (ctx, opts: SearchOptions, [text]: [string[]]) => (await import('./commands/search.js')).search(text, opts, ctx),
  );

  act(
    program
      .command('stats')
      .description('how the relationships are doing: keep-in-touch status, conversations per week, channels, complaints, referrers')
      .option('--json', 'the numbers as JSON (see the README for the shape)')
      .addHelpText('after', examples(['rel stats', 'rel stats | less', 'rel stats --json | jq .contacts'])),
    async (ctx, opts: StatsOptions) => (await import('./commands/stats.js')).stats(opts, ctx),
  );
}
