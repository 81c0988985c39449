import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../src/cli/args.js';
import { type Ctx, isOutcome, progress, readJson, readText } from '../../src/cli/context.js';
import { readTaken } from '../../src/cli/taken.js';

// What every command reads through: files, JSON, progress on a terminal. Written from the
// survivors of `MUTATE=cli npx stryker run` (docs/performance.md).

const ARGS: Parsed = { values: {}, positionals: [], json: false, en: false, help: false };

function ctx(files: Record<string, string>, ticks?: string[], en = false): Ctx {
  return {
    io: {
      readFile: (p) => (Object.hasOwn(files, p) ? (files[p] as string) : null),
      today: () => '2027-03-01',
      out: () => {},
      err: () => {},
      ...(ticks ? { progress: (t: string) => ticks.push(t) } : {}),
    },
    args: ARGS,
    command: 'lote',
    en,
    locale: en ? 'en' : 'es-MX',
  };
}

describe('progress on a terminal, for large inputs only', () => {
  const run = (total: number, ticks?: string[]) => {
    const tick = progress(ctx({}, ticks), total);
    for (let done = 1; done <= total; done++) tick(done);
  };

  it('reports every thousand rows and the last one from 5 000 rows on', () => {
    const ticks: string[] = [];
    run(5500, ticks);
    expect(ticks).toEqual([
      'lote: 1000/5500',
      'lote: 2000/5500',
      'lote: 3000/5500',
      'lote: 4000/5500',
      'lote: 5000/5500',
      'lote: 5500/5500',
    ]);
    const exactly: string[] = [];
    run(5000, exactly);
    expect(exactly.at(-1)).toBe('lote: 5000/5000');
    expect(exactly).toHaveLength(5);
  });

  it('says nothing below 5 000 rows, or when standard error is no terminal', () => {
    const ticks: string[] = [];
    run(4999, ticks);
    expect(ticks).toEqual([]);
    expect(() => run(6000)).not.toThrow();
  });
});

describe('files and JSON', () => {
  it('reads a file, or says in the locale that it cannot (exit 2)', () => {
    expect(readText(ctx({ a: 'x' }), 'a')).toBe('x');
    expect(readText(ctx({}), 'a')).toEqual({ code: 2, error: 'no se puede leer a' });
    expect(readText(ctx({}, undefined, true), 'a')).toEqual({ code: 2, error: 'cannot read a' });
  });

  it('reads JSON with or without a BOM, or says it is not JSON (exit 2)', () => {
    expect(readJson(ctx({ a: '\uFEFF[1]' }), 'a')).toEqual({ value: [1] });
    expect(readJson(ctx({ a: '{"x":2}' }), 'a')).toEqual({ value: { x: 2 } });
    expect(readJson(ctx({ a: '{' }), 'a')).toEqual({ code: 2, error: 'a no es JSON válido' });
    expect(readJson(ctx({ a: '{' }, undefined, true), 'a')).toEqual({
      code: 2,
      error: 'a is not valid JSON',
    });
    expect(readJson(ctx({}), 'a')).toEqual({ code: 2, error: 'no se puede leer a' });
  });

  it('tells an outcome from what was read', () => {
    expect(isOutcome({ code: 0 })).toBe(true);
    expect(isOutcome({ value: { code: 0 } })).toBe(false);
    expect(isOutcome(null)).toBe(false);
    expect(isOutcome('code')).toBe(false);
  });
});

describe('--ocupados: the usernames a file names (5.4.3, 4.19)', () => {
  const taken = (text: string | null) => {
    const c = ctx(text === null ? {} : { 'o.txt': text });
    return readTaken({ ...c, args: { ...ARGS, values: { ocupados: 'o.txt' } } });
  };

  it('reads one a line or separated, addresses as their usernames, upper-cased, quotes and a BOM aside', () => {
    expect(taken('\uFEFF"perlahl@seseqro.gob.mx";\r\n\n  , PHernandezL\tsoledadrt')).toEqual(
      new Set(['PERLAHL', 'PHERNANDEZL', 'SOLEDADRT']),
    );
  });

  it('names nobody for an empty token or an address without a username', () => {
    expect(taken('"" ; @seseqro.gob.mx ,,')).toEqual(new Set());
  });

  it('is empty without --ocupados, and exit 2 when the file cannot be read', () => {
    expect(readTaken(ctx({}))).toEqual(new Set());
    expect(taken(null)).toEqual({ code: 2, error: 'no se puede leer o.txt' });
  });
});
