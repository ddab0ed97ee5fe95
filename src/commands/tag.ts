// rel tag [TAG] [--every D | --clear]: a keep-in-touch cadence shared by everyone with a tag.
import type { Context } from '../context.js';
import { RelError, UsageError } from '../errors.js';
import { durationFlag, tagFlag } from '../flags.js';
import type { Journal } from '../store/journal.js';
import { setTagCadence, tagCadences, tagPeople, type TagPeople } from '../store/settings.js';
import { columns, commandWord, json, plural } from '../ui/style.js';
import { tagJson } from '../formats/json.js';

const NOBODY: TagPeople = { people: 0, archived: 0 };

/** "2 people (1 archived)": rel list --tag lists the others, --archived those. */
const peopleCount = (n: TagPeople): string => `${plural(n.people, 'person', 'people')}${n.archived > 0 ? ` (${n.archived} archived)` : ''}`;

export interface TagOptions {
  every?: string;
  clear?: boolean;
  json?: boolean;
}

export async function tag(rawTag: string | undefined, opts: TagOptions, ctx: Context): Promise<void> {
  const j = ctx.journal();
  if (rawTag === undefined) {
    if (opts.every !== undefined || opts.clear) throw new UsageError(`name the tag: rel tag vip ${opts.clear ? '--clear' : `--every ${opts.every}`}`);
    return listTags(j, opts.json === true, ctx);
  }
  const name = tagFlag(rawTag, 'TAG');
  if (opts.every !== undefined && opts.clear) throw new UsageError('give --every or --clear, not both');
  if (opts.json && (opts.every !== undefined || opts.clear)) throw new UsageError(`--json shows tags, it changes none: rel tag ${commandWord(name)} --json, or rel tag --json for every tag`);
  if (opts.every !== undefined) {
    const cadence = durationFlag(opts.every, '--every');
    if (tagCadences(j).get(name) === cadence) throw new RelError(`everyone tagged ${name} is kept in touch every ${cadence} already; nothing changed`);
    await j.readyToWrite();
    j.write(() => setTagCadence(j, name, cadence), `set the cadence of tag ${name} to every ${cadence}`);
    ctx.out.write(`everyone tagged ${name} is kept in touch with every ${cadence} (a person's own --every still wins)\n`);
    return;
  }
  if (opts.clear) {
    // Removing what is not there is an error, not a silent "cleared" (as --untag), and no change to undo.
    if (!tagCadences(j).has(name)) throw new RelError(`tag ${commandWord(name)} has no cadence of its own; nothing to clear (rel tag lists the tags and their cadences)`);
    await j.readyToWrite();
    j.write(() => setTagCadence(j, name, null), `clear the cadence of tag ${name}`);
    ctx.out.write(`${name} has no cadence of its own now\n`);
    return;
  }
  const cadence = tagCadences(j).get(name);
  if (opts.json) {
    ctx.out.write(json(tagJson(name, cadence ?? null, tagPeople(j, name).get(name) ?? NOBODY)));
    return;
  }
  ctx.out.write(`${name}: ${peopleCount(tagPeople(j, name).get(name) ?? NOBODY)}, ${cadence ? `every ${cadence}` : `no cadence (set one: rel tag ${commandWord(name)} --every 14d)`}\n`);
}

function listTags(j: Journal, asJson: boolean, ctx: Context): void {
  const counts = tagPeople(j);
  const cadences = tagCadences(j);
  const names = [...new Set([...counts.keys(), ...cadences.keys()])].sort();
  if (asJson) {
    ctx.out.write(json(names.map((t) => tagJson(t, cadences.get(t) ?? null, counts.get(t) ?? NOBODY))));
    return;
  }
  if (names.length === 0) {
    ctx.err.write('No tags yet. Tag someone: rel edit jane --tag vip\n');
    return;
  }
  ctx.out.write(`${columns(names.map((t) => [t, peopleCount(counts.get(t) ?? NOBODY), cadences.has(t) ? `every ${cadences.get(t)}` : '']))}\n`);
}
