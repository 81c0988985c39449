import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import * as names from '../../src/names/index.js';
import { jsdocExamples } from '../docs/jsdocExamples.js';

// Every `@example` of src/names runs here: each expression before a `//=> value` line must
// give that value, so the documentation cannot drift from the code (STYLE: docs are checked).
const DIR = new URL('../../src/names/', import.meta.url);

const examples = () => jsdocExamples(DIR);

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
