// The process that checks a large journal's daily copy (src/backupCheck.ts), as the run that
// starts it sees it: started detached and silent, so that the first write of a day does not wait
// seconds for the check (src/store/dailyBackups.ts).
import type { LaterCheck, UncheckedCopy } from './store/dailyBackups.js';

/** How long a run waits for the checker to hold its snapshot before it copies the journal itself. */
const SNAPSHOT_WITHIN_MS = 3000;

/** The checks of large journals' copies by the built script `script` (dist/backupCheck.js). */
export function backupChecker(script: string): LaterCheck {
  return {
    /** Checks a copy made by this run, after it. */
    async start(copy: UncheckedCopy): Promise<void> {
      const { spawn } = await import('node:child_process');
      spawn(process.execPath, [script, JSON.stringify(copy)], { detached: true, stdio: 'ignore' }).unref();
    },
    /**
     * Has a very large journal copied and checked (copyFromSnapshot), so that the first write of a
     * day waits only for the checker to take a snapshot: true once it says it holds one. A checker
     * that does not say so in time is stopped, and the run copies the journal itself.
     */
    async startCopying(copy: UncheckedCopy): Promise<boolean> {
      const { spawn } = await import('node:child_process');
      const checker = spawn(process.execPath, [script, JSON.stringify(copy), 'copy'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
      const holds = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), SNAPSHOT_WITHIN_MS);
        const answer = (said: boolean) => () => {
          clearTimeout(timer);
          resolve(said);
        };
        checker.stdout.once('data', answer(true));
        checker.stdout.once('end', answer(false)); // it ended without a snapshot
        checker.once('error', answer(false)); // it could not start
      });
      if (!holds) checker.kill('SIGKILL');
      checker.stdout.destroy();
      checker.unref();
      return holds;
    },
  };
}
