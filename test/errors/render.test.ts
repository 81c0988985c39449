import { expect, describe as group, it } from 'vitest';
import { describe } from '../../src/errors/describe.js';
import { violation } from '../../src/errors/violation.js';

// How `describe` shows a detail and a clause, whatever it is given (SPEC §9, SPEC §0: never
// throws). Written from the survivors of `MUTATE=errors npm run mutation`
// (docs/performance.md).

const input = (issues: unknown) => describe(violation('INVALID_INPUT', null, { issues }), 'en');

group('describe shows a detail as a short plain value', () => {
  it('shows strings, numbers, booleans and big integers as they are', () => {
    expect(input('x')).toBe('Invalid input: x.');
    expect(input(42)).toBe('Invalid input: 42.');
    expect(input(false)).toBe('Invalid input: false.');
    expect(input(10n)).toBe('Invalid input: 10.');
  });

  it('shows a list of up to 20 values, joined by commas, and no list inside a list', () => {
    expect(input(['a', 'b'])).toBe('Invalid input: a, b.');
    const letters = Array.from({ length: 25 }, (_, i) => String.fromCharCode(97 + i));
    expect(input(letters)).toBe(`Invalid input: ${letters.slice(0, 20).join(', ')}.`);
    expect(input([['deep'], 'x'])).toBe('Invalid input: …, x.');
  });

  it('shows an object, a symbol or a function as an ellipsis', () => {
    for (const odd of [{ a: 1 }, Symbol('s'), () => 1]) expect(input(odd)).toBe('Invalid input: ….');
  });

  it('leaves out a detail that is absent, null, undefined or inherited', () => {
    expect(input(null)).toBe('Invalid input.');
    expect(input(undefined)).toBe('Invalid input.');
    const inherited = Object.create({ issues: 'inherited' }) as Record<string, unknown>;
    expect(describe(violation('INVALID_INPUT', null, inherited), 'en')).toBe('Invalid input.');
  });

  it('cuts a value longer than 80 characters to 79 and an ellipsis', () => {
    expect(input('x'.repeat(80))).toBe(`Invalid input: ${'x'.repeat(80)}.`);
    expect(input('x'.repeat(81))).toBe(`Invalid input: ${'x'.repeat(79)}….`);
  });

  it('shows a count or a limit bare, and a placeholder when it is absent (4.9)', () => {
    expect(describe(violation('MAILBOX_SEAT_LIMIT_REACHED', null, { inUse: 2, cap: 2 }), 'en')).toContain(
      'already holds 2 of 2 allowed',
    );
    expect(describe(violation('MAILBOX_SEAT_LIMIT_REACHED', null, {}), 'en')).toContain(
      'already holds ? of ?',
    );
  });
});

group('describe adds the clause a message does not already name', () => {
  it('appends it in brackets, cut to 20 characters', () => {
    expect(describe(violation('INVALID_INPUT', '8.1-4', {}), 'en')).toBe('Invalid input. [8.1-4]');
    expect(describe(violation('INVALID_INPUT', 'x'.repeat(30), {}), 'en')).toBe(
      `Invalid input. [${'x'.repeat(20)}]`,
    );
  });

  it('does not repeat a clause the message cites, and adds none when there is none', () => {
    expect(describe(violation('MISSING_SURNAME', '5.4.3'), 'en')).toBe(
      'A surname is missing: a username is built from at least one surname (5.4.3).',
    );
    expect(describe(violation('MISSING_SURNAME', null), 'en')).toBe(
      'A surname is missing: a username is built from at least one surname (5.4.3).',
    );
  });
});

group('describe copes with whatever it is given (SPEC §0)', () => {
  it('speaks Spanish for any locale but en', () => {
    const v = violation('MISSING_SURNAME', null);
    expect(describe(v, 'fr' as never)).toBe(describe(v, 'es-MX'));
    expect(describe(v, 'fr' as never)).not.toBe(describe(v, 'en'));
  });

  it('gives an unknown code as itself, cut to 80 characters', () => {
    expect(describe({ code: 'NOPE' as never, clause: null })).toBe('NOPE');
    expect(describe({ code: 'N'.repeat(100) as never, clause: null })).toBe('N'.repeat(80));
    expect(describe({ code: 'toString' as never, clause: null })).toBe('toString');
  });

  it('reads details that are not an object as none', () => {
    const withDetails = (details: unknown) => ({ code: 'INVALID_INPUT', clause: null, details }) as never;
    expect(describe(withDetails('issues'), 'en')).toBe('Invalid input.');
    expect(describe(withDetails(null), 'en')).toBe('Invalid input.');
    expect(describe(withDetails(Object.assign(() => 1, { issues: 'x' })), 'en')).toBe('Invalid input.');
  });

  it('chooses a wording only on a detail of its own (4.13)', () => {
    const inherited = Object.create({ kind: 'exit' }) as Record<string, unknown>;
    expect(describe(violation('ALLOWANCE_HELD_ELSEWHERE', null, inherited), 'en')).toContain(
      'a mailbox seat',
    );
    expect(describe(violation('ALLOWANCE_HELD_ELSEWHERE', null, { kind: 'exit' }), 'en')).toContain(
      'an internet exit',
    );
  });

  it('gives an empty text for what is not a violation, a cyclic one, or one that throws', () => {
    for (const junk of [null, undefined, 'INVALID_INPUT', { code: 42, clause: null }]) {
      expect(describe(junk as never)).toBe('');
    }
    const details: Record<string, unknown> = {};
    details.issues = details;
    expect(describe(violation('INVALID_INPUT', null, details))).toBe('');
    const throwing = {
      clause: null,
      get code(): never {
        throw new Error('no');
      },
    };
    expect(describe(throwing as never)).toBe('');
  });
});

group('violation', () => {
  it('has no details key when it is given no details', () => {
    expect(Object.keys(violation('MISSING_SURNAME', '5.4.3'))).toEqual(['code', 'clause']);
    expect(Object.keys(violation('INVALID_INPUT', null, {}))).toEqual(['code', 'clause', 'details']);
  });
});
