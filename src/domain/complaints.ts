// A complaint's life: logged open, resolved (with a note saying how), and opened again when the
// customer calls back because the fix did not hold (rel conversation reopen).

/**
 * The conversation's note once a resolved complaint is opened again on `today`: the resolution it
 * had is kept at its end, "(resolved 2026-11-23: sent a new box; reopened 2026-12-06)", so that
 * the first fix stays on record when a second resolution takes the place of the first.
 */
export function noteAfterReopening(note: string | null, resolved: { on: string; note: string | null }, today: string): string {
  const kept = `(resolved ${resolved.on}${resolved.note ? `: ${resolved.note}` : ''}; reopened ${today})`;
  return note ? `${note} ${kept}` : kept;
}
