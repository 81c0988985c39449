import { describe, expect, it } from 'vitest';
import { NOTIFICATION_VALUE_MAX, renderNotification } from '../../src/notifications/index.js';

// How a value of the data is written into a text: plain, one line, capped, dates spelled out
// (4.22: what the people concerned receive; SPEC §0: never throws). Written from the survivors
// of `MUTATE=notifications npm run mutation` (docs/performance.md).

const reason = (value: unknown, locale: 'es-MX' | 'en' = 'es-MX') =>
  renderNotification(
    { template: 'request-not-viable', clause: '8.1-4', data: { folio: 'F-1', reason: value as never } },
    locale,
  )
    ._unsafeUnwrap()
    .body.split('\n\n')[0];

describe('a value in a notification', () => {
  it('is written as it is when it is plain text or a number', () => {
    expect(reason('sin plaza')).toBe(
      'Le informamos que la solicitud de correo electrónico con folio F-1 no es viable. Motivo: sin plaza.',
    );
    expect(reason(3)).toContain('Motivo: 3.');
  });

  it('says yes or no for a boolean, in each language', () => {
    expect(reason(true)).toContain('Motivo: sí.');
    expect(reason(false)).toContain('Motivo: no.');
    expect(reason(true, 'en')).toContain('Reason: yes.');
    expect(reason(false, 'en')).toContain('Reason: no.');
  });

  it('is left out when absent, null, or not a plain value', () => {
    for (const odd of [null, undefined, { a: 1 }, ['x'], Symbol('s'), 10n]) {
      expect(reason(odd)).toContain('Motivo: no especificado.');
    }
  });

  it('is one line: control characters and runs of blanks become one space, trimmed', () => {
    expect(reason('  sin\n\tplaza\u202e  ')).toContain('Motivo: sin plaza.');
  });

  it(`is cut to ${NOTIFICATION_VALUE_MAX} characters, the last an ellipsis`, () => {
    expect(reason('x'.repeat(NOTIFICATION_VALUE_MAX))).toContain(
      `Motivo: ${'x'.repeat(NOTIFICATION_VALUE_MAX)}.`,
    );
    expect(reason('x'.repeat(NOTIFICATION_VALUE_MAX + 1))).toContain(
      `Motivo: ${'x'.repeat(NOTIFICATION_VALUE_MAX - 1)}….`,
    );
  });

  it('names every month, in each language (4.22)', () => {
    const es = [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ];
    const en = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    for (let m = 1; m <= 12; m++) {
      const day = `2027-${String(m).padStart(2, '0')}-01`;
      expect(reason(day)).toContain(`Motivo: 1 de ${es[m - 1]} de 2027.`);
      expect(reason(day, 'en')).toContain(`Reason: ${en[m - 1]} 1, 2027.`);
    }
  });

  it('spells out a day, in each language (4.22)', () => {
    expect(reason('2027-01-05')).toContain('Motivo: 5 de enero de 2027.');
    expect(reason('2027-12-31', 'en')).toContain('Reason: December 31, 2027.');
  });

  it('names a template it has no text for, safely (SPEC §0)', () => {
    const r = renderNotification({ template: 'nope\nBcc: x', clause: '4.22' } as never)._unsafeUnwrapErr();
    expect(r.details).toEqual({
      path: 'template',
      issue: 'invalid_value',
      message: 'no text for template nope Bcc: x',
    });
    expect(renderNotification({ clause: '4.22' } as never)._unsafeUnwrapErr().details?.message).toBe(
      'no text for template ',
    );
  });
});
