// What each check of rel doctor reports (health.ts and the files of checks beside it).

/** Every check rel doctor makes, in the order it makes them. */
export const CHECK_NAMES = [
  'journal', 'permissions', 'access', 'schema', 'integrity', 'foreign keys', 'wal', 'settings', 'referrals', 'channels', 'days',
  'referrers', 'statuses', 'turnaround', 'follow-ups', 'complaints', 'names', 'name text', 'erasure', 'backups',
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

export interface Check {
  check: CheckName;
  ok: boolean;
  detail: string;
  /** What to do about a problem. */
  fix?: string;
}

export const ok = (check: CheckName, detail: string): Check => ({ check, ok: true, detail });
export const problem = (check: CheckName, detail: string, fix: string): Check => ({ check, ok: false, detail, fix });
