// The picker of a person by part of their name (rel add's "Who did you talk to?"). @inquirer/search
// looks its choices up after the screen is drawn, so an Enter that comes with the text (a name
// pasted with its newline) chose among the choices of the text before it: "+ new person: Zed"
// shown as the answer, "no one else" returned, Zed silently left out. Here the choices are worked
// out as the text is typed, in the same keypress (rel's lookups read the journal at once), so
// Enter always takes a choice of the text on the screen.
import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, useKeypress, useMemo, usePagination, usePrefix, useState } from '@inquirer/core';
import type { Choice } from './prompter.js';

export interface SearchConfig {
  message: string;
  /** The choices for what has been typed, worked out at once. */
  source: (term: string) => Array<Choice<unknown>>;
  /** A line under what is typed: why it offers no new person, say ("it reads as an id"). */
  hint?: ((term: string) => string | undefined) | undefined;
  pageSize: number;
}

export const searchNow = createPrompt<unknown, SearchConfig>((config, done) => {
  const theme = makeTheme();
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [term, setTerm] = useState('');
  const [active, setActive] = useState(0);
  const choices = useMemo(() => config.source(term), [term]);
  const hint = useMemo(() => (term.trim() === '' ? undefined : config.hint?.(term.trim())), [term]);
  const prefix = usePrefix({ status, theme });
  const chosen = choices[Math.min(active, choices.length - 1)];

  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      if (chosen === undefined) return rl.write(term); // nothing to take: the line stays as typed
      setStatus('done');
      done(chosen.value);
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      rl.write(term);
      setActive(Math.max(0, Math.min(choices.length - 1, active + (isUpKey(key) ? -1 : 1))));
    } else if (rl.line !== term) {
      setTerm(rl.line);
      setActive(0);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done' && chosen) return `${prefix} ${message} ${theme.style.answer(chosen.name)}`;
  const page = usePagination({
    items: choices,
    active: Math.min(active, choices.length - 1),
    renderItem: ({ item, isActive }) => (isActive ? theme.style.highlight(`❯ ${item.name}`) : `  ${item.name}`),
    pageSize: config.pageSize,
    loop: false,
  });
  const found = choices.length === 0 && term !== '' ? (hint === undefined ? theme.style.error('No results found') : undefined) : page;
  const lines = [...(hint === undefined ? [] : [theme.style.error(hint)]), ...(found === undefined ? [] : [found])];
  const body = [...lines, ' ', theme.style.help('↑↓ navigate • ⏎ select')].join('\n');
  return [`${prefix} ${message} ${theme.style.highlight(term)}`.trimEnd(), body];
});
