import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** Every TypeScript file under `src/` with its text, path relative to the repo. */
export function sourceFiles(dir = join(ROOT, 'src')): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [{ path: relative(ROOT, full), text: readFileSync(full, 'utf8') }] : [];
  });
}
