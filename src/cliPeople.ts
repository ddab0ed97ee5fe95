// The registry's commands that set up people and the journal's settings: rel contact add, edit,
// config, tag, pause and resume.
import { Argument, type Command } from 'commander';
import { collect, examples, type Act } from './cliShared.js';
import type { ConfigOptions } from './commands/config.js';
import type { ContactAddOptions } from './commands/contact.js';
import type { EditOptions } from './commands/edit.js';
import type { PauseOptions } from './commands/pause.js';
import type { TagOptions } from './commands/tag.js';
import { SETTING_KEYS, type SettingKey } from './domain/settingKeys.js';

/** Flags shared by `contact add` and `edit`. */
function contactFlags(cmd: Command): Command {
  return cmd
    .option('--email <email>', 'an email address (repeatable)', collect)
    .option('--phone <phone>', 'a phone number (repeatable)', collect)
    .option('--company <company>', 'company')
    .option('--role <role>', 'role or job title')
    .option('--birthday <date>', 'birthday: YYYY-MM-DD, or MM-DD without the year')
    .option('--since <date>', 'customer since')
    .option('--every <duration>', 'keep-in-touch cadence: 2w, 30d, 3m, 1y, or monthly, quarterly, ...')
    .option('--met <text>', 'how you met')
    .option('--referred-by <name>', 'who referred them (never in a loop)')
    .option('--alias <nick>', 'another name they go by (repeatable)', collect)
    .option('--tag <tag>', 'a tag (repeatable)', collect);
}

export function registerPeopleCommands(program: Command, act: Act): void {
  const contact = program
    .command('contact')
    .description('create contacts (rel edit changes them)')
    .addHelpText('after', examples(['rel contact add "Bob Lee" --email bob@example.com --company "Lee Catering"', 'rel contact add --help     # every flag']));
  act(
    contactFlags(contact.command('add').argument('<full-name>', 'their full name').description('create a contact'))
      .option('--new', 'create it even if it may be someone already there: the same or a nearly the same name, their email or phone')
      .addHelpText(
        'after',
        examples([
          'rel contact add "Bob Lee" --email bob@example.com --birthday 02-29 --every 2w --referred-by jane',
          'rel contact add "Jose Nunes" --new   # a second person, though José Núñez is already there',
        ]),
      ),
    async (ctx, opts: ContactAddOptions, [name]: [string]) => (await import('./commands/contact.js')).contactAdd(name, opts, ctx),
  );

  act(
    contactFlags(program.command('edit').argument('<name>', 'the contact').description("change a contact's facts"))
      .option('--name <new>', 'rename')
      .option('--untag <tag>', 'remove a tag (repeatable)', collect)
      .option('--remove-email <email>', 'remove an email (repeatable)', collect)
      .option('--remove-phone <phone>', 'remove a phone number (repeatable)', collect)
      .option('--remove-alias <nick>', 'remove an alias (repeatable)', collect)
      .option('--force', "give an --email, --phone, --alias or --name that is someone else's already (otherwise refused)")
      .addHelpText(
        'after',
        examples([
          'rel edit jane --company "Doe Flowers" --every 30d --tag vip',
          'rel edit bob --birthday ""   # an empty value clears a field',
          'rel edit tom --email office@doe.com --force   # an email Jane has too',
        ]),
      ),
    async (ctx, opts: EditOptions, [name]: [string]) => (await import('./commands/edit.js')).edit(name, opts, ctx),
  );

  const config = program
    .command('config')
    .description('settings kept in the journal: cadence, days, limit, backups')
    .option('--json', 'as JSON')
    .addHelpText('after', examples(['rel config', 'rel config --json', 'rel config set cadence 60d']));
  act(config, async (ctx, opts: ConfigOptions) => (await import('./commands/config.js')).config(opts, ctx));
  act(
    config
      .command('set')
      .addArgument(new Argument('<key>', SETTING_KEYS.join(', ')).choices(SETTING_KEYS))
      .argument('<value>', 'the new value')
      .description('change a setting')
      .addHelpText('after', examples(['rel config set cadence 60d', 'rel config set days 21', 'rel config set limit 15'])),
    async (ctx, _opts, [key, value]: [SettingKey, string]) => (await import('./commands/config.js')).configSet(key, value, ctx, config.opts<ConfigOptions>().json === true),
  );

  act(
    program
      .command('tag')
      .argument('[tag]', 'the tag')
      .description('a keep-in-touch cadence for everyone with a tag; without arguments, list the tags')
      .option('--every <duration>', 'cadence: 14d, 2w, 1m (a person\'s own --every wins; with several tags the shortest applies)')
      .option('--clear', "remove the tag's cadence")
      .option('--json', 'as JSON')
      .addHelpText('after', examples(['rel tag vip --every 14d', 'rel tag', 'rel tag vip --clear', 'rel edit jane --tag vip   # tag a person; rel list --tag vip lists them'])),
    async (ctx, opts: TagOptions, [name]: [string?]) => (await import('./commands/tag.js')).tag(name, opts, ctx),
  );

  act(
    program
      .command('pause')
      .argument('<name>', 'the contact')
      .option('--until <date>', 'the day they are back (required); a month, 2027-06, is its first day')
      .description('no drifting reminders for someone until a day (travelling, on leave)')
      .addHelpText('after', examples(['rel pause jane --until 2027-01-15', 'rel pause jane --until 2027-06     # back 1 June 2027'])),
    async (ctx, opts: PauseOptions, [name]: [string]) => (await import('./commands/pause.js')).pause(name, opts, ctx),
  );
  act(
    program
      .command('resume')
      .argument('<name>', 'the contact')
      .description('end a pause early')
      .addHelpText('after', examples(['rel resume jane      # back early: she drifts again from today'])),
    async (ctx, _opts, [name]: [string]) => (await import('./commands/pause.js')).resume(name, ctx),
  );
}
