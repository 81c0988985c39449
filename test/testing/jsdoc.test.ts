import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openAccount } from '../../src/lifecycle/index.js';
import { createRequest } from '../../src/request/index.js';
import * as testing from '../../src/testing/index.js';
import { jsdocExamples } from '../docs/jsdocExamples.js';

// Every `@example` of src/testing runs here (as test/names/jsdoc.test.ts does for src/names):
// the expression before each `//=> value` line must give that value.
const DIR = new URL('../../src/testing/', import.meta.url);

const examples = () => jsdocExamples(DIR);

const scope: Record<string, unknown> = { ...testing, fc, createRequest, openAccount };
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;
const run = (source: string): Promise<unknown> => {
  const lines = source.trim().split('\n');
  const statements = lines.slice(0, -1).join('\n');
  // The last statement is the expression; earlier lines (const …;) set it up.
  const body =
    lines.length > 1 && /;\s*$/.test(lines[lines.length - 2] ?? '')
      ? `${statements}\nreturn (${lines[lines.length - 1]});`
      : `return (${source});`;
  return new AsyncFunction(...Object.keys(scope), body)(...Object.values(scope));
};

describe('the @example of every export in src/testing holds', () => {
  const all = examples();

  it('finds the examples', () => {
    expect(all.length).toBeGreaterThan(8);
  });

  for (const ex of all) {
    it(`${ex.file}: ${ex.code.split('\n')[0]}`, async () => {
      expect(await run(ex.code)).toEqual(await run(ex.expected));
    });
  }
});
