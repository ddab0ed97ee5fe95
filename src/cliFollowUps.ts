// The registry's commands for what to remember and what was promised: details, follow-ups and
// complaints. Kept beside cli.ts so the registry stays readable; like it, no logic and lazy imports.
import type { Command } from 'commander';
import { examples, type Act } from './cliShared.js';
import type { RememberOptions } from './commands/remember.js';
import type { RemindOptions } from './commands/remind.js';
import type { RemindersOptions } from './commands/reminders.js';
import type { ResolveOptions } from './commands/resolve.js';
import type { SnoozeOptions } from './commands/snooze.js';

export function registerFollowUpCommands(program: Command, act: Act): void {
  act(
    program
      .command('remember')
      .argument('<name>', 'the contact')
      .argument('<text...>', 'the detail')
      .description('store a detail to remember about someone')
      .option('--on <date>', 'date it: YYYY-MM-DD, YYYY-MM (month only), MM-DD (every year)')
      .option('--yearly', 'it recurs every year (an anniversary); with the year in --on, the years are counted')
      .addHelpText('after', examples(['rel remember jane loves golf', 'rel remember jane "baby due" --on 2027-03', 'rel remember bob wedding --on 2015-06-12 --yearly'])),
    async (ctx, opts: RememberOptions, [name, text]: [string, string[]]) => (await import('./commands/remember.js')).remember(name, text, opts, ctx),
  );

  act(
    program
      .command('forget')
      .argument('<id>', 'the detail id (shown by rel show)')
      .description('delete a remembered detail')
      .addHelpText('after', examples(['rel show jane     # the ids: [detail 3]', 'rel forget 3'])),
    async (ctx, _opts, [id]: [string]) => (await import('./commands/forget.js')).forget(id, ctx),
  );

  act(
    program
      .command('remind')
      .argument('<name>', 'the contact')
      .argument('<text...>', 'what to do')
      .description('set a follow-up')
      .option('--on <date>', 'when it is due (required): a date, a month (2027-06: its first day) or a phrase such as "next friday"')
      .option('--every <duration>', 'recur: 1w, 1m, 1y, or weekly, monthly, yearly (monthly on the 31st: the last day of shorter months)')
      .addHelpText('after', examples(['rel remind jane send the spring catalog --on "next friday"', 'rel remind bob check in on the account --on 2026-12-01 --every 1m', 'rel remind ann renew the policy --on 2027-06     # due 1 June 2027, as "june" says'])),
    async (ctx, opts: RemindOptions, [name, text]: [string, string[]]) => (await import('./commands/remind.js')).remind(name, text, opts, ctx),
  );

  act(
    program
      .command('done')
      .argument('<id>', 'the reminder id')
      .description('mark a follow-up done (a recurring one moves to its next date)')
      .addHelpText('after', examples(['rel reminders     # the ids: [reminder 4]', 'rel done 4'])),
    async (ctx, _opts, [id]: [string]) => (await import('./commands/done.js')).done(id, ctx),
  );

  act(
    program
      .command('snooze')
      .argument('<id>', 'the reminder id')
      .option('--until <date>', 'hide it until this day (required); a month, 2027-06, is its first day')
      .description('hide a follow-up until a later day')
      .addHelpText('after', examples(['rel snooze 4 --until monday', 'rel snooze 4 --until "in 2 weeks"'])),
    async (ctx, opts: SnoozeOptions, [id]: [string]) => (await import('./commands/snooze.js')).snooze(id, opts, ctx),
  );

  act(
    program
      .command('reminders')
      .argument('[name]', 'only this contact')
      .description('open follow-ups, soonest first (the first 20; --all for every one)')
      .option('--all', "every follow-up, done ones and archived people's too")
      .option('--limit <n>', 'show at most this many (default 20, none with --all)')
      .option('--json', 'as JSON')
      .addHelpText('after', examples(['rel reminders', 'rel reminders --limit 50', 'rel reminders jane --all', 'rel reminders --json'])),
    async (ctx, opts: RemindersOptions, [name]: [string?]) => (await import('./commands/reminders.js')).reminders(name, opts, ctx),
  );

  act(
    program
      .command('resolve')
      .argument('<id>', 'the complaint (conversation) id, shown by rel show and rel log')
      .option('--note <text>', 'how it was resolved')
      .description('close an open complaint')
      .addHelpText('after', examples(['rel resolve 3 --note "Replaced the bouquet, added a card"', 'rel resolve 3', 'rel conversation reopen 3     # the fix did not hold: open it again'])),
    async (ctx, opts: ResolveOptions, [id]: [string]) => (await import('./commands/resolve.js')).resolve(id, opts, ctx),
  );
}
