import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { openAccount } from '../../src/lifecycle/index.js';
import { FORM, form } from '../arbitraries/request.js';
import { ROOT } from '../repo/sources.js';

// The exact answer of the CLI (exit code, standard output, standard error) to a table of
// sessions: every command in Spanish and English, each refusal and usage error, and the
// `--json` document. What an officer reads is the CLI's behaviour: a changed word is a changed
// answer. The expected answers live in outputs.golden.json; after a deliberate change, run
// `UPDATE_GOLDEN=1 npx vitest run test/cli/outputs.golden.test.ts`, then
// `npx biome format --write test/cli/outputs.golden.json`, and review the diff.
// Written from the survivors of `MUTATE=cli npx stryker run` (docs/performance.md).

const GOLDEN = new URL('./outputs.golden.json', import.meta.url);
const DATA = 'examples/data';

const disk = (p: string): string | null => {
  try {
    return readFileSync(join(ROOT, p), 'utf8');
  } catch {
    return null;
  }
};

type Session = { readonly argv: readonly string[]; readonly files?: Readonly<Record<string, string>> };
type Answer = { argv: readonly string[]; code: number; out: string; err: string };

function run({ argv, files = {} }: Session): Answer {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readFile: (p) => (Object.hasOwn(files, p) ? (files[p] as string) : disk(p)),
    today: () => '2027-03-01',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    version: '9.9.9',
  });
  return { argv, code, out: out.join('\n'), err: err.join('\n') };
}

/** Each session in Spanish and in English. */
const both = (s: Session): Session[] => [s, { ...s, argv: [...s.argv, '--en'] }];

const account = (over: Record<string, unknown> = {}) =>
  openAccount({
    id: 'cta-1',
    username: 'PERLAHL',
    department: 'Compras',
    createdOn: '2026-01-15',
    lastAccessOn: '2026-11-30',
    ...over,
  })._unsafeUnwrap();

const F01 = { 'f.json': JSON.stringify(FORM) };
const PEOPLE = {
  'p.csv':
    'Nombres,Apellido paterno,Apellido materno,Puesto\nJuana Inés,Pérez,,Analista\nMaría José,García,López,Jefa\nMa. Luisa,Díaz,Ruiz,Director\n',
};
const ACCOUNTS_CSV =
  'id,usuario,departamento,tipo,creada,ultimo acceso,vence,internet,usado mb,capacidad mb,nombre\n' +
  'c1,perlahl@seseqro.gob.mx,Compras,personal,2026-01-15,2027-02-20,,sí,900,1000,Perla Adriana Hernández Leal\n' +
  'c2,SOLEDADRT,Compras,externo,15/01/2026,nunca,31/12/2027,no,10,0,\n' +
  'c3,JUANP,Compras,marciano,2026-01-15,,,,,,\n' +
  'c4,LUISD,Compras,,2026-01-15,2026-13-01,,,,,\n' +
  'c5,,Compras,,2026-01-15,,,,,,\n';

