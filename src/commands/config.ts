// rel config / rel config set KEY VALUE: settings kept in the journal.
import type { Context } from '../context.js';
import { RelError, UsageError } from '../errors.js';
import { checkSettingValue, SETTING_DEFAULTS, SETTING_KEYS, type SettingKey } from '../domain/settings.js';
import { fromCommandLineSync } from '../flags.js';
import { allSettings, setSetting } from '../store/settings.js';
import { columns, json } from '../ui/style.js';

const DESCRIPTIONS: Record<SettingKey, string> = {
  cadence: 'keep-in-touch cadence for people without their own or a tag one',
  days: "how many days ahead rel today looks",
  limit: 'how many people rel today shows',
  backups: 'how many days of daily backups rel keeps in backups/ beside the journal',
};

export interface ConfigOptions {
  json?: boolean;
}

export async function config(opts: ConfigOptions, ctx: Context): Promise<void> {
  const settings = allSettings(ctx.journal());
  if (opts.json) {
    ctx.out.write(json(settings));
    return;
  }
  const rows = SETTING_KEYS.map((key) => [key, settings[key], `# ${DESCRIPTIONS[key]} (default ${SETTING_DEFAULTS[key]})`]);
  ctx.out.write(`${columns(rows)}\n`);
}

/** KEY is checked by the command line's choices (SETTING_KEYS); VALUE here. `asJson`: rel config's --json, given after set. */
export async function configSet(key: SettingKey, value: string, ctx: Context, asJson = false): Promise<void> {
  if (asJson) throw new UsageError('--json shows the settings, it changes none: rel config --json');
  const checked = fromCommandLineSync(() => checkSettingValue(key, value));
  const j = ctx.journal();
  if (allSettings(j)[key] === checked) throw new RelError(`${key} is ${checked} already; nothing changed`);
  await j.readyToWrite();
  j.write(() => setSetting(j, key, checked), `set ${key} to ${checked}`);
  ctx.out.write(`${key} = ${checked}\n`);
}
