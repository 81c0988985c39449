import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isPlainDate } from '../../src/_internal/plainDate.js';
import { isDay, isRequestState } from '../../src/request/_isRequestState.js';
import {
  type AccountRequestForm,
  createRequest,
  type RequestEvent,
  type RequestState,
  requestStateSchema,
  transitionRequest,
} from '../../src/request/index.js';
import { runs } from '../_runs.js';
import {
  at,
  BOSS,
  eventArb,
  FORM,
  FREE,
  HELPDESK,
  IT_HEAD,
  OFFICER,
  UNIT_IT,
  usernamesFor,
  validFormArb,
} from '../arbitraries/request.js';
import { expectAgreement } from './_agreement.js';

/** Every state a request goes through, from a valid form, as `transitionRequest` leaves it. */
function run(form: AccountRequestForm, events: readonly RequestEvent[]): RequestState[] {
  let state = createRequest(form, at(0), BOSS)._unsafeUnwrap().state;
  const states = [state];
  for (const e of events) {
    const r = transitionRequest(state, e);
    if (r.isOk()) {
      state = r.value.state;
      states.push(state);
    }
  }
  return states;
}

/** Any events, most of them refused: the states stay early. */
const wanderingArb = fc
  .tuple(validFormArb(), fc.array(eventArb(fc.integer({ min: 1, max: 500 }).map(at)), { maxLength: 10 }))
  .map(([form, events]) => run(form, events));

/** The whole 8.1 path with its choices: an exception at the seat cap, internet denied, any signer. */
const pathArb = fc
  .record({
    form: validFormArb(),
    seatsInUse: fc.nat({ max: 3 }),
    exception: fc.boolean(),
    deny: fc.boolean(),
    pick: fc.nat({ max: 9 }),
    capacityMb: fc.constantFrom(256, 2048, 10_240),
    signer: fc.constantFrom(HELPDESK, UNIT_IT, OFFICER),
  })
  .map(({ form, seatsInUse, exception, deny, pick, capacityMb, signer }) => {
    // Any username 5.4.3 can give the person (PROVISION refuses the others).
    const names = usernamesFor(form);
    const username = names[pick % names.length] as string;
    return run(form, [
      exception
        ? { type: 'APPROVE', seatsInUse, exception: { reason: 'operación' }, at: at(1), actor: IT_HEAD }
        : { type: 'APPROVE', seatsInUse, at: at(1), actor: IT_HEAD },
      deny
        ? { type: 'DENY_INTERNET', observation: 'no se justifica', at: at(2), actor: IT_HEAD }
        : { type: 'AUTHORIZE_INTERNET', exitsInUse: 0, at: at(2), actor: IT_HEAD },
      { type: 'PROVISION', username, capacityMb, ...FREE, at: at(3), actor: OFFICER },
      { type: 'RESGUARDO_SIGNED', at: at(4), actor: signer },
    ]);
  });

const statesArb: fc.Arbitrary<RequestState[]> = fc.oneof(wanderingArb, pathArb);