const SESSIONS: readonly Session[] = [
  // dispatch: version, help, no command, unknown command or option
  { argv: ['--version'] },
  { argv: ['-v', '--json'] },
  { argv: [] },
  { argv: ['--en'] },
  { argv: ['--json'] },
  { argv: ['nada'] },
  { argv: ['nada', '--en', '--json'] },
  { argv: ['--nada'] },
  { argv: ['--nada', '--en'] },
  { argv: ['--nada', '--ayuda'] },
  { argv: ['--json', '-h'] },
  { argv: ['help', '--en'] },
  { argv: ['ayuda'] },
  { argv: ['plazos', '--help', '--json', '--en'] },
  { argv: ['diagrama', '-h'] },
  { argv: ['lote', '--ayuda'] },
  { argv: ['conciliar', '--help', '--en'] },
  // args: usage errors
  ...both({ argv: ['revision', 'c.json', '--nada'] }),
  ...both({ argv: ['revision', 'c.json', '--al'] }),
  ...both({ argv: ['revision', 'c.json', '--al='] }),
  ...both({ argv: ['revision', 'c.json', '--al', '2027-02-30'] }),
  ...both({ argv: ['revision', 'c.json', '--formato', 'xml'] }),
  ...both({ argv: ['revision', 'c.json', '--json=no'] }),
  ...both({ argv: ['solicitud', 'f.json', '--asientos', '1.5'] }),
  ...both({ argv: ['solicitud', 'f.json', '--asientos', '-1'] }),
  ...both({ argv: ['conciliar', 'a.csv'] }),
  ...both({ argv: ['diagrama', 'cuenta', 'solicitud'] }),
  { argv: ['revision', 'c.json', '--al', '2027-02-30', '--json'] },
  // usuario, conformidad
  ...both({ argv: ['usuario', 'María Soledad Ramírez Trejo'] }),
  ...both({
    argv: ['usuario', 'Perla Adriana Hernández Leal', '--ocupados', 'o.txt'],
    files: { 'o.txt': '\uFEFF"perlahl@seseqro.gob.mx";\n\n  , PHERNANDEZL' },
  }),
  ...both({ argv: ['usuario', 'José', 'Pérez'] }),
  ...both({ argv: ['usuario', 'Ma. Soledad Ramírez Trejo'] }),
  ...both({ argv: ['usuario', 'Perla', '--ocupados', 'nada.txt'] }),
  { argv: ['usuario', 'Perla Adriana Hernández Leal', '--json'] },
  ...both({ argv: ['conformidad', 'perlahl', 'Perla Adriana Hernández Leal'] }),
  ...both({ argv: ['conformidad', 'PERLA', 'Perla Adriana Hernández Leal'] }),
  ...both({ argv: ['conformidad', 'PERLA', 'Ma. Perla Hernández'] }),
  // plazos
  ...both({ argv: ['plazos', 'baja', '2026-12-20'] }),
  ...both({ argv: ['plazos', 'cancelacion', '2026-02-27'] }),
  ...both({ argv: ['plazos', 'inactividad', '2026-11-30', '2026-01-15', '--al', '2027-02-28'] }),
  ...both({ argv: ['plazos', 'inactividad', '2027-02-01', '2026-01-15'] }),
  ...both({ argv: ['plazos', 'inactividad', 'nunca', '2026-11-30'] }),
  { argv: ['plazos', 'inactividad', 'never', '2026-11-30'] },
  { argv: ['plazos', 'inactividad', '2026-11-30', 'nunca'] },
  { argv: ['plazos', 'baja', 'nunca'] },
  ...both({ argv: ['plazos', 'inactividad', '2026-11-30', '2027-01-15', '--al', '2027-01-01'] }),
  ...both({ argv: ['plazos', 'aviso-jefe', '2026-12-01', '2026-12-15'] }),
  ...both({ argv: ['plazos', 'aviso-jefe', '2026-12-01', '2026-12-16'] }),
  ...both({ argv: ['plazos', 'aviso-jefe', '2026-12-16', '2026-12-01'] }),
  ...both({ argv: ['plazos', 'vacaciones', '2026-12-01'] }),
  ...both({ argv: ['plazos', 'baja', '2026-12-01', '2026-12-02'] }),
  ...both({ argv: ['plazos', 'aviso-jefe', '2026-12-01'] }),
  ...both({ argv: ['plazos', 'baja', '2026-02-30'] }),
  { argv: ['plazos', 'aviso-jefe', '2026-12-01', 'mañana'] },
  { argv: ['plazos', 'baja', '9999-12-31'] },
  { argv: ['plazos', 'cancelacion', '9999-12-31'] },
  // solicitud
  ...both({ argv: ['solicitud', 'f.json'], files: F01 }),
  ...both({ argv: ['solicitud', 'f.json', '--asientos', '2', '--salidas', '2'], files: F01 }),
  {
    argv: ['solicitud', 'f.json', '--ocupados', 'o.txt'],
    files: { ...F01, 'o.txt': 'PERLAHL' },
  },
  { argv: ['solicitud', 'f.json', '--ocupados', 'o.txt'], files: F01 },
  ...both({ argv: ['solicitud', 'f.json'], files: { 'f.json': '\uFEFF{' } }),
  ...both({ argv: ['solicitud', 'f.json'] }),
  ...both({
    argv: ['solicitud', 'f.json'],
    files: { 'f.json': JSON.stringify(form({ folio: '' })) },
  }),
  { argv: ['solicitud', 'f.json', '--json'], files: { 'f.json': `\uFEFF${JSON.stringify(FORM)}` } },
  // lote
  ...both({ argv: ['lote', 'p.csv'], files: PEOPLE }),
  ...both({ argv: ['lote', 'p.csv', '--formato', 'tabla'], files: PEOPLE }),
  { argv: ['lote', 'p.csv', '--formato', 'json'], files: PEOPLE },
  {
    argv: ['lote', 'p.csv', '--formato', 'tabla'],
    files: {
      'p.csv':
        'nombre;departamento\r\nJosé Pérez;Compras\r\n"Perla Adriana Hernández Leal";"Compras"\r\n;\r\n',
    },
  },
  {
    argv: ['lote', 'p.csv', '--formato', 'tabla', '--ocupados', 'o.txt'],
    files: { 'p.csv': 'nombre\nJosé Pérez\nJosé Pérez\n', 'o.txt': 'JOSEP' },
  },
  { argv: ['lote', 'p.csv'], files: { 'p.csv': 'nombre\tpuesto\nJosé Pérez\tAnalista\nAna\n' } },
  ...both({ argv: ['lote', 'p.csv'], files: { 'p.csv': 'Puesto\nAnalista\n' } }),
  { argv: ['lote', 'p.csv'], files: { 'p.csv': 'nombres,puesto\nJosé,Analista\n' } },
  { argv: ['lote', 'p.csv'], files: { 'p.csv': 'nombre,puesto\n"José Pérez,Analista\n' } },
  ...both({ argv: ['lote', 'nada.csv'] }),
  { argv: ['lote', 'p.csv', '--ocupados', 'nada.txt'], files: PEOPLE },
  // revision
  ...both({ argv: ['revision', 'c.json'], files: { 'c.json': JSON.stringify([{ account: account() }]) } }),
  ...both({
    argv: ['revision', 'c.json', '--al', '2027-03-01', '--formato', 'csv'],
    files: {
      'c.json': JSON.stringify([
        { account: account() },
        { account: account({ id: 'cta-2', username: 'SOLEDADRT', lastAccessOn: '2027-02-28' }) },
      ]),
    },
  }),
  ...both({ argv: ['revision', 'c.json'], files: { 'c.json': '{"account":1}' } }),
  ...both({ argv: ['revision', 'c.json'], files: { 'c.json': '[' } }),
  ...both({
    argv: ['revision', 'c.json'],
    files: { 'c.json': JSON.stringify([{ account: account() }, { account: 7 }]) },
  }),
  ...both({
    argv: ['revision', 'c.txt'],
    files: { 'c.txt': ` [{"account": ${JSON.stringify(account())}}, {"account": 7}]` },
  }),
  { argv: ['revision', 'c.JSON'], files: { 'c.JSON': '\uFEFF{}' } },
  {
    argv: ['revision', 'c.json'],
    files: { 'c.json': JSON.stringify([{ account: account() }, { account: account() }]) },
  },
  ...both({ argv: ['revision', 'c.csv', '--al', '2027-03-01'], files: { 'c.csv': ACCOUNTS_CSV } }),
  { argv: ['revision', 'c.csv', '--al', '2027-03-01', '--json'], files: { 'c.csv': ACCOUNTS_CSV } },
  ...both({ argv: ['revision', 'c.csv'], files: { 'c.csv': 'usuario,creada\nPERLAHL,2026-01-15\n' } }),
  { argv: ['revision', 'c.csv'], files: { 'c.csv': 'usuario,departamento\nPERLAHL,Compras\n' } },
  { argv: ['revision', 'c.csv'], files: { 'c.csv': 'departamento,creada\nCompras,2026-01-15\n' } },
  { argv: ['revision', `${DATA}/cuentas.csv`, '--al', '2027-03-01'] },
  // conciliar
  ...both({ argv: ['conciliar', `${DATA}/cuentas.csv`, `${DATA}/plantilla.csv`, '--al', '2027-03-01'] }),
  ...both({ argv: ['conciliar', `${DATA}/cuentas.csv`, `${DATA}/plantilla.csv`, '--formato', 'csv'] }),
  {
    argv: ['conciliar', `${DATA}/cuentas.csv`, `${DATA}/plantilla.csv`, '--al', '2027-03-01', '--json'],
  },
  ...both({
    argv: ['conciliar', 'a.csv', 'r.csv'],
    files: {
      'a.csv':
        'usuario,departamento,estado,tipo,empleado,nombre\n' +
        'PERLAHL,Informática,activa,personal,1,Perla Adriana Hernández Leal\n' +
        ',Compras,,,,\n' +
        `${'X'.repeat(201)},Compras,,,,\n` +
        'JUANP,,,,,\n' +
        `JUANP,${'D'.repeat(201)},,,,\n` +
        'JUANP,Compras,dormida,,,\n' +
        'JUANP,Compras,,marciano,,\n' +
        'ANAL,Compras,Suspendida,externo,,\n' +
        'SINNADIE,Compras,,,,\n',
      'r.csv':
        'empleado,nombre,departamento,fin de contrato\n' +
        '1,Perla Adriana Hernández Leal,Informática,\n' +
        ',,Informática,\n' +
        '2,Ana López,,\n' +
        `3,Ana López,${'D'.repeat(201)},\n` +
        '4,Ana López,Compras,30/02/2027\n' +
        '5,Ana López,Compras,2027-01-31\n',
    },
  }),
  ...both({
    argv: ['conciliar', 'a.csv', 'r.csv'],
    files: { 'a.csv': 'cuenta\nPERLAHL\n', 'r.csv': 'empleado,departamento\n1,Compras\n' },
  }),
  ...both({
    argv: ['conciliar', 'a.csv', 'r.csv'],
    files: { 'a.csv': 'cuenta,area\nPERLAHL,Compras\n', 'r.csv': 'empleado\n1\n' },
  }),
  ...both({
    argv: ['conciliar', 'a.csv', 'r.csv'],
    files: { 'a.csv': 'cuenta,area\nPERLAHL,Compras\n', 'r.csv': 'puesto,departamento\nx,Compras\n' },
  }),
  {
    argv: ['conciliar', 'a.csv', 'r.csv'],
    files: {
      'a.csv': 'cuenta,area\nPERLAHL,Compras\n',
      'r.csv': 'nombre,departamento\nPerla Adriana Hernández Leal,Compras\n',
    },
  },
  {
    argv: ['conciliar', 'a.csv', 'r.csv'],
    files: { 'a.csv': 'cuenta,area\nPERLAHL,Compras\n', 'r.csv': 'empleado,departamento\n1,Compras\n' },
  },
  { argv: ['conciliar', 'nada.csv', 'r.csv'] },
  { argv: ['conciliar', `${DATA}/cuentas.csv`, 'nada.csv'] },
  {
    argv: ['conciliar', 'a.csv', 'r.csv', '--al', '0999-01-01'],
    files: { 'a.csv': 'cuenta,area\nPERLAHL,Compras\n', 'r.csv': 'empleado,departamento\n1,Compras\n' },
  },
  // anomalias
  ...both({ argv: ['anomalias', `${DATA}/bitacora.jsonl`, '--al', '2027-03-01'] }),
  ...both({ argv: ['anomalias', `${DATA}/bitacora.jsonl`, '--formato', 'csv', '--dias-detenida', '60'] }),
  { argv: ['anomalias', `${DATA}/bitacora.jsonl`, '--rafaga-dias', '30'] },
  { argv: ['anomalias', `${DATA}/bitacora.jsonl`, '--rafaga-umbral', '3'] },
  { argv: ['anomalias', `${DATA}/bitacora.jsonl`, '--rafaga-dias', '1', '--rafaga-umbral', '2'] },
  ...both({ argv: ['anomalias', 'b.jsonl'], files: { 'b.jsonl': '\uFEFF\n{\n[]\n{"at":1}\n\n' } }),
  { argv: ['anomalias', 'b.jsonl', '--json'], files: { 'b.jsonl': '7\n' } },
  { argv: ['anomalias', 'b.jsonl', '--rafaga-dias', '0'], files: { 'b.jsonl': '' } },
  { argv: ['anomalias', 'b.jsonl', '--al', '0999-01-01'], files: { 'b.jsonl': '' } },
  { argv: ['anomalias', 'nada.jsonl'] },
  // diagrama
  ...both({ argv: ['diagrama', 'maquina'] }),
];

describe('the CLI answers as the golden file says (outputs.golden.json)', () => {
  const update = process.env.UPDATE_GOLDEN === '1';
  const golden = update ? [] : (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Answer[]);
  const answers: Answer[] = [];
  afterAll(() => {
    if (update) writeFileSync(GOLDEN, `${JSON.stringify(answers, null, 2)}\n`);
  });

  it('has one golden answer per session', () => {
    if (!update) expect(golden.map((g) => g.argv)).toEqual(SESSIONS.map((s) => s.argv));
  });

  // The CLI runs inside each test (not while the file loads), so that each answer is a test's.
  it.each(SESSIONS.map((s, i) => [s.argv.join(' '), i] as const))('%s', (_, i) => {
    const answer = run(SESSIONS[i] as Session);
    answers[i] = answer;
    if (!update) expect(answer).toEqual(golden[i]);
  });
});
