// What each check of rel doctor reports (health.ts and the files of checks beside it).
export interface Check {
  check: string;
  ok: boolean;
  detail: string;
  /** What to do about a problem. */
  fix?: string;
}

export const ok = (check: string, detail: string): Check => ({ check, ok: true, detail });
export const problem = (check: string, detail: string, fix: string): Check => ({ check, ok: false, detail, fix });
