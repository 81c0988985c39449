import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AllowanceLedger,
  applyLedgerEffects,
  EMPTY_LEDGER,
  seatCap,
} from '../../../src/allowances/index.js';
import type { LogEntry, Role } from '../../../src/machine/types.js';
import { definePolicy } from '../../../src/policy/definePolicy.js';
import {
  createRequest,
  parseRequestState,
  type RequestEvent,
  type RequestState,
  type RequestStatus,
  replayRequest,
  transitionRequest,
} from '../../../src/request/index.js';
import type { AccountRequestForm } from '../../../src/request/types.js';
import { FORM, ROLES, usernamesFor, validFormArb } from '../../arbitraries/request.js';

// Model-based test of the request machine together with the allowance ledger (fast-check's
// fc.commands + fc.modelRun). The model is a simplification written from SPEC §4, not a copy
// of REQUEST_MACHINE: per request its status, version and a few flags; per department two
// counters. Every command checks the real outcome against the model's prediction.

const policy = definePolicy({ seatExceptions: { Urgencias: 4 } })._unsafeUnwrap();
// Few departments, so that seats and exits run out often; Urgencias has a seat exception (4).
const DEPARTMENTS = ['__proto__', 'Urgencias'] as const;
const EXIT_CAP = 2;
const TERMINAL: readonly RequestStatus[] = ['completed', 'rejected', 'withdrawn'];
type EventType = RequestEvent['type'];

type ModelRequest = {
  folio: string;
  status: RequestStatus;
  version: number;
  department: string;
  internetRequested: boolean;
  internet: 'notRequested' | 'pending' | 'authorized' | 'denied';
  centralOffice: boolean;
  seatException: boolean;
  form: AccountRequestForm;
};
type Model = {
  requests: ModelRequest[];
  seats: Map<string, number>;
  operational: Map<string, number>;
  exits: Map<string, number>;
  holders: { username: string; department: string; seat: boolean; exit: boolean }[];
  /** Usernames on the mail server (provisioned and booked) and retired ones (4.19). */
  used: Set<string>;
  retired: Set<string>;
};
type Real = {
  states: Map<string, RequestState>;
  logs: Map<string, LogEntry[]>;
  ledger: AllowanceLedger;
  clock: number;
  users: number;
};

const count = (m: Map<string, number>, k: string) => m.get(k) ?? 0;
const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, count(m, k) + by);
const instant = (real: Real) => {
  real.clock += 1;
  return new Date(Date.UTC(2026, 10, 30, 15, 0, 0) + real.clock * 60_000)
    .toISOString()
    .replace('Z', '+00:00');
};

