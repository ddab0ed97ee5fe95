// The registry's commands that correct records by id (SPEC §3 "Correcting records"): one noun per
// kind of record, the same verbs on each: rel conversation edit|rm|reopen, rel detail edit|rm,
// rel reminder edit|rm|reopen. The older verbs (rel forget, done, snooze, resolve) stay.
import type { Command } from 'commander';
import { oppositeFlags } from './errors.js';
import { collect, examples, viaOption, type Act } from './cliShared.js';
import type { ConversationEditOptions } from './commands/conversation.js';
import type { DetailEditOptions } from './commands/detail.js';
import type { ReminderEditOptions } from './commands/reminder.js';

/**
 * `--every 1m --no-every`: a flag and its --no- form both given say opposite things; commander
 * would keep the last without a word, so the command line is refused instead.
 */
function oneWay(command: Command, name: string): Command {
  const given = new Set<string>();
  command.on(`option:${name}`, () => given.add(name));
  command.on(`option:no-${name}`, () => given.add(`no-${name}`));
  return command.hook('preAction', () => {
    if (given.size === 2) throw oppositeFlags(`--${name}`, `--no-${name}`);
  });
}

export function registerCorrectCommands(program: Command, act: Act): void {
  const conversation = program
    .command('conversation')
    .description('correct, delete or reopen (a resolved complaint) a logged conversation by its id (rel log shows the ids)')
    .addHelpText('after', examples(['rel conversation edit 12 --on yesterday', 'rel conversation rm 12']));
  act(
    oneWay(conversation.command('edit'), 'complaint')
      .argument('<id>', 'the conversation id, shown by rel log and rel show')
      .description('change a conversation: its note, day, channel, who it was with, or complaint flag')
      .option('--note <text>', 'the new note ("" clears it)')
      .option('--on <date>', 'the day it happened (not after today)')
      .addOption(viaOption())
      .option('--complaint', 'mark it an open complaint')
      .option('--no-complaint', 'it was not a complaint')
      .option('--person <name>', 'who it was with, instead of whom it says now (repeatable for several)', collect)
      .option('--with <name>', 'add someone who was there too (repeatable)', collect)
      .option('--without <name>', 'take off someone who was not there (repeatable)', collect)
      .addHelpText(
        'after',
        examples([
          'rel conversation edit 12 --person "Jane Smith"     # logged to the wrong Jane',
          'rel conversation edit 12 --with tom --with bob     # they were at the lunch too',
          'rel conversation edit 12 --without bob',
          'rel conversation edit 12 --on yesterday --via call',
          'rel conversation edit 12 --note "Ordered 40 favours" --no-complaint',
        ]),
      ),
    async (ctx, opts: ConversationEditOptions, [id]: [string]) => (await import('./commands/conversation.js')).conversationEdit(id, opts, ctx),
  );
  act(
    conversation
      .command('rm')
      .argument('<id>', 'the conversation id, shown by rel log and rel show')
      .description('delete a conversation')
      .addHelpText('after', examples(['rel conversation rm 12', 'rel log jane     # find the id first'])),
    async (ctx, _opts, [id]: [string]) => (await import('./commands/conversation.js')).conversationRm(id, ctx),
  );

  act(
    conversation
      .command('reopen')
      .argument('<id>', 'the complaint (conversation) id, shown by rel log and rel show')
      .description('open again a resolved complaint whose fix did not hold (its resolution stays in its note)')
      .addHelpText('after', examples(['rel conversation reopen 4     # the customer called back', 'rel resolve 4 --note "Sent a second bouquet"     # when it is resolved again'])),
    async (ctx, _opts, [id]: [string]) => (await import('./commands/conversation.js')).conversationReopen(id, ctx),
  );

  const detail = program
    .command('detail')
    .description('correct or delete a remembered detail by its id (rel show shows the ids)')
    .addHelpText('after', examples(['rel detail edit 3 --text "expecting twins"', 'rel detail rm 3']));
  act(
    oneWay(detail.command('edit'), 'yearly')
      .argument('<id>', 'the detail id, shown by rel show')
      .description('change a detail: its text, its date, whether it recurs every year, whom it is about')
      .option('--text <text>', 'the new text')
      .option('--on <date>', 'date it: YYYY-MM-DD, YYYY-MM (month only), MM-DD (every year)')
      .option('--yearly', 'it recurs every year')
      .option('--no-yearly', 'a one-off date')
      .option('--no-date', 'remove its date')
      .option('--person <name>', 'whom it is about, instead of whom it says now')
      .addHelpText(
        'after',
        examples([
          'rel detail edit 3 --text "expecting twins"',
          'rel detail edit 3 --on 2027-04',
          'rel detail edit 5 --on 06-14 --yearly',
          'rel detail edit 3 --no-date',
          'rel detail edit 3 --person "Jane Smith"     # remembered about the wrong Jane',
        ]),
      ),
    async (ctx, opts: DetailEditOptions, [id]: [string]) => (await import('./commands/detail.js')).detailEdit(id, opts, ctx),
  );
  act(
    detail
      .command('rm')
      .argument('<id>', 'the detail id, shown by rel show')
      .description('delete a remembered detail (the same as rel forget ID)')
      .addHelpText('after', examples(['rel detail rm 3'])),
    async (ctx, _opts, [id]: [string]) => (await import('./commands/detail.js')).detailRm(id, ctx),
  );

  const reminder = program
    .command('reminder')
    .description('correct, delete or reopen a follow-up by its id (rel reminders shows the ids)')
    .addHelpText('after', examples(['rel reminder edit 4 --on "next friday"', 'rel reminder rm 4', 'rel reminder reopen 4']));
  act(
    oneWay(reminder.command('edit'), 'every')
      .argument('<id>', 'the reminder id, shown by rel reminders and rel show')
      .description('change a follow-up: its text, due day, recurrence, or whom it is for')
      .option('--text <text>', 'what to do')
      .option('--on <date>', 'the new due day: a date, a month (2027-06: its first day) or a phrase such as "next friday"')
      .option('--every <duration>', 'recur: 1w, 1m, 1y, or weekly, monthly, yearly')
      .option('--no-every', 'stop recurring')
      .option('--person <name>', 'whom it is for, instead of whom it says now (its day, snooze and recurrence stay)')
      .addHelpText(
        'after',
        examples([
          'rel reminder edit 4 --on "next friday"',
          'rel reminder edit 4 --text "send the autumn catalog" --every 3m',
          'rel reminder edit 4 --no-every',
          'rel reminder edit 4 --person "Jane Smith"     # set for the wrong Jane',
        ]),
      ),
    async (ctx, opts: ReminderEditOptions, [id]: [string]) => (await import('./commands/reminder.js')).reminderEdit(id, opts, ctx),
  );
  act(
    reminder
      .command('rm')
      .argument('<id>', 'the reminder id, shown by rel reminders')
      .description('delete a follow-up')
      .addHelpText('after', examples(['rel reminder rm 4'])),
    async (ctx, _opts, [id]: [string]) => (await import('./commands/reminder.js')).reminderRm(id, ctx),
  );
  act(
    reminder
      .command('reopen')
      .argument('<id>', 'the reminder id, shown by rel reminders --all')
      .description('open again a follow-up marked done by mistake')
      .addHelpText('after', examples(['rel reminders --all     # done ones too, with their ids', 'rel reminder reopen 6'])),
    async (ctx, _opts, [id]: [string]) => (await import('./commands/reminder.js')).reminderReopen(id, ctx),
  );
}
