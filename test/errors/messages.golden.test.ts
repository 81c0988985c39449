import { readFileSync, writeFileSync } from 'node:fs';
import { expect, describe as group, it } from 'vitest';
import { VIOLATION_CODES, type ViolationCode } from '../../src/errors/codes.js';
import { describe, type Locale } from '../../src/errors/describe.js';
import { violation } from '../../src/errors/violation.js';

// The exact wording of every message, in both locales, with every detail a message can show
// and with none (SPEC §9: `describe` is what an officer reads). The expected texts live in
// messages.golden.json; after a deliberate change of wording, regenerate it with
// `UPDATE_GOLDEN=1 npx vitest run test/errors/messages.golden.test.ts` and review the diff.
// Written from the survivors of `MUTATE=errors npm run mutation` (docs/performance.md).

const GOLDEN = new URL('./messages.golden.json', import.meta.url);

// Every key a message reads, each with a value that names it.
const KEYS = [
  'allowed',
  'at',
  'authorizedOn',
  'cap',
  'capacityMb',
  'day',
  'days',
  'department',
  'due',
  'effect',
  'event',
  'expected',
  'expiresOn',
  'field',
  'fullName',
  'heldFor',
  'heldIn',
  'holder',
  'inUse',
  'inactiveFrom',
  'issues',
  'kind',
  'last',
  'max',
  'min',
  'missing',
  'name',
  'part',
  'parts',
  'reason',
  'reported',
  'requested',
  'requestedOn',
  'role',
  'signer',
  'sites',
  'status',
  'subject',
  'type',
  'username',
  'value',
  'word',
];
const ALL = Object.fromEntries(KEYS.map((k) => [k, `<${k}>`]));

// The details whose value chooses a wording (kept where they change a message's text).
const VARIANTS: [string, Record<string, unknown>][] = [
  ['signer director', { signer: 'director' }],
  ['signer requestingBoss', { signer: 'requestingBoss' }],
  ['signer user', { signer: 'user' }],
  ['holder contractor', { holder: 'contractor' }],
  ['kind exit', { kind: 'exit' }],
  ['missing givenNames', { missing: 'givenNames' }],
  ['reason out of range', { reason: 'out of range' }],
  ['reason before creation', { reason: 'before creation 2025-03-01' }],
  ['reason after the event', { reason: "after the event's day 2025-03-01" }],
  ['reason before the event', { reason: "before the event's day 2025-03-01" }],
  ['reason not a whole order', { reason: 'before creation 2025-03-01 or so' }],
  ['reason not only an order', { reason: 'not before creation 2025-03-01' }],
];

const LOCALES: Locale[] = ['es-MX', 'en'];

function texts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const locale of LOCALES) {
    for (const code of VIOLATION_CODES as readonly ViolationCode[]) {
      out[`${locale} ${code} none`] = describe(violation(code, null, {}), locale);
      const all = describe(violation(code, null, ALL), locale);
      out[`${locale} ${code} all`] = all;
      for (const [name, details] of VARIANTS) {
        const text = describe(violation(code, null, { ...ALL, ...details }), locale);
        if (text !== all) out[`${locale} ${code} ${name}`] = text;
      }
    }
  }
  return out;
}

group('the wording of every message (SPEC §9)', () => {
  it('is the reviewed text, in es-MX and en, with every detail and with none', () => {
    const actual = texts();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(expected)) expect(actual[key], key).toBe(text);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });
});