/** SPEC §4 in a few lines: what should happen to `r` on `type` from `role`. */
function predict(
  r: ModelRequest,
  type: EventType,
  role: Role,
  e: {
    seatsInUse?: number;
    exitsInUse?: number;
    exception?: unknown;
    username?: string;
    usernameInUse?: boolean;
    usernameRetired?: boolean;
  },
): { code: string } | { to: RequestStatus } {
  const s = r.status;
  if (TERMINAL.includes(s)) return { code: 'INVALID_TRANSITION' };
  const row = (from: RequestStatus[], roles: Role[]) => from.includes(s) && { roles };
  const rule =
    type === 'REJECT'
      ? row(['submitted'], ['it-head'])
      : type === 'APPROVE'
        ? row(['submitted'], ['it-head'])
        : type === 'AUTHORIZE_INTERNET' || type === 'DENY_INTERNET'
          ? row(['internetReview'], ['it-head'])
          : type === 'PROVISION'
            ? row(['readyToProvision'], ['mail-officer'])
            : type === 'RESGUARDO_SIGNED'
              ? row(['awaitingResguardo'], ['helpdesk', 'unit-it', 'mail-officer'])
              : row(['submitted', 'internetReview'], ['direct-boss']);
  if (!rule) return { code: 'INVALID_TRANSITION' };
  if (!rule.roles.includes(role)) return { code: 'FORBIDDEN_ROLE' };
  switch (type) {
    case 'REJECT':
      return { to: 'rejected' };
    case 'APPROVE':
      // Internet alone uses no seat (4.11).
      if (
        r.form.mailbox !== false &&
        (e.seatsInUse ?? 0) >= seatCap(r.department, policy) &&
        e.exception === undefined
      ) {
        return { code: 'MAILBOX_SEAT_LIMIT_REACHED' };
      }
      return { to: r.internetRequested ? 'internetReview' : 'readyToProvision' };
    case 'AUTHORIZE_INTERNET':
      return (e.exitsInUse ?? 0) >= EXIT_CAP
        ? { code: 'INTERNET_EXIT_LIMIT_REACHED' }
        : { to: 'readyToProvision' };
    case 'DENY_INTERNET':
      return { to: r.form.mailbox === false ? 'rejected' : 'readyToProvision' };
    case 'PROVISION':
      if (e.username === 'ADMIN') return { code: 'RESERVED_USERNAME' };
      // A transfer keeps the account's own username: nothing to check (SPEC §12).
      // Internet alone goes to the account the person has (4.11): nothing to check either.
      if (r.form.kind === 'transfer' || r.form.mailbox === false) return { to: 'awaitingResguardo' };
      if (!usernamesFor(r.form).includes(e.username as string) && !numbered(r.form, e.username as string))
        return { code: 'USERNAME_NOT_CONFORMING' };
      if (e.usernameInUse === undefined || e.usernameRetired === undefined)
        return { code: 'PROVISION_FACTS_MISSING' };
      if (e.usernameRetired) return { code: 'USERNAME_RETIRED' };
      if (e.usernameInUse) return { code: 'USERNAME_TAKEN' };
      return { to: 'awaitingResguardo' };
    case 'RESGUARDO_SIGNED':
      if (role === (r.centralOffice ? 'unit-it' : 'helpdesk')) return { code: 'FORBIDDEN_ROLE' };
      return { to: 'completed' };
    case 'WITHDRAW':
      return { to: 'withdrawn' };
  }
}

/** The numbered fallback of 5.4.3: the first candidate and 2…99. */
function numbered(form: AccountRequestForm, username: string): boolean {
  const first = usernamesFor(form)[0] as string;
  const n = Number(username.slice(first.length));
  return username.startsWith(first) && /^[1-9][0-9]?$/.test(username.slice(first.length)) && n >= 2;
}

/** The usernames an officer could give the form's person, in the order 5.4.3 tries them. */
function candidates(form: AccountRequestForm): string[] {
  const rules = usernamesFor(form).slice(0, -2);
  const first = rules[0] as string;
  return [...rules, ...Array.from({ length: 98 }, (_, i) => `${first}${i + 2}`)];
}

function checkInvariants(m: Model, real: Real): void {
  for (const d of real.ledger.departments) {
    const operational = d.seats.filter((s) => s.exception?.kind === 'operational').length;
    expect(d.seats.length).toBeLessThanOrEqual(seatCap(d.department, policy) + operational);
    expect(d.exits.length).toBeLessThanOrEqual(EXIT_CAP);
    expect(d.seats.length).toBe(count(m.seats, d.department));
    expect(d.exits.length).toBe(count(m.exits, d.department));
    expect(operational).toBe(count(m.operational, d.department));
  }
  for (const r of m.requests) {
    const s = real.states.get(r.folio) as RequestState;
    expect([s.status, s.version, s.internet]).toEqual([r.status, r.version, r.internet]);
    // A created account's username is one 5.4.3 gives its person (SPEC §12).
    if (s.username !== null && r.form.kind === 'creation' && r.form.mailbox !== false) {
      expect(usernamesFor(r.form).includes(s.username) || numbered(r.form, s.username)).toBe(true);
    }
  }
}

