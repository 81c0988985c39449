import { describe, expect, it } from 'vitest';
import { commandOf, dispatch } from '../../src/cli/dispatch.js';
import { recordingIo as io } from './_session.js';

// The shell's dispatch with the command function it is handed: a command that throws, one
// not loaded, and the lazily loaded name. Written from the survivors of `MUTATE=cli npx
// stryker run` (docs/performance.md).

describe('dispatch', () => {
  it('names the command the shell loads, and nothing else', () => {
    expect(commandOf(['lote', 'p.csv'])).toBe('lote');
    expect(commandOf(['--version'])).toBeNull();
    expect(commandOf([])).toBeNull();
    expect(commandOf(['toString'])).toBeNull();
  });

  it('reports a command that throws by its first line, as a wrong input (exit 2)', () => {
    const t = io();
    const code = dispatch(['diagrama', 'cuenta'], t.io, () => {
      throw new Error('disco lleno\nstack');
    });
    expect(code).toBe(2);
    expect(t.err).toEqual(['seseq-correo diagrama: disco lleno', 'Vea: seseq-correo diagrama --ayuda']);
    const s = io();
    expect(
      dispatch(['diagrama', 'cuenta', '--json'], s.io, () => {
        throw 'sin mensaje';
      }),
    ).toBe(2);
    expect(JSON.parse(s.out[0] as string).error).toEqual({
      kind: 'file',
      message: 'sin mensaje',
      hint: 'Vea: seseq-correo diagrama --ayuda',
    });
  });

  it('says so when the shell did not load the command (exit 2)', () => {
    const t = io();
    expect(dispatch(['diagrama', 'cuenta', '--en'], t.io, null)).toBe(2);
    expect(t.err).toEqual([
      'seseq-correo diagrama: internal: command not loaded',
      'See: seseq-correo diagrama --help',
    ]);
  });

  it('gives 0.0.0 as the version when the shell gives none', () => {
    const t = io(null);
    expect(dispatch(['-v'], t.io, null)).toBe(0);
    expect(t.out).toEqual(['0.0.0']);
  });

  it('writes the text, then each violation and each row error, in the locale', () => {
    const t = io();
    const code = dispatch(['diagrama', 'cuenta', '--en'], t.io, () => ({
      code: 1,
      text: 'done',
      violations: [{ code: 'MISSING_SURNAME', clause: '5.4.3' }],
      rows: [{ line: 3, message: 'bad row' }],
    }));
    expect(code).toBe(1);
    expect(t.out).toEqual(['done']);
    expect(t.err).toHaveLength(2);
    expect(t.err[0]).toMatch(/^✗ .*surname/i);
    expect(t.err[1]).toBe('line 3: bad row');
  });

  it('gives row errors in the JSON document only when there are some', () => {
    const t = io();
    dispatch(['diagrama', 'cuenta', '--json'], t.io, () => ({ code: 0, result: 1, rows: [] }));
    expect(JSON.parse(t.out[0] as string)).toEqual({ ok: true, exitCode: 0, command: 'diagrama', result: 1 });
  });
});
