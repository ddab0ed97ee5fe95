// The cadences in force in a journal, as the rhythm needs them (src/domain/rhythm.ts): the tags'
// own and the default setting. Read once per command, then rhythmOf works on plain values.
import { parseTagCadences } from './domain/cadence.js';
import { parseDuration } from './domain/duration.js';
import type { RhythmSettings } from './domain/rhythm.js';
import type { Journal } from './store/journal.js';
import { getSetting, tagCadences } from './store/settings.js';

export function journalRhythmSettings(j: Journal): RhythmSettings {
  return { tagCadences: parseTagCadences(tagCadences(j)), defaultCadence: parseDuration(getSetting(j, 'cadence'), 'setting cadence') };
}
