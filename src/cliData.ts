// The registry of the commands that move data in and out of the journal: rel export and rel
// import. Kept beside cli.ts so the registry stays readable; like it, no logic and lazy imports
// only, so the CSV, vCard and iCalendar code loads only when one of these runs.
import { Argument, Option, type Command } from 'commander';
import { examples, oneOf, type Act } from './cliShared.js';
import type { ExportOptions } from './commands/export.js';
import type { ImportOptions } from './commands/import.js';
import { EXPORT_FORMATS, EXPORT_SUBJECTS, IMPORT_FORMATS, type ExportSubject } from './domain/dataFormats.js';
import { DATE_ORDERS } from './domain/dateOrder.js';

export function registerDataCommands(program: Command, act: Act): void {
  act(
    program
      .command('export')
      .addArgument(new Argument('<what>', 'what to export').choices(EXPORT_SUBJECTS))
      .argument('[name]', 'with person: the person whose data to export')
      .description('write the journal to stdout: a table (csv, tsv, json, ndjson), vCards, a calendar, everything as JSON, or all about one person')
      .addOption(new Option('--format <format>', 'tables: csv (the default), tsv, json, ndjson; contacts also vcf; dates are ics, all is json').choices(EXPORT_FORMATS))
      .option('--since <date>', 'contacts added, conversations held, details written, reminders due on or after this day (a month, 2026-05: from its first day)')
      .option('--tag <tag>', 'only people with this tag, and what concerns them', oneOf('--tag', 'rel export takes one tag at a time'))
      .option('--raw', 'csv/tsv: leave cells starting with = + - @ as they are (no spreadsheet will open the file)')
      .option('--bom', 'csv/tsv: start with the UTF-8 mark, so that Excel and LibreOffice read accents right')
      .option('--rescue', 'all: save what can still be read of a damaged journal, and say on stderr what could not be (rel doctor says when)')
      .addHelpText(
        'after',
        examples([
          'rel export contacts > contacts.csv',
          'rel export contacts --bom > contacts.csv   # for Excel: accents read right on a double-click',
          'rel export conversations --since 2026-01-01 --format json | jq length',
          'rel export contacts --tag vip --format vcf > vip.vcf',
          'rel export dates > rel.ics          # birthdays, anniversaries, dated details, follow-ups',
          'rel export all > backup.json        # everything; rel import restores it into a new journal',
          'rel export person "Jane Doe" > jane.json   # all rel holds about her (a subject access request)',
          'rel export all --rescue > rescue.json   # a damaged journal with no backup: what can be read',
        ]),
      ),
    async (ctx, opts: ExportOptions, [what, name]: [ExportSubject, string?]) => (await import('./commands/export.js')).exportData(what, name, opts, ctx),
  );

  act(
    program
      .command('import')
      .argument('<file>', 'the file, or - for stdin')
      .description('add contacts from a CSV (rel, Google Contacts, Outlook, Thunderbird, LinkedIn, any with a Name column), rel\'s JSON or NDJSON, or vCard file, or restore a rel export all')
      .option('--dry-run', 'say how the file reads and what would be added, updated and skipped, and change nothing')
      .option('--strict', 'refuse a file with anything that cannot be read, listing every problem, instead of leaving it out')
      .addOption(new Option('--date-order <order>', 'numeric dates such as 04/02/1971 are day-first (dmy) or month-first (mdy), when no date of the file proves it').choices(DATE_ORDERS))
      .addOption(new Option('--format <format>', 'when the extension and content are not enough').choices(IMPORT_FORMATS))
      .addHelpText(
        'after',
        examples([
          'rel import contacts.csv             # Google Contacts, Outlook or Thunderbird CSV, or rel export contacts',
          'rel import contacts.json           # rel export contacts --format json (or ndjson), read as its CSV is',
          'rel import Connections.csv          # LinkedIn: how you met becomes "LinkedIn, connected 2024-03-12"',
          'rel import iphone.vcf --dry-run     # how the file reads, then what would change',
          'rel import outlook.csv --date-order dmy   # 04/02/1971 is 4 February',
          'rel import phone.vcf --strict       # all or nothing: refuse the file if any field is unreadable',
          'cat cards.txt | rel import - --format vcf',
          'rel --db new.db import backup.json  # a rel export all, into an empty journal',
        ]) +
          '\nSomeone in the journal (or earlier in the file) with the same email, a phone number of theirs\n' +
          'and a first name that fits, or the same name or alias (its words in any order) and nothing\n' +
          'that tells them apart, is filled in, not added twice: empty fields are filled and new emails,\n' +
          'phones, aliases and tags added; nothing is overwritten. A record with an email or phone nobody\n' +
          'has is a new person, even beside a namesake (two Maria Rossis stay two). A field that cannot be\n' +
          'read (a birthday that is no date, an email that is no address) is left out with a warning naming\n' +
          'the file, line and field, and a record with no name, email or phone is skipped; --strict refuses\n' +
          'the file instead.\n' +
          'Numeric dates read one way for the whole file: day-first if one of them is (15/03/1985),\n' +
          'month-first if one is (03/15/1985), else as --date-order says, else month-first (and rel says so).\n' +
          'One transaction: an error changes nothing.\n',
      ),
    async (ctx, opts: ImportOptions, [file]: [string]) => (await import('./commands/import.js')).importFile(file, opts, ctx),
  );
}
