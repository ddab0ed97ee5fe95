// Words to type again in a shell, as refusals, hints and doctor's fixes write them: bare when a
// shell takes them as they are, else in quotes it takes whole and as written. No imports: the
// command line's refusals use them at start-up, and the store's fixes name paths with them.

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

/** A file's path as a shell takes it: bare when it is plain (~/x and $HOME/x would be expanded: quoted), else single-quoted. */
export function pathWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
