import { describe, expect, it } from 'vitest';
import { cli, disk } from './_session.js';

// Edge cases of the flags and of the small commands (diagrama, conformidad, solicitud).

describe('flags', () => {
  it('says a value flag at the end needs a value, in English too (exit 2)', () => {
    expect(cli(['revision', 'c.json', '--en', '--al'])).toEqual({
      code: 2,
      out: '',
      err: 'seseq-correo revision: --al needs a value\nSee: seseq-correo revision --help',
    });
  });

  it('names the long form of a flag with a short one that takes no value (exit 2)', () => {
    expect(cli(['diagrama', 'cuenta', '--help=si']).err).toBe(
      'seseq-correo diagrama: --help no lleva valor\nVea: seseq-correo diagrama --ayuda',
    );
    expect(cli(['diagrama', 'cuenta', '-x', '--en']).err).toBe(
      'seseq-correo diagrama: unknown option -x\nSee: seseq-correo diagrama --help',
    );
  });
});

describe('small commands', () => {
  it('diagrama --json gives the Mermaid text as result.mermaid (8.1)', () => {
    const text = cli(['diagrama', 'cuenta']).out;
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    const doc = JSON.parse(cli(['diagrama', 'cuenta', '--json']).out);
    expect(doc).toEqual({ ok: true, exitCode: 0, command: 'diagrama', result: { mermaid: text } });
  });

  it('conformidad takes the name in separate arguments, joined by spaces (5.4.6)', () => {
    expect(cli(['conformidad', 'perlahl', 'Perla', 'Adriana', 'Hernández', 'Leal'])).toEqual({
      code: 0,
      out: 'PERLAHL: cumple primary (5.4.3)',
      err: '',
    });
  });

  it('solicitud with a name it cannot use proposes no username and does not proceed (8.1-4, F01)', () => {
    const form = JSON.parse(disk('examples/data/f01.json') as string);
    form.user.fullName = 'Ma. Luisa Díaz Ruiz';
    const files = { 'f.json': JSON.stringify(form) };
    expect(cli(['solicitud', 'f.json'], files)).toEqual({
      code: 1,
      out: '✗ El nombre contiene una abreviatura («Ma.»); el formato F01 pide el nombre completo y sin abreviaturas. [F01]\nNo procede tal como está (8.1-4).',
      err: '',
    });
    expect(cli(['solicitud', 'f.json', '--en'], files).out).toBe(
      '✗ The name contains an abbreviation ("Ma."); form F01 asks for the full name without abbreviations. [F01]\nDoes not proceed as it stands (8.1-4).',
    );
  });
});
