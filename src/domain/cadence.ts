// The keep-in-touch rhythm of a contact and whether it is drifting (SPEC §3 `rel tag`, §4 item 4).
// A contact's own cadence wins; otherwise the shortest of its tags' cadences; otherwise the default.
import type { Day } from './calendar.js';
import { addDuration, approximateDays, tryParseDuration, type Duration } from './duration.js';

export type CadenceSource = 'contact' | 'tag' | 'default';

export interface EffectiveCadence {
  cadence: Duration;
  source: CadenceSource;
  /** The tag whose cadence applies, when source is 'tag'. */
  tag: string | null;
}

/** Tag cadences as stored ('2w') or parsed → durations; unreadable values are dropped, not fatal. */
export function parseTagCadences(stored: ReadonlyMap<string, string | Duration>): Map<string, Duration> {
  const parsed = new Map<string, Duration>();
  for (const [tag, value] of stored) {
    const duration = typeof value === 'string' ? tryParseDuration(value) : value;
    if (duration) parsed.set(tag, duration);
  }
  return parsed;
}

/** The shortest tag cadence (by approximate length; equal lengths: the tag first in name order). */
function shortestTagCadence(tags: readonly string[], tagCadences: ReadonlyMap<string, Duration>): EffectiveCadence | undefined {
  let best: { tag: string; cadence: Duration; days: number } | undefined;
  for (const tag of tags) {
    const cadence = tagCadences.get(tag);
    if (!cadence) continue;
    const days = approximateDays(cadence);
    if (!best || days < best.days || (days === best.days && tag < best.tag)) best = { tag, cadence, days };
  }
  return best && { cadence: best.cadence, source: 'tag', tag: best.tag };
}

/**
 * The cadence that applies to a contact. `own` is the contact's stored cadence text (NULL: none);
 * an unreadable stored value is ignored rather than breaking the morning list.
 */
export function effectiveCadence(
  own: string | null,
  tags: readonly string[],
  tagCadences: ReadonlyMap<string, Duration>,
  defaultCadence: Duration,
): EffectiveCadence {
  const ownCadence = own === null ? undefined : tryParseDuration(own);
  if (ownCadence) return { cadence: ownCadence, source: 'contact', tag: null };
  return shortestTagCadence(tags, tagCadences) ?? { cadence: defaultCadence, source: 'default', tag: null };
}

/** The day the next conversation is due: the last one (or the day the contact was added) plus the cadence. */
export function nextDueDate(lastContactOrCreatedOn: Day, cadence: Duration): Day {
  return addDuration(lastContactOrCreatedOn, cadence);
}

/** A pause is in force while its end lies after today; on the end day the contact can drift again. */
export function isPaused(pausedUntil: Day | null, today: Day): boolean {
  return pausedUntil !== null && pausedUntil > today;
}
