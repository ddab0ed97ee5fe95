// Words to type again in a shell, as refusals and hints write them: bare when a shell takes them
// as they are, else in quotes it takes whole and as written. No imports: the command line's
// refusals use them at start-up.

/**
 * A name, tag or text as one types it after a command in a shell: jane, "Jane Doe", "#42" (a
 * leading # starts a comment), and in single quotes one the shell would read into inside double
 * quotes ('invoice $500', '"the builder"').
 */
export function commandWord(text: string): string {
  return /^[\p{L}\p{N}@._-][\p{L}\p{N}#@._-]*$/u.test(text) ? text : quotedWord(text);
}

/** Text in quotes a shell takes as it is: double ("Jane Doe", "call back"), single when it holds $ ` " \ or !. */
export function quotedWord(text: string): string {
  return /[$`"\\!]/.test(text) ? `'${text.replace(/'/g, `'\\''`)}'` : `"${text}"`;
}
