import { describe, expect, it } from 'vitest';
import { cliOffline as cli } from './_session.js';

describe('lote: the columns of the name (5.4.3)', () => {
  it('reads the name in parts when the paternal surname is the first column (5.4.3)', () => {
    const r = cli(['lote', 'p.csv', '--formato', 'tabla'], {
      'p.csv': 'Apellido paterno,Nombre,Apellido materno\nPérez,Juana Inés,López\n',
    });
    expect(r.out).toBe('2\tJUANAPL\tjuanapl@seseqro.gob.mx\tprimary (5.4.3)');
    expect(r.code).toBe(0);
  });

  it('takes "Nombre" as the given names, not as the full name, when there is a paternal surname (5.4.3)', () => {
    const r = cli(['lote', 'p.csv', '--formato', 'tabla'], {
      'p.csv': 'Nombre,Apellido paterno\nJuana,Pérez\n',
    });
    expect(r.out).toBe('2\tJUANAPE\tjuanape@seseqro.gob.mx\tone-given-one-surname (5.4.3)');
    expect(r.code).toBe(0);
  });

  it('reads the maternal surname in the first column too (5.4.3)', () => {
    const r = cli(['lote', 'p.csv', '--formato', 'tabla'], {
      'p.csv': 'Apellido materno,Nombres,Apellido paterno\nLeal,Perla Adriana,Hernández\n',
    });
    expect(r.out).toBe('2\tPERLAHL\tperlahl@seseqro.gob.mx\tprimary (5.4.3)');
  });
});

describe('lote: the answer of each row (5.4.3)', () => {
  const people = 'nombre\nJuan Pérez de Soto Ruiz\nPerla Adriana Hernández Leal\n';
  const taken = { 'o.txt': 'PERLAHL PHERNANDEZL\n' };

  it('marks a username to review: "sí" / "yes" in CSV, "requiere revisión" / "needs review" in the table, counted in --json (5.4.3)', () => {
    const files = { 'p.csv': people, ...taken };
    const es = cli(['lote', 'p.csv', '--ocupados', 'o.txt'], files);
    expect(es.out.split('\n')).toEqual([
      'nombre,usuario,correo,regla,cláusula,revisar,error',
      'Juan Pérez de Soto Ruiz,JUANSR,juansr@seseqro.gob.mx,primary,5.4.3,sí,',
      'Perla Adriana Hernández Leal,PERLAHL2,perlahl2@seseqro.gob.mx,numbered,,sí,',
    ]);
    expect(es.code).toBe(0);
    const en = cli(['lote', 'p.csv', '--ocupados', 'o.txt', '--en'], files);
    expect(en.out.split('\n')).toEqual([
      'nombre,username,email,rule,clause,review,error',
      'Juan Pérez de Soto Ruiz,JUANSR,juansr@seseqro.gob.mx,primary,5.4.3,yes,',
      'Perla Adriana Hernández Leal,PERLAHL2,perlahl2@seseqro.gob.mx,numbered,,yes,',
    ]);
    expect(
      cli(['lote', 'p.csv', '--ocupados', 'o.txt', '--formato', 'tabla'], files).out.split('\n'),
    ).toEqual([
      '2\tJUANSR\tjuansr@seseqro.gob.mx\tprimary (5.4.3)\trequiere revisión',
      '3\tPERLAHL2\tperlahl2@seseqro.gob.mx\tnumbered\trequiere revisión',
    ]);
    expect(
      cli(['lote', 'p.csv', '--ocupados', 'o.txt', '--formato', 'tabla', '--en'], files).out.split('\n'),
    ).toEqual([
      '2\tJUANSR\tjuansr@seseqro.gob.mx\tprimary (5.4.3)\tneeds review',
      '3\tPERLAHL2\tperlahl2@seseqro.gob.mx\tnumbered\tneeds review',
    ]);
    const doc = JSON.parse(cli(['lote', 'p.csv', '--ocupados', 'o.txt', '--json'], files).out);
    expect(doc.result.summary).toEqual({ rows: 2, assigned: 2, needsReview: 2, refused: 0, malformed: 0 });
  });

  it('leaves the clause empty for a refusal without one, and gives the clause of one that has it (5.4.3)', () => {
    const r = cli(['lote', 'p.csv'], { 'p.csv': `nombre\n${'Juan '.repeat(30)}Pérez\n\u0001\n` });
    const lines = r.out.split('\n');
    expect(lines[1]).toBe(
      `${'Juan '.repeat(30)}Pérez,,,,,,El nombre es demasiado largo (givenNames); cada parte admite como máximo 100 caracteres.`,
    );
    expect(lines[2]).toBe(
      '\u0001,,,,5.4.3,,El nombre contiene caracteres no admitidos («U+0001»); solo se admiten letras del alfabeto latino. [5.4.3]',
    );
    expect(r.code).toBe(1);
  });

  it('lists the failed rows on standard error in the order of their lines, malformed and refused together (F01)', () => {
    const r = cli(['lote', 'p.csv'], {
      'p.csv': 'nombre,puesto\n\u0001,A\nPerla Adriana Hernández Leal\nMa. Guadalupe López Ríos,B\n',
    });
    expect(r.err.split('\n').map((l) => l.split(':')[0])).toEqual(['línea 2', 'línea 3', 'línea 4']);
    expect(r.err).toContain('línea 3: 1 celdas donde el encabezado tiene 2');
    expect(r.code).toBe(1);
  });
});

describe('lote: large spreadsheets, in chunks of 1000 (5.4.3)', () => {
  const person = (i: number) =>
    `Persona ${String.fromCharCode(65 + (i % 26))}${'a'.repeat(1 + (i % 7))} Pérez López`;

  it('keeps usernames unique across chunks and reports progress up to the last row (5.4.3)', () => {
    const names = Array.from({ length: 5000 }, (_, i) => person(i));
    names[0] = 'Perla Adriana Hernández Leal';
    names.push(names[0]);
    const ticks: string[] = [];
    const r = cli(
      ['lote', 'p.csv', '--formato', 'json'],
      { 'p.csv': `nombre\n${names.join('\n')}\n` },
      ticks,
    );
    expect(ticks).toEqual([
      'lote: 1000/5001',
      'lote: 2000/5001',
      'lote: 3000/5001',
      'lote: 4000/5001',
      'lote: 5000/5001',
      'lote: 5001/5001',
    ]);
    const rows: { username: string | null }[] = JSON.parse(r.out).result.rows;
    const users = rows.flatMap((x) => (x.username === null ? [] : [x.username]));
    expect(new Set(users).size).toBe(users.length);
    expect(rows[0]!.username).toBe('PERLAHL');
    expect(rows[5000]!.username).toBe('PHERNANDEZL');
  });

  it('reports each thousand once when the rows are a whole number of thousands', () => {
    const names = Array.from({ length: 5000 }, (_, i) => person(i));
    const ticks: string[] = [];
    cli(['lote', 'p.csv', '--formato', 'json'], { 'p.csv': `nombre\n${names.join('\n')}\n` }, ticks);
    expect(ticks).toEqual([
      'lote: 1000/5000',
      'lote: 2000/5000',
      'lote: 3000/5000',
      'lote: 4000/5000',
      'lote: 5000/5000',
    ]);
  });
});
