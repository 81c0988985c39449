import { describe, expect, it } from 'vitest';
import { describe as say } from '../../src/errors/describe.js';
import { parseAccountRequest } from '../../src/request/index.js';
import { FORM, form, without } from '../arbitraries/request.js';

const codes = (input: unknown) =>
  parseAccountRequest(input).match(
    () => [],
    (vs) => vs.map((v) => `${v.code} ${v.clause} ${String(v.details?.path)}`),
  );

describe('parseAccountRequest (form F01 as data, F01)', () => {
  it('reads a complete F01 and returns it typed', () => {
    expect(parseAccountRequest(FORM)._unsafeUnwrap()).toEqual(FORM);
    expect(parseAccountRequest(JSON.parse(JSON.stringify(FORM)))._unsafeUnwrap()).toEqual(FORM);
  });

  it('needs the previous area for a transfer (MISSING_PREVIOUS_AREA, F01, 4.25)', () => {
    expect(codes(form({ kind: 'transfer' }))).toEqual(['MISSING_PREVIOUS_AREA F01 previousArea']);
    expect(codes(form({ kind: 'transfer', previousArea: '  ' }))).toEqual([
      'MISSING_PREVIOUS_AREA F01 previousArea',
    ]);
    expect(parseAccountRequest(form({ kind: 'transfer', previousArea: 'Almacén' })).isOk()).toBe(true);
  });

  it('needs the expiry date of a temporary account (MISSING_EXPIRY, F01)', () => {
    expect(codes(form({ condition: 'temporary' }))).toEqual(['MISSING_EXPIRY F01 expiresOn']);
    expect(parseAccountRequest(form({ condition: 'temporary', expiresOn: '2027-05-31' })).isOk()).toBe(true);
  });

  it('needs the expiry after the request date (EXPIRY_NOT_AFTER_REQUEST, F01)', () => {
    for (const expiresOn of ['2026-11-30', '2026-11-29']) {
      const v = parseAccountRequest(form({ condition: 'temporary', expiresOn }))._unsafeUnwrapErr();
      expect(v).toHaveLength(1);
      expect(v[0]).toMatchObject({
        code: 'EXPIRY_NOT_AFTER_REQUEST',
        clause: 'F01',
        details: { path: 'expiresOn', expiresOn, requestedOn: '2026-11-30' },
      });
      expect(say(v[0]!)).toContain(`(${expiresOn})`);
    }
    expect(parseAccountRequest(form({ condition: 'temporary', expiresOn: '2026-12-01' })).isOk()).toBe(true);
  });

  it('refuses an expiry date on a fixed account rather than guess (decision, F01)', () => {
    expect(codes(form({ expiresOn: '2027-01-01' }))).toEqual(['INVALID_INPUT F01 expiresOn']);
  });

  it('needs a justification when internet is requested (MISSING_INTERNET_JUSTIFICATION, 4.11)', () => {
    expect(codes(form({ internet: { requested: true } }))).toEqual([
      'MISSING_INTERNET_JUSTIFICATION 4.11 internet.justification',
    ]);
    expect(codes(form({ internet: { requested: true, justification: ' \n ' } }))).toEqual([
      'MISSING_INTERNET_JUSTIFICATION 4.11 internet.justification',
    ]);
    expect(parseAccountRequest(form({ internet: { requested: false } })).isOk()).toBe(true);
  });

  it('reports every missing or wrong field at once, each with its path (F01)', () => {
    const bad = {
      ...without('area'),
      folio: '',
      requestedOn: '2026-02-30',
      director: { name: 'Ana', email: 'no es correo' },
      kind: 'transfer',
      condition: 'temporary',
      user: { ...FORM.user, holder: 'intern', functions: '   ' },
      internet: { requested: true },
      centralOffice: 'sí',
      signatures: { director: '30/11/2026' },
    };
    expect(codes(bad)).toEqual([
      'INVALID_INPUT null folio',
      'INVALID_INPUT null requestedOn',
      'INVALID_INPUT null area',
      'INVALID_INPUT null director.email',
      'INVALID_INPUT null user.functions',
      'INVALID_INPUT null user.holder',
      'INVALID_INPUT null centralOffice',
      'INVALID_INPUT null signatures.director',
      'MISSING_PREVIOUS_AREA F01 previousArea',
      'MISSING_EXPIRY F01 expiresOn',
      'MISSING_INTERNET_JUSTIFICATION 4.11 internet.justification',
    ]);
  });

  it('refuses unknown keys, including __proto__, constructor and prototype, and pollutes nothing', () => {
    const text = JSON.stringify(FORM).replace(
      '"folio"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1,"folio"',
    );
    const input = JSON.parse(text);
    expect(Object.hasOwn(input, '__proto__')).toBe(true);
    const v = parseAccountRequest(input)._unsafeUnwrapErr();
    expect(v).toHaveLength(1);
    expect(v[0]?.details?.message).toBe('unknown keys: __proto__, constructor, prototype');
    const nested = JSON.parse(
      JSON.stringify(FORM).replace('"fullName"', '"__proto__":{"polluted":true},"fullName"'),
    );
    expect(parseAccountRequest(nested).isErr()).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps a department called __proto__ as plain data (4.9)', () => {
    const f = form({ user: { ...FORM.user, department: '__proto__' } });
    expect(parseAccountRequest(JSON.parse(JSON.stringify(f)))._unsafeUnwrap().user.department).toBe(
      '__proto__',
    );
  });

  it('never throws on junk and refuses it with INVALID_INPUT', () => {
    for (const junk of [null, undefined, 0, 'F01', [], {}, () => 1, Symbol('x'), new Map()]) {
      const v = parseAccountRequest(junk)._unsafeUnwrapErr();
      expect(v[0]?.code).toBe('INVALID_INPUT');
    }
  });

  it('renders each F01 violation in Spanish and English', () => {
    const v = parseAccountRequest(
      form({ kind: 'transfer', condition: 'temporary', internet: { requested: true } }),
    )._unsafeUnwrapErr();
    expect(v.map((x) => say(x))).toEqual([
      'Una solicitud por cambio de adscripción debe indicar el área anterior (F01).',
      'Una cuenta temporal debe indicar su fecha de expiración (F01).',
      'La solicitud de internet debe justificarse plenamente (4.11, 8.1 act. 2).',
    ]);
    expect(say(v[0]!, 'en')).toBe('A transfer request must name the previous area (F01).');
  });
});
