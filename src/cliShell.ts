// The registry's commands for the shell: completion scripts and the hidden name lookup they call.
import { Argument, type Command } from 'commander';
import { examples, type Act } from './cliShared.js';
import type { CompleteOptions } from './commands/complete.js';
import { SHELLS, type Shell } from './completion/shells.js';

export function registerShellCommands(program: Command, act: Act): void {
  act(
    program
      .command('completion')
      .addArgument(new Argument('<shell>', SHELLS.join(', ')).choices(SHELLS))
      .description('print a shell completion script: commands, flags and contact names')
      .addHelpText(
        'after',
        examples([
          'source <(rel completion bash)          # in ~/.bashrc',
          'source <(rel completion zsh)           # in ~/.zshrc, after compinit',
          'rel completion fish > ~/.config/fish/completions/rel.fish',
        ]),
      ),
    async (ctx, _opts, [shell]: [Shell]) => (await import('./commands/completion.js')).completion(shell, program, ctx),
  );

  // Called by the completion scripts on every Tab: `rel [--db PATH] __complete names [PREFIX]`,
  // and for rel unrelate NAME --to: `rel __complete relatives --of NAME [PREFIX]`.
  act(
    program
      .command('__complete', { hidden: true })
      .argument('<what>', 'names or relatives')
      .argument('[prefix]', 'the start of a name')
      .option('--of <name>', 'relatives: whose'),
    async (ctx, opts: CompleteOptions, [what, prefix]: [string, string?]) => (await import('./commands/complete.js')).complete(what, prefix, opts, ctx),
  );
}
