import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { openAccount } from '../../src/lifecycle/index.js';
import { FORM } from '../arbitraries/request.js';

function cli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readFile: (p) => (Object.hasOwn(files, p) ? (files[p] as string) : null),
    today: () => '2027-03-01',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the CLI (the one shell; this is its pure part)', () => {
  it('builds a username by 5.4.3, skipping the taken ones of --ocupados', () => {
    expect(cli(['usuario', 'María Soledad Ramírez Trejo']).out).toBe(
      'SOLEDADRT\tsoledadrt@seseqro.gob.mx\tcommon-first-name (5.4.3)',
    );
    const r = cli(['usuario', 'María', 'Soledad', 'Ramírez', 'Trejo', '--ocupados', 'u.txt'], {
      'u.txt': 'soledadrt\n\n',
    });
    expect(r.out).toMatch(/^SRAMIREZT\t/);
    expect(r.code).toBe(0);
  });

  it('explains a refused name in Spanish, or English with --en, and exits 1 (F01)', () => {
    const es = cli(['usuario', 'Ma. Soledad Ramírez Trejo']);
    expect(es.code).toBe(1);
    expect(es.err).toContain('abreviatura');
    expect(cli(['usuario', 'Ma. Soledad Ramírez Trejo', '--en']).err).toContain('abbreviation');
    const json = JSON.parse(cli(['usuario', 'Perla', '--json']).out);
    expect(json.violations[0].code).toBe('MISSING_SURNAME');
  });

  it('checks conformance with 5.4.3 (5.4.6)', () => {
    expect(cli(['conformidad', 'perlahl', 'Perla Adriana Hernández Leal']).code).toBe(0);
    const bad = cli(['conformidad', 'PERLA', 'Perla Adriana Hernández Leal']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('PERLAHL');
  });

  it('computes the worked deadlines of SPEC §7 (4.22, 4.24, 4.19, 4.23)', () => {
    expect(cli(['plazos', 'baja', '2026-12-20']).out).toBe(
      'Activa hasta el 2027-01-04; se cancela el 2027-01-05 (4.22)',
    );
    expect(cli(['plazos', 'cancelacion', '2026-02-27']).out).toContain('2026-03-01');
    expect(cli(['plazos', 'inactividad', '2026-11-30', '2026-01-15', '--al', '2027-02-28']).out).toMatch(
      /^Inactiva; inactiva desde el 2027-02-28/,
    );
    expect(cli(['plazos', 'inactividad', 'nunca', '2026-11-30']).out).toMatch(/^Inactiva/);
    expect(cli(['plazos', 'aviso-jefe', '2026-12-01', '2026-12-15']).code).toBe(0);
    expect(cli(['plazos', 'aviso-jefe', '2026-12-01', '2026-12-16']).code).toBe(1);
    expect(cli(['plazos', 'baja', '2026-02-30']).code).toBe(2);
  });

  it('reviews a form F01 with the department counts (4.9, 4.13, 8.1-4)', () => {
    const ok = cli(['solicitud', 'f01.json'], { 'f01.json': JSON.stringify(FORM) });
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Usuario: PERLAHL');
    const full = cli(['solicitud', 'f01.json', '--asientos', '2'], { 'f01.json': JSON.stringify(FORM) });
    expect(full.code).toBe(1);
    expect(full.out).toContain('4.9');
  });

  it('runs the four-monthly review over a JSON file of snapshots (8.3-1…3)', () => {
    const account = openAccount({
      id: 'cta-1',
      username: 'PERLAHL',
      department: 'Compras',
      createdOn: '2026-01-15',
      lastAccessOn: '2026-11-30',
    })._unsafeUnwrap();
    const r = cli(['revision', 'c.json'], { 'c.json': JSON.stringify([{ account }]) });
    expect(r.code).toBe(0);
    expect(r.out).toContain('PERLAHL\tinactive\tOPEN_INACTIVITY_INQUIRY\t2027-03-01\t(4.19)');
  });

  it('draws either machine as Mermaid', () => {
    expect(cli(['diagrama', 'solicitud']).out).toMatch(/^stateDiagram-v2/);
    expect(cli(['diagrama', 'cuenta']).out).toContain('gracePeriod --> cancelled');
  });

  it('exits 2 with the usage on a wrong command, a missing file or bad JSON', () => {
    expect(cli([]).code).toBe(2);
    expect(cli(['nada']).code).toBe(2);
    expect(cli(['revision', 'missing.json']).code).toBe(2);
    expect(cli(['revision', 'bad.json'], { 'bad.json': '{' }).code).toBe(2);
    expect(cli(['--ayuda']).code).toBe(0);
  });

  test.prop([fc.array(fc.string(), { maxLength: 6 })])('never throws on any arguments', (argv) => {
    expect([0, 1, 2]).toContain(cli(argv).code);
  });
});
