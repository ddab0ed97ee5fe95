// rel run in-process against a journal named by its path, for the export and import tests, which
// move data between several journals and files.
import { runRel } from './inProcess.js';
import type { ShownContact } from './outputs.js';
import type { RunResult } from './spawned.js';

export interface PathOptions {
  /** The journal (REL_DB). */
  db: string;
  /** What `rel import -` reads. */
  input?: string | Buffer;
}

export function rel(args: string[], { db, input }: PathOptions): Promise<RunResult> {
  return runRel(args, { journalPath: db, stdin: input });
}

/** Runs rel, fails the test with its stderr unless it exits 0, and returns stdout. */
export async function relOk(args: string[], options: PathOptions): Promise<string> {
  const result = await rel(args, options);
  if (result.code !== 0) throw new Error(`rel ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** The person of `rel show --json` with the details of their card. */
export async function show(name: string, db: string): Promise<ShownContact> {
  const card = JSON.parse(await relOk(['show', name, '--json'], { db })) as { person: Omit<ShownContact, 'details'>; details: ShownContact['details'] };
  return { ...card.person, details: card.details };
}

/** Everyone, archived or not, by id. */
export async function listAll(db: string): Promise<Array<{ id: number; name: string }>> {
  const active = JSON.parse(await relOk(['list', '--json'], { db })) as Array<{ id: number; name: string }>;
  const archived = JSON.parse(await relOk(['list', '--archived', '--json'], { db })) as Array<{ id: number; name: string }>;
  return [...active, ...archived].sort((a, b) => a.id - b.id);
}
