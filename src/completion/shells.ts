// The shells rel writes completion scripts for; the registry offers them as choices.
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];