function assertReplays(real: Real, folio: string): void {
  const state = real.states.get(folio) as RequestState;
  const log = JSON.parse(JSON.stringify(real.logs.get(folio)));
  expect(JSON.stringify(replayRequest(log, policy)._unsafeUnwrap())).toBe(JSON.stringify(state));
  expect(JSON.stringify(parseRequestState(JSON.parse(JSON.stringify(state)))._unsafeUnwrap())).toBe(
    JSON.stringify(state),
  );
}

class Create implements fc.Command<Model, Real> {
  constructor(
    readonly form: AccountRequestForm,
    readonly role: Role,
  ) {}
  check = () => true;
  run(m: Model, real: Real): void {
    const folio = `F-${m.requests.length + 1}-${this.role}`;
    const form = { ...this.form, folio };
    const r = createRequest(form, instant(real), { role: this.role, id: 'x' }, policy);
    if (this.role !== 'direct-boss' && this.role !== 'unit-it') {
      expect(r._unsafeUnwrapErr().map((v) => v.code)).toEqual(['FORBIDDEN_ROLE']);
      return;
    }
    const t = r._unsafeUnwrap();
    expect(t.state).toMatchObject({ status: 'submitted', version: 1 });
    real.states.set(folio, t.state);
    real.logs.set(folio, [t.log]);
    m.requests.push({
      folio,
      status: 'submitted',
      version: 1,
      department: form.user.department,
      internetRequested: form.internet.requested,
      internet: form.internet.requested ? 'pending' : 'notRequested',
      centralOffice: form.centralOffice,
      seatException: false,
      form,
    });
    checkInvariants(m, real);
  }
  toString = () =>
    `create(${this.form.user.department}, ${this.form.kind}, internet=${this.form.internet.requested}, ${this.role})`;
}

type Choice = {
  pick: number;
  type: EventType | 'next';
  role: Role | 'right';
  honest: boolean;
  count: number;
  exception: boolean;
  /** Which username the officer gives and what they record (honest: the first free candidate). */
  name: 'honest' | 'reserved' | 'stranger' | 'inUse' | 'retired' | 'noFacts';
};

const NEXT: Record<RequestStatus, EventType> = {
  submitted: 'APPROVE',
  internetReview: 'AUTHORIZE_INTERNET',
  readyToProvision: 'PROVISION',
  awaitingResguardo: 'RESGUARDO_SIGNED',
  completed: 'RESGUARDO_SIGNED',
  rejected: 'APPROVE',
  withdrawn: 'WITHDRAW',
};
const RIGHT: Record<EventType, Role> = {
  REJECT: 'it-head',
  APPROVE: 'it-head',
  AUTHORIZE_INTERNET: 'it-head',
  DENY_INTERNET: 'it-head',
  PROVISION: 'mail-officer',
  RESGUARDO_SIGNED: 'mail-officer',
  WITHDRAW: 'direct-boss',
};

