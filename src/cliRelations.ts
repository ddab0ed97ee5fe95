// The registry's commands for how people are related: rel relate and rel unrelate.
import type { Command } from 'commander';
import { examples, type Act } from './cliShared.js';
import type { RelateOptions } from './commands/relate.js';
import type { UnrelateOptions } from './commands/unrelate.js';

const KINDS = 'spouse, partner, parent, child, sibling, relative, colleague, manager, report, assistant, friend or other; or a word: husband, wife, mother, father, son, daughter, brother, sister, boss, ...';

export function registerRelationCommands(program: Command, act: Act): void {
  act(
    program
      .command('relate')
      .argument('<name>', 'the contact')
      .option('--to <name>', 'whom they are related to: a contact, or the name of someone not in the journal (kept as a name)')
      .option('--as <kind>', `what NAME is to them: ${KINDS}`)
      .description('say how two people are related: NAME is KIND of OTHER; it shows on both cards, each from its side')
      .addHelpText(
        'after',
        examples([
          'rel relate tom --to jane --as husband      # Jane\'s card: Tom Doe — husband; Tom\'s: Jane Doe — spouse',
          'rel relate jane --to tom --as wife         # the same relation: now Tom\'s card says wife',
          'rel relate mia --to jane --as daughter     # Jane\'s card: Mia Doe — daughter; Mia\'s: Jane Doe — parent',
          'rel relate bob --to "Ann Lee" --as boss    # Ann Lee, nobody in the journal yet, is kept as a name',
          'rel relate bob --to "Ann Lee" --as boss    # again once Ann Lee is a contact: links her',
        ]),
      ),
    async (ctx, opts: RelateOptions, [name]: [string]) => (await import('./commands/relate.js')).relate(name, opts, ctx),
  );

  act(
    program
      .command('unrelate')
      .argument('<name>', 'the contact')
      .option('--to <relative>', 'the relative (one of NAME\'s, also one kept as a name)')
      .option('--as <kind>', 'only this relation, read as in rel relate (NAME is KIND of OTHER), or a word a card shows for it (an import\'s label); else every one between them')
      .description('take back a relation between two people')
      .addHelpText('after', examples(['rel unrelate tom --to jane', 'rel unrelate mia --to jane --as daughter', 'rel unrelate bob --to "Ann Lee"'])),
    async (ctx, opts: UnrelateOptions, [name]: [string]) => (await import('./commands/unrelate.js')).unrelate(name, opts, ctx),
  );
}
