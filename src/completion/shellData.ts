// The completion data as shell functions that bash and zsh both run: plain `case` statements,
// generated from the CompletionModel each time the script is printed.
import { flagNames, type CompletionModel, type FlagSpec, type FlagValue } from './model.js';

/** A word for the shell, single-quoted: it'…s → 'it'\''…s'. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function caseFunction(name: string, comment: string, arms: Array<[string[], string]>, fallback?: string): string {
  const lines = [`# ${comment}`, `${name}() {`, '  case "$1" in'];
  for (const [patterns, body] of arms) lines.push(`    ${patterns.join('|')}) ${body} ;;`);
  if (fallback) lines.push(`    *) ${fallback} ;;`);
  lines.push('  esac', '}');
  return lines.join('\n');
}

function describeValue(value: FlagValue): string | undefined {
  if (value.kind === 'none') return undefined;
  return value.kind === 'choice' ? `choice:${value.choices.join(' ')}` : value.kind;
}

function uniqueNames(flags: FlagSpec[]): string[] {
  return [...new Set(flags.flatMap(flagNames))];
}

/** Arms for "PATH|N", the argument at place N (from 0); a repeated last argument takes every place from its own on, so its arm comes after the others. */
function argumentArms(model: CompletionModel): Array<[string[], string]> {
  const at = new Map<string, string[]>();
  const from = new Map<string, string[]>();
  for (const c of model.commands) {
    c.args.forEach((a, i) => {
      const value = describeValue(a.value);
      const [arms, pattern] = a.variadic ? [from, `${shellQuote(`${c.path}|`)}*`] : [at, shellQuote(`${c.path}|${i}`)];
      if (value) arms.set(value, [...(arms.get(value) ?? []), pattern]);
    });
  }
  return [...at, ...from].map(([value, patterns]) => [patterns, `echo ${shellQuote(value)}`]);
}

export function shellDataFunctions(model: CompletionModel): string {
  const subcommands = model.commands
    .filter((c) => c.subcommands.length > 0)
    .map((c): [string[], string] => [[shellQuote(c.path)], `echo ${shellQuote(c.subcommands.map((s) => s.name).join(' '))}`]);
  const flags = model.commands.map((c): [string[], string] => [[shellQuote(c.path)], `echo ${shellQuote(uniqueNames([...c.flags, ...model.globalFlags]).join(' '))}`]);
  const values = new Map<string, string[]>();
  const addValue = (pattern: (name: string) => string, flag: FlagSpec) => {
    const value = describeValue(flag.value);
    if (value) values.set(value, [...(values.get(value) ?? []), ...flagNames(flag).map(pattern)]);
  };
  for (const c of model.commands) for (const flag of c.flags) addValue((n) => shellQuote(`${c.path}|${n}`), flag);
  // A global flag means the same after any command.
  for (const flag of model.globalFlags) addValue((n) => `*${shellQuote(`|${n}`)}`, flag);
  const valueArms = [...values].map(([value, patterns]): [string[], string] => [patterns, `echo ${shellQuote(value)}`]);
  return [
    caseFunction('_rel_subcommands', 'The subcommands of a command path ("" is rel itself).', subcommands),
    caseFunction('_rel_flags', "A command's flags, the global ones included.", flags),
    caseFunction('_rel_flag_value', 'What follows a flag ("PATH|FLAG"): text, file, name or choice:A B C; fails for a flag that takes none.', valueArms, 'return 1'),
    caseFunction('_rel_arg_value', 'What fills an argument ("PATH|N", from 0), as _rel_flag_value says; fails past the last.', argumentArms(model), 'return 1'),
  ].join('\n\n');
}
