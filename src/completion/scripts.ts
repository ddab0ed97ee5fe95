// The hand-written shell parts of the completion scripts, kept as real shell files beside this
// module. Read from src/ both when the sources run (tests) and from the bundle in dist/chunks/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function shellPart(file: 'rel.bash' | 'rel.zsh' | 'rel.fish'): string {
  const candidates = [join(import.meta.dirname, 'scripts', file), join(import.meta.dirname, '..', '..', 'src', 'completion', 'scripts', file)];
  return readFileSync(candidates.find((path) => existsSync(path)) ?? (candidates[0] as string), 'utf8');
}
