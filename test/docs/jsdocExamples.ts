import { readdirSync, readFileSync } from 'node:fs';

/** One `@example` step: the code before a `//=> value` line, and that value. */
export type Example = { file: string; code: string; expected: string };

/** Every `@example` step of the `.ts` files in a source folder, in file order. */
export function jsdocExamples(dir: URL): Example[] {
  const found: Example[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const block of text.split('@example').slice(1)) {
      let code: string[] = [];
      for (const raw of block.split('\n').slice(1)) {
        const line = raw.replace(/^\s*\* ?/, '');
        if (raw.includes('*/') || line.startsWith('@')) break;
        if (line.startsWith('//=>')) {
          found.push({ file, code: code.join('\n'), expected: line.slice(4).trim() });
          code = [];
        } else {
          code.push(line);
        }
      }
    }
  }
  return found;
}
