import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../repo/sources.js';

// The built CLI (dist/cli/, after `npm run build`) as the IT staff run it: the shell's own
// parts (file decoding, exit code, the command loaded lazily) that runCli's tests cannot reach.
const BIN = join(ROOT, 'dist', 'cli', 'index.js');
const dir = mkdtempSync(join(tmpdir(), 'seseq-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('the built command line (dist/cli)', () => {
  it('answers usuario and exits 0, and prints the package version', () => {
    const r = cli('usuario', 'María Soledad Ramírez Trejo');
    expect(r.stdout).toBe('SOLEDADRT\tsoledadrt@seseqro.gob.mx\tcommon-first-name (5.4.3)\n');
    expect(r.status).toBe(0);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli('--version').stdout.trim()).toBe(version);
  });

  it('reads a Windows-1252 CSV, as plain "CSV" from Excel is saved in Mexico', () => {
    const file = join(dir, 'personas-1252.csv');
    writeFileSync(
      file,
      Buffer.from('nombre;departamento\r\nJos\xe9 Carlos P\xe9rez Ju\xe1rez;Inform\xe1tica\r\n', 'latin1'),
    );
    const r = cli('lote', file, '--formato', 'tabla');
    expect(r.stdout).toBe('2\tCARLOSPJ\tcarlospj@seseqro.gob.mx\tcommon-first-name (5.4.3)\n');
    expect(r.status).toBe(0);
  });

  it('runs every bulk command on examples/data with the exit codes of the guide', () => {
    expect(
      cli('conciliar', 'examples/data/cuentas.csv', 'examples/data/plantilla.csv', '--al', '2027-03-01')
        .status,
    ).toBe(0);
    expect(cli('revision', 'examples/data/cuentas.csv', '--al', '2027-03-01').status).toBe(1);
    expect(cli('anomalias', 'examples/data/bitacora.jsonl', '--al', '2027-03-01').status).toBe(1);
    const usage = cli('revision', 'examples/data/cuentas.csv', '--al', '2027-02-30', '--json');
    expect(usage.status).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ ok: false, exitCode: 2, error: { kind: 'usage' } });
    expect(usage.stderr).toBe('');
  });
});
