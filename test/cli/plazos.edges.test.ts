import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readFile: () => null,
    today: () => '2027-03-01',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    version: '9.9.9',
  });
  return { code, out, err };
}

describe('plazos: dates the procedure cannot write', () => {
  it('refuses a baja whose last usable day falls after 9999-12-31 (4.22), exit 1', () => {
    const r = cli(['plazos', 'baja', '9999-12-31']);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      '✗ Fecha fuera de los años 1000–9999 en «usableThrough»: no se puede escribir como AAAA-MM-DD.',
    ]);
  });

  it('refuses a cancellation that would take effect after 9999-12-31 (4.24), exit 1, in English and --json', () => {
    const r = cli(['plazos', 'cancelacion', '9999-12-31', '--en']);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      '✗ Date outside the years 1000–9999 in "cancelOn": it cannot be written as YYYY-MM-DD.',
    ]);
    const j = cli(['plazos', 'cancelacion', '9999-12-31', '--json']);
    expect(j.code).toBe(1);
    const doc = JSON.parse(j.out.join('\n'));
    expect(doc).toMatchObject({ ok: false, exitCode: 1, command: 'plazos' });
    expect(
      doc.violations.map((v: { code: string; details: { field: string } }) => `${v.code} ${v.details.field}`),
    ).toEqual(['INVALID_DATE cancelOn']);
  });

  it('refuses an inactivity date after 9999-12-31 (4.19), exit 1, whether the last access is a day or "nunca"', () => {
    for (const last of ['9999-12-31', 'nunca']) {
      const r = cli(['plazos', 'inactividad', last, '9999-12-31', '--al', '9999-12-31']);
      expect(r.code).toBe(1);
      expect(r.out).toEqual([]);
      expect(r.err).toEqual([
        '✗ Fecha fuera de los años 1000–9999 en «inactiveFrom»: no se puede escribir como AAAA-MM-DD.',
      ]);
    }
  });

  it('takes "nunca" only as the last access of inactividad; any other word is a usage error (4.19), exit 2', () => {
    const r = cli(['plazos', 'inactividad', 'ayer', '2027-03-01']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      "seseq-correo plazos: 'ayer' no es una fecha AAAA-MM-DD",
      'Vea: seseq-correo plazos --ayuda',
    ]);
    const en = cli(['plazos', 'inactividad', '2027-01-01', 'nunca', '--en']);
    expect(en.code).toBe(2);
    expect(en.err).toEqual([
      "seseq-correo plazos: 'nunca' is not a date YYYY-MM-DD",
      'See: seseq-correo plazos --help',
    ]);
    const baja = cli(['plazos', 'baja', 'nunca']);
    expect(baja.code).toBe(2);
    expect(baja.err[0]).toBe("seseq-correo plazos: 'nunca' no es una fecha AAAA-MM-DD");
  });
});
