import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { cliOffline as cli } from './_session.js';

const run = (a: string, r: string, ...flags: string[]) =>
  cli(['conciliar', 'a.csv', 'r.csv', '--al', '2027-03-01', ...flags], { 'a.csv': a, 'r.csv': r });
const title = (accounts: number, roster: number, matched: number, findings: number) =>
  `Conciliación al 2027-03-01 (5.4.10): ${accounts} cuentas, ${roster} trabajadores, ${matched} identificadas, ${findings} hallazgos`;

describe('conciliar: rows of the accounts and roster files (5.4.10)', () => {
  it('reports a malformed row of either file by its line and goes on (exit 1)', () => {
    const r = run(
      'usuario,departamento,empleado\nPERLAHL,Informática\nCARLOSPJ,Informática,1\n',
      'empleado,departamento\n1,Informática\n2\n',
    );
    expect(r.out).toBe(title(1, 1, 1, 0));
    expect(r.err.split('\n')).toEqual([
      'línea 2: a.csv: 2 celdas donde el encabezado tiene 3',
      'línea 3: r.csv: 1 celdas donde el encabezado tiene 2',
    ]);
    expect(r.code).toBe(1);
  });

  it('takes a quoted blank department as no department, in either file (4.20)', () => {
    const r = run(
      'usuario,departamento,empleado\nPERLAHL,"  ",1\nCARLOSPJ,Informática,2\n',
      'empleado,departamento\n1,"  "\n2,Informática\n',
    );
    expect(r.out).toBe(title(1, 1, 1, 0));
    expect(r.err.split('\n')).toEqual([
      'línea 2: a.csv: sin departamento',
      'línea 2: r.csv: sin departamento',
    ]);
    expect(r.code).toBe(1);
  });

  it('reads the status and the holder type in whatever column they are, even the first (5.4.10)', () => {
    const roster = 'empleado,departamento\n1,Informática\n';
    // A cancelled account and an external holder are not workers to look for on the roster.
    expect(run('estado,usuario,departamento,empleado\nbaja,PERLAHL,Informática,99\n', roster).out).toBe(
      title(1, 1, 0, 0),
    );
    expect(run('usuario,departamento,empleado,estado\nPERLAHL,Informática,99,baja\n', roster).out).toBe(
      title(1, 1, 0, 0),
    );
    expect(run('tipo,usuario,departamento,empleado\nexterno,PERLAHL,Informática,99\n', roster).out).toBe(
      title(1, 1, 0, 0),
    );
    // Without them, the same account is a staff holder not on the roster.
    const plain = run('usuario,departamento,empleado\nPERLAHL,Informática,99\n', roster);
    expect(plain.out.split('\n')).toEqual([
      title(1, 1, 0, 1),
      'línea 2\tPERLAHL\tInformática\tno está en la plantilla de trabajadores activos (5.4.10) → tramitar su baja (OFFBOARD)',
    ]);
  });

  it('reads the employee number and the name in the first column of the accounts file too (5.4.10)', () => {
    expect(
      run('empleado,usuario,departamento\n1,PERLAHL,Informática\n', 'empleado,departamento\n1,Informática\n')
        .out,
    ).toBe(title(1, 1, 1, 0));
    expect(
      run(
        'nombre,usuario,departamento\nPerla Hernández,PERLAHL,Informática\n',
        'nombre,departamento\nPERLA HERNANDEZ,Informática\n',
      ).out,
    ).toBe(title(1, 1, 1, 0));
  });

  it('reads the end of contract in the first column of the roster (5.4.14)', () => {
    const r = run(
      'usuario,departamento,empleado\nPERLAHL,Informática,1\n',
      'fin de contrato,empleado,departamento\n31/01/2027,1,Informática\n',
    );
    expect(r.out.split('\n')).toEqual([
      title(1, 1, 1, 1),
      'línea 2\tPERLAHL\tInformática\tsu contrato terminó el 2027-01-31 (5.4.14; plantilla línea 2) → OFFBOARD con baja el 2027-01-31, causa fin de contrato',
    ]);
    expect(r.code).toBe(0);
  });

  it('accepts a username and a department of 200 characters, not 201', () => {
    const u = 'A'.repeat(200);
    const d = 'D'.repeat(200);
    const r = run(
      `usuario,departamento,empleado\n${u},${d},1\n${u}B,${d},1\nCARLOSPJ,${d}E,1\n`,
      `empleado,departamento\n1,${d}\n2,${d}E\n`,
    );
    expect(r.out).toBe(title(1, 1, 1, 0));
    expect(r.err.split('\n')).toEqual([
      'línea 3: a.csv: sin usuario',
      'línea 4: a.csv: sin departamento',
      'línea 3: r.csv: sin departamento',
    ]);
    expect(r.code).toBe(1);
  });

  it('cuts an employee number to 100 characters and a name to 500 in both files, as the roster check takes them', () => {
    const id = '7'.repeat(150);
    const name = `Perla ${'Adriana '.repeat(80)}Leal`;
    const r = run(
      `usuario,departamento,empleado\nPERLAHL,Informática,${id}\n`,
      `empleado,departamento\n${id.slice(0, 100)}9,Informática\n`,
    );
    expect(r.out).toBe(title(1, 1, 1, 0));
    expect(r.code).toBe(0);
    // A name of 650 characters is kept to its first 500: no readable name, but no refusal of the file.
    const byName = run(
      `usuario,departamento,nombre\nPERLAHL,Informática,${name}\n`,
      `nombre,departamento\n${name},Informática\n`,
    );
    expect(byName.out.split('\n')).toEqual([
      title(1, 1, 0, 1),
      'línea 2\tPERLAHL\tInformática\tsin número de empleado ni nombre legible (5.4.10) → confirmar quién es el titular',
    ]);
    expect(byName.code).toBe(0);
  });

  it('refuses a roster row without employee number and name when the roster has only one of those columns (5.4.10)', () => {
    const accounts = 'usuario,departamento,empleado\nPERLAHL,Informática,1\n';
    const noId = run(accounts, 'nombre,departamento\n,Informática\nPERLA,Informática\n');
    expect(noId.err).toBe('línea 2: r.csv: sin número de empleado ni nombre');
    expect(noId.out.split('\n')[0]).toBe(title(1, 1, 0, 1));
    expect(noId.code).toBe(1);
    const noName = run(accounts, 'empleado,departamento\n,Informática\n1,Informática\n');
    expect(noName.err).toBe('línea 2: r.csv: sin número de empleado ni nombre');
    expect(noName.out).toBe(title(1, 1, 1, 0));
    expect(noName.code).toBe(1);
  });

  it('cites every roster line of a finding: "2, 3" in the table, "2 3" in CSV, in Spanish and English (4.20)', () => {
    const a = 'usuario,departamento,empleado\nPERLAHL,Informática,1\n';
    const r = 'empleado,departamento\n1,Compras\n1,Jurídico\n';
    expect(run(a, r).out.split('\n')[1]).toBe(
      'línea 2\tPERLAHL\tInformática\tla plantilla lo tiene en Compras (4.20; plantilla línea 2, 3) → avisar el cambio de adscripción (REPORT_TRANSFER)',
    );
    expect(run(a, r, '--en').out.split('\n')[1]).toBe(
      'line 2\tPERLAHL\tInformática\tthe roster has the holder in Compras (4.20; roster line 2, 3) → report the transfer (REPORT_TRANSFER)',
    );
    expect(run(a, r, '--formato', 'csv').out.split('\n')).toEqual([
      'línea,usuario,departamento,hallazgo,cláusula,paso,detalle,líneas_plantilla',
      '2,PERLAHL,Informática,departmentMismatch,4.20,REPORT_TRANSFER,"la plantilla lo tiene en Compras (4.20; plantilla línea 2, 3) → avisar el cambio de adscripción (REPORT_TRANSFER)",2 3',
    ]);
  });

  it('says which column is missing: the username (exit 2)', () => {
    const r = run('departamento\nInformática\n', 'empleado,departamento\n1,Informática\n');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toBe(
      'seseq-correo conciliar: a.csv: no hay columna de usuario; vea seseq-correo conciliar --ayuda',
    );
    const en = run('departamento\nInformática\n', 'empleado,departamento\n1,Informática\n', '--en');
    expect(en.code).toBe(2);
    expect(en.err.split('\n')[0]).toBe(
      'seseq-correo conciliar: a.csv: no column for the username; see seseq-correo conciliar --help',
    );
  });
});

