// rel completion bash|zsh|fish: prints a completion script built from the command line itself.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { bashScript } from '../completion/bash.js';
import { fishScript } from '../completion/fish.js';
import { completionModel } from '../completion/model.js';
import { zshScript } from '../completion/zsh.js';

import type { Shell } from '../completion/shells.js';

export async function completion(shell: Shell, program: Command, ctx: Context): Promise<void> {
  const model = completionModel(program);
  const script = { bash: bashScript, zsh: zshScript, fish: fishScript }[shell](model);
  ctx.out.write(script);
}