const long = (unit: string, n: number) => unit.repeat(n);
/** Values near every edge the schema has: lengths (in code points), dates, numbers, enums. */
const EDGES: readonly unknown[] = [
  '',
  ' ',
  '\u00a0\ufeff\n',
  'x',
  long('a', 200),
  long('a', 201),
  long('😀', 200),
  long('😀', 201),
  long('\ud800', 200),
  long('a', 254),
  long('a', 300),
  long('a', 301),
  long('a', 5000),
  long('a', 5001),
  long('😀', 5000),
  '2026-11-30',
  '2026-11-29',
  '2026-12-01',
  '2027-05-31',
  '2026-02-29',
  '2028-02-29',
  '2026-11-31',
  '2026-13-01',
  '0999-12-31',
  '1000-01-01',
  '2026-11-30T09:00:00-06:00',
  '2026-11-30T10:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-11-30 09:00',
  0,
  -0,
  1,
  1.5,
  2,
  -1,
  1_000_000,
  1_000_001,
  10_000_000,
  10_000_001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  undefined,
  'submitted',
  'internetReview',
  'readyToProvision',
  'awaitingResguardo',
  'completed',
  'rejected',
  'withdrawn',
  'notRequested',
  'pending',
  'authorized',
  'denied',
  'creation',
  'transfer',
  'fixed',
  'temporary',
  'staff',
  'external',
  'contractor',
  'PERLAHL',
  'perlahl',
  'Perla2',
  '2PERLA',
  long('A', 64),
  long('A', 65),
  'F-1',
  'a@b.mx',
  'a@b',
  `${long('a', 64)}@${long('b', 63)}.${long('c', 63)}.${long('d', 63)}.mx`,
  {},
  [],
  { reason: 'operación' },
  { reason: ' ' },
  { by: 'Responsable de Informática', on: '2026-11-29' },
  { name: 'Ana', email: 'a@b.mx' },
  { requested: false },
  { requested: true, justification: ' ' },
  Object.assign(Object.create(null), { reason: 'operación' }),
  new Date(0),
];
const TEXT = ['x', ' ', '', '\u00a0', long('a', 200), long('a', 201), long('😀', 200), long('😀', 201)];
const LONG_TEXT = ['x', ' ', '', long('a', 5000), long('a', 5001), long('😀', 5000), long('😀', 5001)];
const DATES = [
  '2026-11-30',
  '2026-11-29',
  '2027-05-31',
  '2026-02-29',
  '2028-02-29',
  '2026-11-31',
  '0999-12-31',
  7,
];
const INSTANTS = [
  '2026-11-30T09:30:00-06:00',
  '2026-11-30T16:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-11-30',
  0,
];
const CONTACTS = [
  { name: 'Ana', email: 'a@b.mx' },
  { name: ' ', email: 'a@b.mx' },
  { name: 'Ana', email: 'a@b' },
  { name: 'Ana', email: `${long('a', 64)}@${long('b', 63)}.${long('c', 63)}.${long('d', 63)}.mx` },
  { name: 'Ana' },
];
const ACTORS = [
  { role: 'it-head', id: 'ti-1' },
  { role: 'mail-officer', id: 'mov-2' },
  { role: 'it-head', id: '' },
  { role: 'it-head', id: long('a', 201) },
  { role: 'x', id: 'ti-1' },
  { role: 'it-head' },
];
const COUNTS = [0, 1, 2, 3, 1_000_000, 1_000_001, -1, 1.5, '1'];
/** Values near the edges of each field, valid and not, by the field's name. */
const NEAR: Readonly<Record<string, readonly unknown[]>> = {
  id: ['F-1', ...TEXT],
  folio: ['F-1', ...TEXT],
  version: [1, 2, 1_000_000, 1_000_001, 0, -0, 1.5, Number.NaN, '1'],
  status: [
    'submitted',
    'internetReview',
    'readyToProvision',
    'awaitingResguardo',
    'completed',
    'rejected',
    'withdrawn',
    'x',
  ],
  internet: [
    'notRequested',
    'pending',
    'authorized',
    'denied',
    { requested: false },
    { requested: true, justification: 'Consulta de normatividad' },
    { requested: true },
    { requested: true, justification: ' ' },
    { requested: false, justification: '' },
  ],
  username: ['PERLAHL', 'perlahl', long('A', 64), long('A', 65), 'A1', '1A', '', null],
  updatedAt: INSTANTS,
  seatException: [{ reason: 'operación' }, { reason: ' ' }, {}, { reason: 'x', extra: 1 }, null],
  observation: LONG_TEXT,
  reason: LONG_TEXT,
  justification: LONG_TEXT,
  functions: LONG_TEXT,
  capacityMb: [1, 2048, 10_000_000, 10_000_001, 0, 1.5, '2048'],
  requestedOn: DATES,
  expiresOn: DATES,
  on: DATES,
  area: TEXT,
  name: TEXT,
  department: TEXT,
  position: TEXT,
  by: TEXT,
  previousArea: [...TEXT, 'Dirección Administrativa'],
  fullName: ['Juana Inés Pérez', long('a', 300), long('a', 301), ' '],
  givenNames: ['Juana Inés', long('a', 300), long('a', 301), ' ', 7],
  paternalSurname: ['Pérez', ' ', null],
  maternalSurname: ['Leal', long('a', 301)],
  email: [
    'a@b.mx',
    'a@b',
    'A.b+c@x-y.gob.mx',
    '',
    // 254 and 255 characters: the schema's limit, not the pattern's.
    `${long('a', 64)}@${long('b', 63)}.${long('c', 63)}.${long('d', 61)}`,
    `${long('a', 64)}@${long('b', 63)}.${long('c', 63)}.${long('d', 62)}`,
  ],
  kind: ['creation', 'transfer', 'x'],
  condition: ['fixed', 'temporary', 'x'],
  holder: ['staff', 'external', 'contractor', 'x'],
  requested: [true, false, 'true'],
  centralOffice: [true, false, 0],
  mailbox: [true, false, 'false', null],
  director: [...DATES, ...CONTACTS],
  requestingBoss: [...DATES, ...CONTACTS],
  user: [...DATES, { ...FORM.user }, { ...FORM.user, holder: 'x' }],
  contractorAuthorization: [{ by: 'TI', on: '2026-11-29' }, { by: ' ', on: '2026-11-29' }, {}],
  signatures: [{ director: '2026-11-30', requestingBoss: '2026-11-30', user: '2026-11-30' }, {}],
  // The evidence of each step (issue 12).
  at: [...INSTANTS, '2026-11-29T09:00:00+14:00', '2026-11-30T00:00:00+14:00', '2026-12-30T09:00:00-06:00'],
  actor: [...ACTORS, 'it-head', null],
  role: ['it-head', 'mail-officer', 'helpdesk', 'direct-boss', 'x'],
  seatsInUse: COUNTS,
  seatCap: COUNTS,
  exitsInUse: COUNTS,
  exitCap: COUNTS,
  approval: [
    { at: '2026-11-30T09:01:00-06:00', actor: { role: 'it-head', id: 'ti-1' }, seatsInUse: 0, seatCap: 2 },
    { at: '2026-11-30T09:01:00-06:00', actor: { role: 'it-head', id: 'ti-1' }, seatsInUse: 2, seatCap: 2 },
    { at: '2026-11-30T09:01:00-06:00', actor: { role: 'it-head', id: 'ti-1' } },
    {},
  ],
  internetDecision: [
    { at: '2026-11-30T09:02:00-06:00', actor: { role: 'it-head', id: 'ti-1' }, exitsInUse: 0, exitCap: 2 },
    { at: '2026-11-30T09:02:00-06:00', actor: { role: 'it-head', id: 'ti-1' } },
    { at: '2026-11-30T09:02:00-06:00', actor: { role: 'it-head', id: 'ti-1' }, exitsInUse: 2, exitCap: 2 },
    null,
  ],
  provisioning: [
    { at: '2026-11-30T09:03:00-06:00', actor: { role: 'mail-officer', id: 'mov-2' } },
    { at: '2026-11-30T09:03:00-06:00', actor: { role: 'it-head', id: 'ti-1' } },
    { at: '2026-11-30T09:03:00-06:00' },
  ],
  resguardoSigned: [
    { at: '2026-11-30T09:04:00-06:00', actor: { role: 'helpdesk', id: 'mesa-3' } },
    { at: '2026-11-30T09:04:00-06:00', actor: { role: 'user', id: 'u' } },
    { at: '2026-11-30T09:04:00-06:00', actor: { role: 'helpdesk', id: 'mesa-3' }, extra: 1 },
  ],
};
/** Keys one may add: the optional ones of every object, and some no object has. */
const ADDED = [
  'mailbox',
  'givenNames',
  'paternalSurname',
  'maternalSurname',
  'previousArea',
  'expiresOn',
  'justification',
  'contractorAuthorization',
  'seatException',
  'observation',
  'capacityMb',
  'reason',
  'updatedAt',
  'approval',
  'internetDecision',
  'provisioning',
  'resguardoSigned',
  'exitsInUse',
  'exitCap',
  'director',
  'extra',
  'constructor',
  'toString',
  'Folio',
  '__proto__',
];
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGES) },
  { weight: 1, arbitrary: fc.anything() },
);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Every object inside `x` (itself included), found by walking its keys. */
function objectsOf(x: Obj): Obj[] {
  const out: Obj[] = [x];
  for (const v of Object.values(x)) if (isObj(v)) out.push(...objectsOf(v));
  return out;
}