class Act implements fc.Command<Model, Real> {
  constructor(readonly c: Choice) {}
  check = (m: Readonly<Model>) => m.requests.length > 0;
  run(m: Model, real: Real): void {
    const r = m.requests[this.c.pick % m.requests.length] as ModelRequest;
    const before = real.states.get(r.folio) as RequestState;
    const type = this.c.type === 'next' ? NEXT[r.status] : this.c.type;
    const role =
      this.c.role !== 'right'
        ? this.c.role
        : type === 'RESGUARDO_SIGNED' && this.c.honest
          ? r.centralOffice
            ? 'helpdesk'
            : 'unit-it'
          : RIGHT[type];
    const free = candidates(r.form).find((u) => !m.used.has(u) && !m.retired.has(u)) ?? 'NONE';
    const usedOne = candidates(r.form).find((u) => m.used.has(u));
    const retiredOne = candidates(r.form).find((u) => m.retired.has(u));
    const username =
      this.c.name === 'reserved'
        ? 'ADMIN'
        : r.form.kind === 'transfer' || r.form.mailbox === false
          ? `U${++real.users}` // the account's own, whatever it is
          : this.c.name === 'stranger'
            ? 'BANANA'
            : this.c.name === 'inUse'
              ? (usedOne ?? free)
              : this.c.name === 'retired'
                ? (retiredOne ?? free)
                : free;
    // What the officer finds on the server and the retired list; 'noFacts' records nothing (0.1.0).
    const facts =
      this.c.name === 'noFacts'
        ? {}
        : {
            // 'inUse' / 'retired' without such a username here: the server knows one the model does not.
            usernameInUse: m.used.has(username) || this.c.name === 'inUse',
            usernameRetired: m.retired.has(username) || this.c.name === 'retired',
          };
    const body = {
      REJECT: { reason: 'no procede' },
      APPROVE: {
        seatsInUse: this.c.honest ? count(m.seats, r.department) : this.c.count,
        ...(this.c.exception ? { exception: { reason: 'operación' } } : {}),
      },
      AUTHORIZE_INTERNET: { exitsInUse: this.c.honest ? count(m.exits, r.department) : this.c.count },
      DENY_INTERNET: { observation: 'no se justifica' },
      PROVISION: { username, ...(r.form.mailbox === false ? {} : { capacityMb: 512 }), ...facts },
      RESGUARDO_SIGNED: {},
      WITHDRAW: {},
    }[type];
    const event = { type, at: instant(real), actor: { role, id: 'x' }, ...body } as RequestEvent;
    const expected = predict(r, type, role, body as never);
    const result = transitionRequest(before, event, policy);

    if ('code' in expected) {
      expect(result._unsafeUnwrapErr().code).toBe(expected.code);
      seen.add(expected.code);
      // A refused event leaves the state and its version as they were.
      expect(real.states.get(r.folio)).toBe(before);
      checkInvariants(m, real);
      return;
    }
    const t = result._unsafeUnwrap();
    seen.add(expected.to);
    expect(t.state.status).toBe(expected.to);
    expect(t.state.version).toBe(before.version + 1);
    expect(t.log).toMatchObject({
      from: r.status,
      to: expected.to,
      version: before.version + 1,
      subject: r.folio,
    });
    for (const [i, e] of t.effects.entries())
      expect(e).toMatchObject({ subject: r.folio, version: t.state.version, index: i });

    r.status = expected.to;
    r.version += 1;
    if (type === 'APPROVE' && 'seatsInUse' in body && body.seatsInUse >= seatCap(r.department, policy)) {
      r.seatException = true;
    }
    if (type === 'AUTHORIZE_INTERNET') r.internet = 'authorized';
    if (type === 'DENY_INTERNET') r.internet = 'denied';
    real.states.set(r.folio, t.state);
    real.logs.get(r.folio)?.push(t.log);

    // The adapter books the plan on the ledger; the ledger re-checks the caps (4.9, 4.13).
    const applied = applyLedgerEffects(real.ledger, t.effects, policy);
    if (type === 'PROVISION') {
      const mailbox = r.form.mailbox !== false;
      const seatFull =
        mailbox && count(m.seats, r.department) >= seatCap(r.department, policy) && !r.seatException;
      const exitFull = r.internet === 'authorized' && count(m.exits, r.department) >= EXIT_CAP;
      if (seatFull || exitFull) {
        expect(applied._unsafeUnwrapErr().code).toBe(
          seatFull ? 'MAILBOX_SEAT_LIMIT_REACHED' : 'INTERNET_EXIT_LIMIT_REACHED',
        );
        seen.add(`ledger ${seatFull ? 'seat' : 'exit'} refused`);
      } else {
        real.ledger = applied._unsafeUnwrap();
        // The same plan delivered again changes nothing (effects are stamped, 4.9, 4.13).
        expect(applyLedgerEffects(real.ledger, t.effects, policy)._unsafeUnwrap()).toEqual(real.ledger);
        if (mailbox) {
          const beyond = count(m.seats, r.department) >= seatCap(r.department, policy);
          bump(m.seats, r.department, 1);
          if (beyond) bump(m.operational, r.department, 1);
        }
        if (r.internet === 'authorized') bump(m.exits, r.department, 1);
        m.holders.push({
          username,
          department: r.department,
          seat: mailbox,
          exit: r.internet === 'authorized',
        });
        m.used.add(username);
      }
    } else {
      expect(applied._unsafeUnwrap()).toEqual(real.ledger);
    }
    assertReplays(real, r.folio);
    checkInvariants(m, real);
  }
  toString = () => `act(${JSON.stringify(this.c)})`;
}

