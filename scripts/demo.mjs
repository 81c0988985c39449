// `npm run demo`: the usernames of 5.4.3 from the built package, explained in Spanish.
// The nine worked examples of the procedure, a collision, a numbered fallback and two names
// the procedure refuses, each with its rule, clause or reason. Run it after a build: it reads
// the package as a consumer would, from dist/.
import { spawnSync } from 'node:child_process';
import { assignUsernames, describe, generateUsername } from '../dist/index.js';

const RULES = {
  primary: 'primer nombre + iniciales de los apellidos',
  'common-first-name': 'segundo nombre, porque el primero es José o María',
  'two-given-one-surname': 'dos nombres y un solo apellido',
  'one-given-one-surname': 'un nombre y un solo apellido',
  collision: 'el nombre de usuario ya existía: inicial + apellido paterno completo',
  numbered: 'también existía: se numera y requiere revisión manual',
};

const line = (name, a) =>
  `  ${name.padEnd(30)} → ${a.username.padEnd(12)} ${a.email.padEnd(28)} ${RULES[a.rule]} (${a.clause ?? 'sin cláusula'})${a.needsReview ? ' [revisar]' : ''}`;

const show = (name, taken = new Set()) => {
  const r = generateUsername(name, taken);
  const label = typeof name === 'string' ? name : Object.values(name).join(' ');
  console.log(r.isOk() ? line(label, r.value) : `  ${label.padEnd(30)} ✗ ${describe(r.error)}`);
};

console.log('Nombres de usuario según U430-DP-P09, 5.4.3\n');
console.log('Los nueve ejemplos del procedimiento:');
const examples = [
  ['Alejandro Hernández Núñez'],
  ['Perla Adriana Hernández Leal'],
  [{ givenNames: 'Alejandro', paternalSurname: 'Hilario', maternalSurname: 'Nájera' }, ['ALEJANDROHN']],
  ['Ana María Juárez López', ['ANAJL']],
  ['María Soledad Ramírez Trejo'],
  ['José Carlos Pérez Juárez'],
  [{ givenNames: 'Juana Inés', paternalSurname: 'Pérez' }],
  [{ givenNames: 'José María', paternalSurname: 'López' }],
  ['Patricia Alvarado'],
];
for (const [name, taken = []] of examples) show(name, new Set(taken));

console.log('\nUna colisión (SOLEDADRT ya está ocupado):');
show('María Soledad Ramírez Trejo', new Set(['soledadrt']));

console.log('\nUn lote: cada asignación cuenta como ocupada para la siguiente:');
const people = [
  'Perla Adriana Hernández Leal',
  'Perla Alicia Hernández Lara',
  'Perla Beatriz Hernández Luna',
];
assignUsernames(people, new Set()).forEach((r, i) => {
  console.log(r.isOk() ? line(people[i], r.value) : `  ${people[i]} ✗ ${describe(r.error)}`);
});

console.log('\nNombres que el procedimiento no admite:');
show('Ma. Soledad Ramírez Trejo');
show('Juan Pérez López 3');
show({ givenNames: 'Perla' });

// The reference adapter (examples/portal): the sample F01 forms on a temporary PGlite database,
// driven to completion, the outbox worker against a fake mail server that fails at random, the
// scheduler to 2026-03-15 (the auditor's temporary account expires and is cancelled), and the
// library's promises checked at the end.
console.log('\nEl portal de ejemplo (examples/portal) sobre una base de datos temporal:');
const portal = spawnSync(process.execPath, ['--import', 'tsx', 'examples/portal/cli.ts', 'demo', '--brief'], {
  stdio: 'inherit',
});
if (portal.status !== 0) process.exitCode = 1;
