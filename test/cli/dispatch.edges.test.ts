import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/cli/dispatch.js';
import { runCli } from '../../src/cli/run.js';
import { recordingIo as io } from './_session.js';

const cli = (argv: string[]) => {
  const t = io();
  const code = runCli(argv, t.io);
  return { code, out: t.out, err: t.err };
};

describe('dispatch: help asked after an option', () => {
  const es = cli(['--ayuda']);
  const en = cli(['--help', '--en']);

  it('shows the general help for --help, --ayuda or -h after another option (exit 0)', () => {
    expect(es.code).toBe(0);
    expect(String(es.out[0])).toMatch(/^seseq-correo: el procedimiento U430-DP-P09/);
    for (const argv of [
      ['--en', '--help'],
      ['--en', '-h'],
    ]) {
      const r = cli(argv);
      expect(r).toEqual({ code: 0, out: en.out, err: [] });
    }
    expect(cli(['--verbose', '--ayuda'])).toEqual({ code: 0, out: es.out, err: [] });
    const j = cli(['--json', '--help']);
    expect(j.code).toBe(0);
    expect(JSON.parse(String(j.out[0]))).toEqual({
      ok: true,
      exitCode: 0,
      command: null,
      result: { help: es.out[0] },
    });
  });

  it('does not take --help after an unknown word as a request for help (exit 2)', () => {
    expect(cli(['foo', '--help'])).toEqual({
      code: 2,
      out: [],
      err: ["seseq-correo: orden desconocida 'foo'", 'Vea: seseq-correo --ayuda'],
    });
    expect(cli(['--verbose', 'x'])).toEqual({
      code: 2,
      out: [],
      err: ['seseq-correo: opción desconocida --verbose (la orden va primero)', 'Vea: seseq-correo --ayuda'],
    });
  });
});

describe('dispatch: what goes to standard output', () => {
  it('writes nothing to standard output for a usage error', () => {
    expect(cli(['lote'])).toEqual({
      code: 2,
      out: [],
      err: ['seseq-correo lote: faltan argumentos', 'Vea: seseq-correo lote --ayuda'],
    });
  });

  it('leaves out "result" of the --json document when the command computed none', () => {
    const r = cli(['lote', '--json']);
    expect(r.code).toBe(2);
    expect(Object.keys(JSON.parse(String(r.out[0])))).toEqual(['ok', 'exitCode', 'command', 'error']);
  });

  it('reports a command that throws something that is not an Error as a wrong input (exit 2)', () => {
    for (const [thrown, said] of [
      [null, 'null'],
      [undefined, 'undefined'],
      ['disco lleno\notra', 'disco lleno'],
    ] as const) {
      const t = io();
      const code = dispatch(['diagrama', 'cuenta'], t.io, () => {
        throw thrown;
      });
      expect(code).toBe(2);
      expect(t.out).toEqual([]);
      expect(t.err).toEqual([`seseq-correo diagrama: ${said}`, 'Vea: seseq-correo diagrama --ayuda']);
    }
  });
});