/** A value for `key`: near its field's edges (`near`), else `other`. */
function valueFor(key: string, near: number | null, other: unknown): unknown {
  const values = NEAR[key];
  return near === null || values === undefined ? other : values[near % values.length];
}

type Mutation =
  | { kind: 'delete'; at: number; key: number }
  | { kind: 'set'; at: number; key: number; near: number | null; value: unknown }
  | { kind: 'add'; at: number; name: string; near: number | null; value: unknown }
  | { kind: 'refolio'; folio: string };
const nearArb = fc.option(fc.nat(), { freq: 9, nil: null });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), key: fc.nat() }),
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      at: fc.nat(),
      key: fc.nat(),
      near: nearArb,
      value: valueArb,
    }),
  },
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    name: fc.constantFrom(...ADDED),
    near: nearArb,
    value: valueArb,
  }),
  fc.record({ kind: fc.constant('refolio' as const), folio: fc.constantFrom(...(NEAR.folio as string[])) }),
);

/** A copy of `state` with the mutations applied, each to an object chosen among its current ones. */
function mutate(state: RequestState, mutations: readonly Mutation[]): Obj {
  const copy = JSON.parse(JSON.stringify(state)) as Obj;
  for (const m of mutations) {
    if (m.kind === 'refolio') {
      // The id and the folio changed together, as a consumer's copy of another request.
      copy.id = m.folio;
      if (isObj(copy.form)) copy.form.folio = m.folio;
      continue;
    }
    const objects = objectsOf(copy);
    const target = objects[m.at % objects.length] as Obj;
    if (m.kind === 'add') {
      // An own `__proto__` key, as JSON.parse makes it, not a change of prototype.
      Object.defineProperty(target, m.name, {
        value: valueFor(m.name, m.near, m.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    const keys = Object.keys(target);
    if (keys.length === 0) continue;
    const key = keys[m.key % keys.length] as string;
    if (m.kind === 'delete') delete target[key];
    else target[key] = valueFor(key, m.near, m.value);
  }
  return copy;
}

/** The state's JSON with `"__proto__": value` put into every object in turn, read back by JSON.parse. */
function protoInjections(state: RequestState, value: string): unknown[] {
  const json = JSON.stringify(state);
  const out: unknown[] = [];
  for (let i = 0; i < json.length; i++) {
    if (json[i] !== '{') continue;
    const rest = json.slice(i + 1);
    out.push(
      JSON.parse(`${json.slice(0, i + 1)}"__proto__":${value}${rest.startsWith('}') ? '' : ','}${rest}`),
    );
  }
  return out;
}

const dayArb = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
/** A day with one character replaced: a digit, a sign, a letter, a blank, another script's digit. */
const nearDayArb = fc
  .tuple(dayArb, fc.nat({ max: 9 }), fc.constantFrom('0', '9', '-', 'x', ' ', '٣', '+', '.', '/', ':'))
  .map(([day, i, c]) => day.slice(0, i) + c + day.slice(i + 1));

describe('isDay, the allocation-free isPlainDate', () => {
  test.prop([fc.oneof(dayArb, nearDayArb, fc.string(), fc.anything())], { numRuns: runs(5000) })(
    'agrees with isPlainDate on dates, near-dates and anything else',
    (x) => {
      expect(isDay(x)).toBe(isPlainDate(x));
    },
  );

  it('knows the leap years and the lengths of the months', () => {
    for (const d of ['2024-02-29', '2000-02-29', '1000-01-01', '9999-12-31', '2026-04-30', '2026-01-31']) {
      expect(isDay(d)).toBe(true);
    }
    for (const d of ['2026-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '0999-12-31', '2026-00-10']) {
      expect(isDay(d)).toBe(false);
    }
    for (const d of ['202x-01-01', '2026-1x-01', '2026-01-0x', '2026/01/01', '2026-01-01 ', '+026-01-01']) {
      expect(isDay(d)).toBe(false);
    }
  });
});

describe('isRequestState, the fast twin of requestStateSchema', () => {
  test.prop([statesArb])('accepts every state the machine reaches, and its JSON copy', (states) => {
    for (const s of states) {
      expect(isRequestState(s)).toBe(true);
      expectAgreement(s);
      expect(isRequestState(JSON.parse(JSON.stringify(s)))).toBe(true);
    }
  });

  test.prop([statesArb, fc.nat()], { numRuns: runs(60) })(
    'agrees with the schema on every single change: each field deleted or set near its edges, each key added',
    (states, pick) => {
      const s = states[pick % states.length] as RequestState;
      const count = objectsOf(JSON.parse(JSON.stringify(s))).length;
      for (let at = 0; at < count; at++) {
        for (const name of ADDED) {
          expectAgreement(mutate(s, [{ kind: 'add', at, name, near: 0, value: undefined }]));
          expectAgreement(mutate(s, [{ kind: 'add', at, name, near: 1, value: undefined }]));
        }
        const keys = Object.keys(objectsOf(JSON.parse(JSON.stringify(s)))[at] as Obj);
        for (let key = 0; key < keys.length; key++) {
          expectAgreement(mutate(s, [{ kind: 'delete', at, key }]));
          const near = NEAR[keys[key] as string] ?? [];
          for (let n = 0; n < near.length; n++) {
            expectAgreement(mutate(s, [{ kind: 'set', at, key, near: n, value: undefined }]));
          }
        }
      }
    },
  );

  test.prop([statesArb, fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 3 })], {
    numRuns: runs(2000),
  })(
    'agrees with the schema on states with up to three keys deleted, changed or added at any depth',
    (states, pick, mutations) => {
      const s = states[pick % states.length] as RequestState;
      expectAgreement(mutate(s, mutations));
    },
  );

  test.prop([statesArb, fc.constantFrom('{}', 'null', '"x"', '{"reason":"operación"}')])(
    'refuses a __proto__ key in any object, as JSON.parse makes it, like the schema',
    (states, value) => {
      for (const x of protoInjections(states[states.length - 1] as RequestState, value)) {
        expect(isRequestState(x)).toBe(false);
        expectAgreement(x);
      }
    },
  );

  test.prop([fc.anything({ withNullPrototype: true, withObjectString: true })], { numRuns: runs(500) })(
    'agrees with the schema on anything at all',
    (x) => {
      expectAgreement(x);
    },
  );

  it('leaves to the schema the states it would change: a lower-case username, another prototype', () => {
    const c = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state;
    const approved = transitionRequest(c, { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD });
    const ready = transitionRequest(approved._unsafeUnwrap().state, {
      type: 'AUTHORIZE_INTERNET',
      exitsInUse: 0,
      at: at(2),
      actor: IT_HEAD,
    })._unsafeUnwrap().state;
    const provisioned = transitionRequest(ready, {
      type: 'PROVISION',
      username: 'PERLAHL',
      capacityMb: 2048,
      ...FREE,
      at: at(3),
      actor: OFFICER,
    })._unsafeUnwrap().state;
    const lower = { ...provisioned, username: 'perlahl' };
    expect(requestStateSchema.safeParse(lower).success).toBe(true);
    expect(isRequestState(lower)).toBe(false);
    const signed: RequestEvent = { type: 'RESGUARDO_SIGNED', at: at(4), actor: HELPDESK };
    // Through the schema, as before: the same result as from the upper-case state.
    expect(transitionRequest(lower, signed)._unsafeUnwrap()).toEqual(
      transitionRequest(provisioned, signed)._unsafeUnwrap(),
    );
    const bare = Object.assign(Object.create(null), provisioned);
    expect(requestStateSchema.safeParse(bare).success).toBe(true);
    expect(isRequestState(bare)).toBe(false);
    expect(transitionRequest(bare, signed)._unsafeUnwrap()).toEqual(
      transitionRequest(provisioned, signed)._unsafeUnwrap(),
    );
  });
});
