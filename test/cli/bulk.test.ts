import { describe, expect, it } from 'vitest';
import { cli } from './_session.js';

const DATA = 'examples/data';

const json = (argv: string[], files: Record<string, string> = {}) => {
  const r = cli([argv[0]!, '--json', ...argv.slice(1)], files);
  return { code: r.code, doc: JSON.parse(r.out), err: r.err };
};

describe('lote: usernames for a spreadsheet of people (5.4.3)', () => {
  it('answers each row with its username, rule and clause, unique within the batch and against --ocupados (5.4.3, 4.19)', () => {
    const people =
      'Nombre completo,Departamento\nPerla Adriana Hernández Leal,Informática\nPerla Andrea Hernández Lara,Compras\n';
    const r = cli(['lote', 'p.csv', '--formato', 'tabla'], { 'p.csv': people });
    expect(r.out.split('\n')).toEqual([
      '2\tPERLAHL\tperlahl@seseqro.gob.mx\tprimary (5.4.3)',
      '3\tPHERNANDEZL\tphernandezl@seseqro.gob.mx\tcollision (5.4.3)',
    ]);
    expect(r.code).toBe(0);
    const taken = cli(['lote', 'p.csv', '--ocupados', 'o.txt', '--formato', 'tabla'], {
      'p.csv': people,
      'o.txt': 'perlahl@seseqro.gob.mx; "PHERNANDEZL"\n',
    });
    expect(taken.out).toContain('2\tPERLAHL2');
  });

  it('reads Excel in Mexico (BOM, ;, CRLF) and writes the same way, the violation in Spanish (F01)', () => {
    const r = cli(['lote', `${DATA}/personas.csv`]);
    expect(
      r.out.startsWith(
        '\uFEFFNombre completo;Departamento;Puesto;usuario;correo;regla;cláusula;revisar;error\r\n',
      ),
    ).toBe(true);
    expect(r.out).toContain(
      'María Soledad Ramírez Trejo;Compras;Analista;SOLEDADRT;soledadrt@seseqro.gob.mx;common-first-name;5.4.3;;',
    );
    expect(r.out).toContain('abreviatura');
    expect(r.err).toContain('línea 10: 2 celdas donde el encabezado tiene 3');
    expect(r.err).toContain('línea 8: El nombre contiene una abreviatura');
    expect(r.code).toBe(1);
  });

  it('takes the name in parts too, and says which column is missing (exit 2)', () => {
    const parts = 'Nombres,Apellido paterno,Apellido materno\nJuana Inés,Pérez,\n';
    expect(cli(['lote', 'p.csv', '--formato', 'tabla'], { 'p.csv': parts }).out).toBe(
      '2\tJUANAIP\tjuanaip@seseqro.gob.mx\ttwo-given-one-surname (5.4.3)',
    );
    const none = cli(['lote', 'p.csv'], { 'p.csv': 'Puesto\nAnalista\n' });
    expect(none.code).toBe(2);
    expect(none.err).toContain('no hay columna con el nombre');
  });

  it('reports progress only for large inputs and only when asked by a terminal', () => {
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `Persona ${String.fromCharCode(65 + (i % 26))}${'a'.repeat(1 + (i % 7))} Pérez López`,
    );
    const file = { 'p.csv': `nombre\n${rows.join('\n')}\n` };
    const ticks: string[] = [];
    cli(['lote', 'p.csv', '--formato', 'json'], file, ticks);
    expect(ticks.at(-1)).toBe('lote: 6000/6000');
    const few: string[] = [];
    cli(['lote', `${DATA}/personas.csv`], {}, few);
    expect(few).toEqual([]);
  });
});