/** The account lifecycle's releases, as its RELEASE_SEAT / RELEASE_INTERNET_EXIT effects. */
class Release implements fc.Command<Model, Real> {
  constructor(
    readonly pick: number,
    readonly kind: 'seat' | 'exit',
  ) {}
  check = (m: Readonly<Model>) => m.holders.length > 0;
  run(m: Model, real: Real): void {
    const h = m.holders[this.pick % m.holders.length] as Model['holders'][number];
    const effect = {
      type: this.kind === 'seat' ? ('RELEASE_SEAT' as const) : ('RELEASE_INTERNET_EXIT' as const),
      department: h.department,
      username: h.username,
      clause: '8.2-1.A.2',
    };
    const r = applyLedgerEffects(real.ledger, [effect], policy);
    if (!(this.kind === 'seat' ? h.seat : h.exit)) {
      expect(r._unsafeUnwrapErr().code).toBe('NOTHING_TO_RELEASE');
      seen.add('NOTHING_TO_RELEASE');
      return;
    }
    real.ledger = r._unsafeUnwrap();
    if (this.kind === 'seat') {
      h.seat = false;
      // Which seat was an exception is the ledger's business; the model only counts them.
      const d = real.ledger.departments.find((x) => x.department === h.department);
      const operational = d?.seats.filter((s) => s.exception?.kind === 'operational').length ?? 0;
      m.operational.set(h.department, operational);
      bump(m.seats, h.department, -1);
    } else {
      h.exit = false;
      bump(m.exits, h.department, -1);
    }
    checkInvariants(m, real);
  }
  toString = () => `release(${this.pick}, ${this.kind})`;
}

/** The lifecycle retires a provisioned username for inactivity (RETIRE_USERNAME, 4.19). */
class Retire implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.used.size > 0;
  run(m: Model): void {
    const username = [...m.used][this.pick % m.used.size] as string;
    m.used.delete(username);
    m.retired.add(username);
  }
  toString = () => `retire(${this.pick})`;
}

const roleChoice = fc.oneof(
  { weight: 4, arbitrary: fc.constant('right' as const) },
  { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
);
const typeChoice = fc.oneof(
  { weight: 4, arbitrary: fc.constant('next' as const) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<EventType>(
      'REJECT',
      'APPROVE',
      'AUTHORIZE_INTERNET',
      'DENY_INTERNET',
      'PROVISION',
      'RESGUARDO_SIGNED',
      'WITHDRAW',
    ),
  },
);

const act = fc
  .record({
    pick: fc.nat(),
    type: typeChoice,
    role: roleChoice,
    honest: fc.boolean(),
    count: fc.nat({ max: 3 }),
    exception: fc.oneof(
      { weight: 1, arbitrary: fc.constant(true) },
      { weight: 3, arbitrary: fc.constant(false) },
    ),
    name: fc.oneof(
      { weight: 12, arbitrary: fc.constant('honest' as const) },
      {
        weight: 5,
        arbitrary: fc.constantFrom(
          'reserved' as const,
          'stranger' as const,
          'inUse' as const,
          'retired' as const,
          'noFacts' as const,
        ),
      },
    ),
  })
  .map((c) => new Act(c));

const commands = fc.commands(
  [
    fc
      .tuple(
        validFormArb({ departments: DEPARTMENTS }),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant<Role>('direct-boss') },
          { weight: 1, arbitrary: fc.constant<Role>('unit-it') },
          { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
        ),
      )
      .map(([form, role]) => new Create(form, role)),
    act,
    act,
    act,
    fc.tuple(fc.nat(), fc.constantFrom('seat' as const, 'exit' as const)).map(([p, k]) => new Release(p, k)),
    fc.nat().map((p) => new Retire(p)),
  ],
  { maxCommands: 60, size: 'max' },
);

