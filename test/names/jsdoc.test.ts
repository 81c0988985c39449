import { readdirSync, readFileSync } from 'node:fs';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import * as names from '../../src/names/index.js';

// Every `@example` of src/names runs here: each expression before a `//=> value` line must
// give that value, so the documentation cannot drift from the code (STYLE: docs are checked).
const DIR = new URL('../../src/names/', import.meta.url);

type Example = { file: string; code: string; expected: string };

function examples(): Example[] {
  const found: Example[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, DIR), 'utf8');
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

const scope = { ...names, ok, err };
const run = (source: string): unknown =>
  new Function(...Object.keys(scope), `return (${source});`)(...Object.values(scope));

describe('the @example of every export in src/names holds', () => {
  const all = examples();

  it('finds the examples', () => {
    expect(all.length).toBeGreaterThan(15);
  });

  for (const ex of all) {
    it(`${ex.file}: ${ex.code.split('\n')[0]}`, () => {
      expect(run(ex.code)).toEqual(run(ex.expected));
    });
  }
});