describe('conciliar: accounts against the payroll roster (5.4.10, 5.4.14, 4.20)', () => {
  it('lists each finding with its line, clause and step', () => {
    const r = cli(['conciliar', `${DATA}/cuentas.csv`, `${DATA}/plantilla.csv`, '--al', '2027-03-01']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'Conciliación al 2027-03-01 (5.4.10): 8 cuentas, 7 trabajadores, 6 identificadas, 4 hallazgos',
    );
    expect(lines.slice(1).map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual([
      'línea 3 SOLEDADRT',
      'línea 4 CARLOSPJ',
      'línea 6 JGARCIA',
      'línea 8 ROSAMT',
    ]);
    expect(r.out).toContain('OFFBOARD con baja el 2027-01-31');
    const { doc } = json(['conciliar', `${DATA}/cuentas.csv`, `${DATA}/plantilla.csv`, '--al', '2027-03-01']);
    expect(doc.result.findings.map((f: { kind: string; clause: string }) => `${f.kind} ${f.clause}`)).toEqual(
      ['departmentMismatch 4.20', 'contractEnded 5.4.14', 'notActiveWorker 5.4.10', 'probableMatch 5.4.10'],
    );
  });

  it('reports a roster row without id and name by its line, and goes on (exit 1)', () => {
    const r = cli(['conciliar', 'a.csv', 'r.csv'], {
      'a.csv': 'usuario,departamento,empleado\nPERLAHL,Informática,1\n',
      'r.csv': 'empleado;nombre;departamento\n;;Informática\n1;;Informática\n',
    });
    expect(r.err).toBe('línea 2: r.csv: sin número de empleado ni nombre');
    expect(r.out).toMatch(/1 identificadas, 0 hallazgos$/);
    expect(r.code).toBe(1);
  });
});

describe('revision and anomalias on files (8.3-1, 5.4.13)', () => {
  it('reviews the server export CSV, a bad date reported by its line (8.3-1)', () => {
    const r = cli(['revision', `${DATA}/cuentas.csv`, '--al', '2027-03-01', '--formato', 'csv']);
    expect(r.out.split('\n')[0]).toBe('usuario,departamento,hallazgo,acción,fecha,cláusula');
    expect(r.out).toContain('SOLEDADRT,Compras,inactive,OPEN_INACTIVITY_INQUIRY,2027-03-01,4.19');
    expect(r.err).toBe("línea 9: '32/13/2026' no es una fecha");
    expect(r.code).toBe(1);
  });

  it('finds the anomalies of a JSON-lines log, citing its lines (5.4.13)', () => {
    const { doc, code } = json(['anomalias', `${DATA}/bitacora.jsonl`, '--al', '2027-03-01']);
    expect(code).toBe(1);
    expect(doc.rowErrors).toEqual([{ line: 22, message: 'no es una entrada de bitácora (at)' }]);
    expect(
      doc.result.anomalies.map((a: { kind: string; lines: number[] }) => `${a.kind} ${a.lines.join(',')}`),
    ).toEqual([
      'segregationOfDuties 6,7',
      'usernameNotConforming 6,8',
      'stalled 8',
      'stalled 9',
      'burst 10,12,14,16,18,20',
    ]);
    expect(
      cli(['anomalias', `${DATA}/bitacora.jsonl`, '--dias-detenida', '60', '--formato', 'csv']).out,
    ).not.toContain('stalled');
  });
});

describe('usage errors, help and --json (exit 2, one document)', () => {
  it('says in one line what is wrong, then a hint, and exits 2', () => {
    for (const [argv, line] of [
      [['lote', 'p.csv', '--nada'], 'seseq-correo lote: opción desconocida --nada'],
      [['revision', 'c.json', '--al'], 'seseq-correo revision: --al necesita un valor'],
      [
        ['revision', 'c.json', '--al', '2027-02-30'],
        "seseq-correo revision: --al: '2027-02-30' no es una fecha AAAA-MM-DD",
      ],
      [['solicitud', 'f.json', '--asientos'], 'seseq-correo solicitud: --asientos necesita un valor'],
      [
        ['solicitud', 'f.json', '--asientos', 'dos'],
        "seseq-correo solicitud: --asientos: 'dos' no es un número entero",
      ],
      [
        ['solicitud', 'f.json', '--asientos', '-1'],
        "seseq-correo solicitud: --asientos necesita un valor (uno que empieza con '-' va como --asientos=-…)",
      ],
      [['plazos', 'baja', '2026-02-30'], "seseq-correo plazos: '2026-02-30' no es una fecha AAAA-MM-DD"],
      [['nada'], "seseq-correo: orden desconocida 'nada'"],
      [['conciliar', 'a.csv'], 'seseq-correo conciliar: faltan argumentos'],
    ] as const) {
      const r = cli([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.split('\n')[0]).toBe(line);
      expect(r.err.split('\n')[1]).toMatch(/^Vea: seseq-correo/);
    }
  });

  it('gives every outcome as one JSON document of one shape with --json', () => {
    const usage = json(['solicitud', 'f.json', '--asientos']);
    expect(usage.code).toBe(2);
    expect(usage.doc).toEqual({
      ok: false,
      exitCode: 2,
      command: 'solicitud',
      error: {
        kind: 'usage',
        message: '--asientos necesita un valor',
        hint: 'Vea: seseq-correo solicitud --ayuda',
      },
    });
    expect(usage.err).toBe('');
    expect(json(['revision', 'missing.json']).doc.error.kind).toBe('file');
    const refused = json(['usuario', 'Ma. Soledad Ramírez Trejo']).doc;
    expect(refused).toMatchObject({
      ok: false,
      exitCode: 1,
      command: 'usuario',
      violations: [{ code: 'ABBREVIATED_NAME', clause: 'F01' }],
    });
    expect(refused.violations[0].message).toContain('abreviatura');
    expect(json(['usuario', 'Perla Adriana Hernández Leal']).doc).toMatchObject({
      ok: true,
      exitCode: 0,
      result: { username: 'PERLAHL' },
    });
    expect(json(['nada']).doc).toMatchObject({
      ok: false,
      exitCode: 2,
      command: null,
      error: { kind: 'usage' },
    });
  });

  it('has help per command in Spanish and English, and --version', () => {
    for (const c of [
      'usuario',
      'conformidad',
      'plazos',
      'solicitud',
      'lote',
      'revision',
      'conciliar',
      'anomalias',
      'diagrama',
    ]) {
      const es = cli([c, '--ayuda']);
      const en = cli([c, '--help', '--en']);
      expect(es.code).toBe(0);
      expect(es.out).toContain(`seseq-correo ${c}`);
      expect(en.out).toContain(`seseq-correo ${c}`);
      expect(es.out).not.toBe(en.out);
      expect(Math.abs(es.out.length - en.out.length) / en.out.length, c).toBeLessThan(0.25);
    }
    expect(cli(['--version'])).toMatchObject({ code: 0, out: '9.9.9' });
    expect(cli(['--help']).out).toContain('Uso:');
  });
});