// What the runs reached: the test fails if the commands stop exercising a status or a refusal.
const seen = new Set<string>();

describe('the request machine with the allowance ledger, against a model (8.1, 4.9, 4.13)', () => {
  it('keeps every department within its caps, refusals change nothing, versions step by one, replay and schema reproduce every state', () => {
    fc.assert(
      fc.property(commands, (cmds) => {
        const model: Model = {
          requests: [],
          seats: new Map(),
          operational: new Map(),
          exits: new Map(),
          holders: [],
          used: new Set(),
          retired: new Set(),
        };
        const real: Real = { states: new Map(), logs: new Map(), ledger: EMPTY_LEDGER, clock: 0, users: 0 };
        fc.modelRun(() => ({ model, real }), cmds);
        for (const folio of real.states.keys()) assertReplays(real, folio);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
    );
    // With fewer runs (FC_NUM_RUNS) the rarer outcomes may not come up; the scripted cases below cover them.
    const required = [
      'INTERNET_EXIT_LIMIT_REACHED',
      'INVALID_TRANSITION',
      'FORBIDDEN_ROLE',
      'MAILBOX_SEAT_LIMIT_REACHED',
      'NOTHING_TO_RELEASE',
      'RESERVED_USERNAME',
      'USERNAME_NOT_CONFORMING',
      'USERNAME_TAKEN',
      'USERNAME_RETIRED',
      'PROVISION_FACTS_MISSING',
      'awaitingResguardo',
      'completed',
      'internetReview',
      'readyToProvision',
      'rejected',
      'withdrawn',
    ];
    // Checked under a fixed seed (CI's, or FC_SEED), where it is deterministic: a random local seed
    // can miss the rarest outcome (PROVISION_FACTS_MISSING) without anything being wrong.
    const config = fc.readConfigureGlobal();
    if ((config.numRuns ?? 100) >= 100 && config.seed !== undefined)
      expect(required.filter((x) => !seen.has(x))).toEqual([]);
  });

  it('lets the ledger refuse a seat or an exit when requests were decided before the others were provisioned (8.1-6, 4.9, 4.13)', () => {
    const step = (pick: number): Act =>
      new Act({
        pick,
        type: 'next',
        role: 'right',
        honest: true,
        count: 0,
        exception: false,
        name: 'honest',
      });
    const scenario = (department: string, internet: boolean, steps: number) => {
      const form = {
        ...FORM,
        user: { ...FORM.user, department },
        internet: internet ? FORM.internet : { requested: false },
      };
      const model: Model = {
        requests: [],
        seats: new Map(),
        operational: new Map(),
        exits: new Map(),
        holders: [],
        used: new Set(),
        retired: new Set(),
      };
      const real: Real = { states: new Map(), logs: new Map(), ledger: EMPTY_LEDGER, clock: 0, users: 0 };
      const script = [
        new Create(form, 'direct-boss'),
        new Create(form, 'direct-boss'),
        new Create(form, 'direct-boss'),
      ];
      // Each round decides all three with the counts of the moment, before any is provisioned.
      for (let round = 0; round < steps; round++) script.push(...([0, 1, 2].map(step) as never[]));
      seen.clear();
      fc.modelRun(() => ({ model, real }), script);
      return real.ledger;
    };
    // APPROVE ×3 (seats 0) → PROVISION ×3: the third seat is refused (cap 2).
    expect(scenario('__proto__', false, 2).departments[0]?.seats).toHaveLength(2);
    expect(seen.has('ledger seat refused')).toBe(true);
    // APPROVE ×3, AUTHORIZE_INTERNET ×3 (exits 0) → PROVISION ×3: the third exit is refused (cap 2; seats 4).
    expect(scenario('Urgencias', true, 3).departments[0]?.exits).toHaveLength(2);
    expect(seen.has('ledger exit refused')).toBe(true);
  });
});
