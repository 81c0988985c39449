import { expect, describe as group, it } from 'vitest';
import { VIOLATION_CODES } from '../../src/errors/codes.js';
import { describe } from '../../src/errors/describe.js';
import { MESSAGES_EN } from '../../src/errors/messages.en.js';
import { MESSAGES_ES } from '../../src/errors/messages.es.js';
import { violation } from '../../src/errors/violation.js';

group('describe', () => {
  it('has a Spanish and an English message for every code', () => {
    for (const code of VIOLATION_CODES) {
      expect(Object.hasOwn(MESSAGES_ES, code), `es ${code}`).toBe(true);
      expect(Object.hasOwn(MESSAGES_EN, code), `en ${code}`).toBe(true);
      const es = describe(violation(code, '4.19', {}), 'es-MX');
      const en = describe(violation(code, '4.19', {}), 'en');
      expect(es.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(es).not.toBe(en);
    }
  });

  it('has no message for a code that does not exist', () => {
    expect(Object.keys(MESSAGES_ES).sort()).toEqual([...VIOLATION_CODES].sort());
    expect(Object.keys(MESSAGES_EN).sort()).toEqual([...VIOLATION_CODES].sort());
  });

  it('speaks Spanish by default', () => {
    const v = violation('MISSING_SURNAME', '5.4.3');
    expect(describe(v)).toBe(describe(v, 'es-MX'));
    expect(describe(v)).toMatch(/apellido/);
    expect(describe(v, 'en')).toMatch(/surname/);
  });

  it('names the clause and the offending value', () => {
    const v = violation('ABBREVIATED_NAME', 'F01', { word: 'Ma.' });
    expect(describe(v)).toContain('«Ma.»');
    expect(describe(v)).toContain('F01');
    expect(describe(v, 'en')).toContain('"Ma."');
    const limit = violation('INTERNET_EXIT_LIMIT_REACHED', '4.13', {
      department: 'Informática',
      inUse: 2,
      cap: 2,
    });
    expect(describe(limit)).toContain('«Informática»');
    expect(describe(limit)).toContain('2 de 2');
    expect(describe(limit)).toContain('4.13');
  });

  it('appends the clause when the message does not already name it', () => {
    expect(describe(violation('INVALID_TRANSITION', '8.1-4', { event: 'X', status: 'y' }))).toMatch(
      /\[8\.1-4\]$/,
    );
    expect(describe(violation('MISSING_SURNAME', '5.4.3'))).not.toContain('[5.4.3]');
  });

  it('cuts a huge offending value to a short excerpt', () => {
    const v = violation('UNSUPPORTED_CHARACTERS', '5.4.3', { value: 'x'.repeat(1_000_000) });
    expect(describe(v).length).toBeLessThan(300);
  });

  it('never throws on odd details or an unknown code', () => {
    const odd = { value: { toString: null }, word: Symbol.for('w') } as unknown as Record<string, unknown>;
    expect(() => describe(violation('ABBREVIATED_NAME', null, { word: ['a', 'b'] }))).not.toThrow();
    expect(() => describe({ code: 'NOPE' as never, clause: null })).not.toThrow();
    for (const junk of [
      null,
      undefined,
      1,
      'x',
      {},
      { code: 1 },
      { code: 'MISSING_SURNAME', details: 5, clause: 7 },
    ]) {
      expect(() => describe(junk as never)).not.toThrow();
    }
    expect(() => describe(violation('INVALID_INPUT', null, odd))).not.toThrow();
    expect(() => describe(violation('ABBREVIATED_NAME', null, odd))).not.toThrow();
    expect(() => describe(violation('UNSUPPORTED_CHARACTERS', null, odd))).not.toThrow();
    for (const code of VIOLATION_CODES) {
      const hostile = { max: Symbol('m'), inUse: { toString: null }, cap: [Symbol('c')], days: () => 1 };
      expect(() =>
        describe(violation(code, null, hostile as unknown as Record<string, unknown>)),
      ).not.toThrow();
    }
  });
});