describe('conciliar: a blank roster row, and a date it cannot read (5.4.10)', () => {
  it('reports a roster row whose only employee number is quoted blanks by its line, and goes on (exit 1)', () => {
    const r = run(
      'usuario,departamento,empleado\nPERLAHL,Informática,1\n',
      'empleado,departamento\n" ",Informática\n1,Informática\n',
    );
    expect(r.out).toBe(title(1, 1, 1, 0));
    expect(r.err).toBe('línea 2: r.csv: sin número de empleado ni nombre');
    expect(r.code).toBe(1);
    const byName = run(
      'usuario,departamento,nombre\nPERLAHL,Informática,Perla Hernández\n',
      'nombre,departamento\n"  ",Informática\nPERLA HERNANDEZ,Informática\n',
    );
    expect(byName.out).toBe(title(1, 1, 1, 0));
    expect(byName.err).toBe('línea 2: r.csv: sin número de empleado ni nombre');
  });

  it('refuses, exit 1, when the shell hands it a today() that is not a date and no --al is given', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(['conciliar', 'a.csv', 'r.csv', '--json'], {
      readFile: (p) =>
        ({
          'a.csv': 'usuario,departamento\nPERLAHL,Informática\n',
          'r.csv': 'empleado,departamento\n1,Informática\n',
        })[p] ?? null,
      today: () => 'ayer',
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    expect(code).toBe(1);
    const doc = JSON.parse(out.join('\n'));
    expect(doc.ok).toBe(false);
    expect(doc.result).toBeUndefined();
    expect(doc.violations.map((v: { code: string }) => v.code)).toEqual(['INVALID_DATE']);
  });
});
