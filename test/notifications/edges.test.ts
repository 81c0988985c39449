import { describe, expect, it } from 'vitest';
import { renderNotification } from '../../src/notifications/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

// The edges of renderNotification (SPEC §0: a refusal, never a throw), written from the
// survivors of `MUTATE=notifications npx stryker run` (docs/performance.md).

describe('renderNotification at its edges', () => {
  it('refuses a missing effect as one with no template, not as unreadable input', () => {
    for (const effect of [null, undefined, {}, { template: 42 }]) {
      expect(renderNotification(effect as never)._unsafeUnwrapErr()).toEqual({
        code: 'INVALID_INPUT',
        clause: null,
        details: { path: 'template', issue: 'invalid_value', message: 'no text for template ' },
      });
    }
    expect(
      renderNotification({ template: 'wel\ncome', clause: '8.1' })._unsafeUnwrapErr().details,
    ).toMatchObject({
      message: 'no text for template wel come',
    });
    // The refusal's details are English, a date-like name included.
    expect(
      renderNotification({ template: '2027-01-05', clause: '8.1' })._unsafeUnwrapErr().details,
    ).toMatchObject({
      message: 'no text for template January 5, 2027',
    });
  });

  it('refuses data it cannot read as plain data before rendering it', () => {
    const data = cyclic({ folio: 'F-1' });
    expect(
      renderNotification({ template: 'request-received', clause: '8.1-3', data } as never)._unsafeUnwrapErr(),
    ).toEqual(CYCLIC_REFUSAL);
  });

  it('writes a field the data lacks, or only inherits, as nothing', () => {
    const data = Object.assign(Object.create({ folio: 'HEREDADO' }), { department: 'Finanzas' });
    expect(
      renderNotification({ template: 'request-received', clause: '8.1-3', data })._unsafeUnwrap(),
    ).toEqual({
      subject: 'Solicitud de correo electrónico recibida',
      body: 'Se recibió la solicitud de correo electrónico e internet (formato F01) con folio , del departamento Finanzas. Le corresponde revisar su viabilidad y, en su caso, autorizarla.\n\nFundamento: procedimiento U430-DP-P09, numeral 8.1-3.',
    });
  });
});
