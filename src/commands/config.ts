// rel config / rel config set KEY VALUE: settings kept in the journal.
import type { Context } from '../context.js';
import { RelError } from '../errors.js';
import { allSettings, checkSettingValue, isSettingKey, setSetting, SETTING_DEFAULTS, type SettingKey } from '../store/settings.js';
import { columns, json } from '../ui/style.js';

const DESCRIPTIONS: Record<SettingKey, string> = {
  cadence: 'keep-in-touch cadence for people without their own or a tag one',
  days: "how many days ahead rel today looks",
  limit: 'how many people rel today shows',
};

export async function config(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const settings = allSettings(ctx.journal());
  if (opts.json) {
    ctx.out.write(json(settings));
    return;
  }
  const rows = (Object.keys(SETTING_DEFAULTS) as SettingKey[]).map((key) => [key, settings[key], `# ${DESCRIPTIONS[key]} (default ${SETTING_DEFAULTS[key]})`]);
  ctx.out.write(`${columns(rows)}\n`);
}

export async function configSet(key: string, value: string, ctx: Context): Promise<void> {
  if (!isSettingKey(key)) throw new RelError(`unknown setting "${key}"; the settings are ${Object.keys(SETTING_DEFAULTS).join(', ')}`);
  const checked = checkSettingValue(key, value);
  const j = ctx.journal();
  j.write(() => setSetting(j, key, checked));
  ctx.out.write(`${key} = ${checked}\n`);
}
