// The names of the settings kept in the journal, alone: the command line offers them as choices
// at every start, without loading the rules of their values (settings.ts).
export const SETTING_KEYS = ['cadence', 'days', 'limit', 'backups'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
