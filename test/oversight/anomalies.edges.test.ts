import { describe, expect, it } from 'vitest';
import { ANOMALY_DEFAULTS, findApprovalAnomalies } from '../../src/oversight/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { RequestLogEntry } from '../../src/request/log.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { FULL_PATH, requestLog } from './_log.js';

const ASOF = '2026-12-10';
const find = (logs: unknown, options: object = {}, policy?: never) =>
  findApprovalAnomalies(logs, { asOf: ASOF, ...options }, policy)._unsafeUnwrap().anomalies;
const kinds = (logs: unknown, options: object = {}) => find(logs, options).map((a) => a.kind);
const log = requestLog(FULL_PATH);
const create = log[0] as RequestLogEntry;
const form = (create.event as { form: Record<string, unknown> }).form;
/** The log with entry `i`'s event (or the entry) replaced. */
const withEvent = (i: number, event: object, entry: object = {}) =>
  log.map((e, k) => (k === i ? { ...e, ...entry, event: { ...(e.event as object), ...event } } : e));

describe('findApprovalAnomalies: out of order, with why (8.1)', () => {
  const reasons = (logs: unknown) =>
    find(logs).map((a) => [a.kind, a.entries, a.details.step, a.details.reason]);

  it('names a gap, a repeat, a missing CREATE and a step the machine has no row for (8.1)', () => {
    expect(reasons([log[0], log[1], log[3], log[4]])).toEqual([
      ['outOfOrder', [1, 2], 'PROVISION', 'version gap'],
    ]);
    expect(reasons([log[0], log[1], log[1], log[2], log[3], log[4]])).toEqual([
      ['outOfOrder', [1, 2], 'APPROVE', 'repeated version'],
    ]);
    expect(reasons([log[1], log[2], log[3], log[4]])).toEqual([
      ['outOfOrder', [0], 'APPROVE', 'does not start with CREATE'],
    ]);
    expect(reasons([{ ...create, from: 'submitted' }, ...log.slice(1)])).toEqual([
      ['outOfOrder', [0], 'CREATE', 'does not start with CREATE'],
    ]);
    expect(reasons([log[0], { ...log[1], from: 'internetReview' }, ...log.slice(2)])).toEqual([
      ['outOfOrder', [0, 1], 'APPROVE', 'internetReview → internetReview after submitted'],
    ]);
    expect(reasons([log[0], { ...log[1], to: 'provisioned' }, ...log.slice(2)])).toEqual([
      ['outOfOrder', [0, 1], 'APPROVE', 'submitted → provisioned after submitted'],
      ['outOfOrder', [1, 2], 'AUTHORIZE_INTERNET', 'internetReview → readyToProvision after provisioned'],
    ]);
    expect(reasons([log[0], { ...log[1], from: null }, ...log.slice(2)])).toEqual([
      ['outOfOrder', [0, 1], 'APPROVE', 'null → internetReview after submitted'],
    ]);
  });

  it('reads a second CREATE as out of order, not as a second form (8.1)', () => {
    const second = {
      ...create,
      version: 2,
      from: 'submitted',
      at: '2026-12-01T11:00:00-06:00',
      actor: { role: 'direct-boss', id: 'otro' },
      event: {
        type: 'CREATE',
        form: { ...form, area: 'Otra', user: { ...(form.user as object), fullName: 'Otro Nombre Distinto' } },
      },
    };
    const [, ...rest] = log;
    const shifted = rest.map((e) => ({ ...e, version: e.version + 1 }));
    const forged = [create, second, { ...shifted[0], from: 'submitted' }, ...shifted.slice(1)];
    // The approver is the first filer's colleague, the provisioned username the first form's.
    expect(kinds(forged)).toEqual(['outOfOrder']);
    expect(find(forged, { burst: { windowDays: 7, threshold: 2 } }).map((a) => a.kind)).toEqual([
      'outOfOrder',
    ]);
  });
});

describe('findApprovalAnomalies: each rule at its edge (5.3.5, 4.9, 4.13, 5.4.6, 8.1)', () => {
  it('reports the filer authorizing internet too (5.3.5)', () => {
    expect(find(withEvent(2, {}, { actor: { role: 'it-head', id: 'jefe-7' } }))).toEqual([
      {
        kind: 'segregationOfDuties',
        clause: '5.3.5',
        subject: 'F01-2026-0001',
        entries: [0, 2],
        details: { actor: 'jefe-7', step: 'AUTHORIZE_INTERNET' },
      },
    ]);
  });

  it('does not look for a filer when the log has no CREATE (5.3.5)', () => {
    const forged = withEvent(1, {}, { actor: { role: 'it-head', id: 'jefe-7' } }).slice(1);
    expect(kinds(forged)).toEqual(['outOfOrder']);
  });

  it('reports seats and exits only at the cap, not below (4.9, 4.13)', () => {
    expect(kinds(withEvent(1, { seatsInUse: 1 }))).toEqual([]);
    expect(find(withEvent(1, { seatsInUse: 2 }))).toEqual([
      {
        kind: 'seatExceptionWithoutReason',
        clause: '4.9',
        subject: 'F01-2026-0001',
        entries: [1],
        details: { department: 'Informática', seatsInUse: 2, cap: 2 },
      },
    ]);
    expect(kinds(withEvent(1, { seatsInUse: 2, exception: 'Guardia' }))).toEqual([
      'seatExceptionWithoutReason',
    ]);
    expect(kinds(withEvent(2, { exitsInUse: 1 }))).toEqual([]);
    expect(kinds(withEvent(2, { exitsInUse: '2' }))).toEqual([]);
  });

  it('reads the caps from the policy (4.9, 4.13)', () => {
    const p = definePolicy({ seatExceptions: { Informática: 3 }, internetExitsPerDepartment: 3 });
    if (p.isErr()) throw new Error(JSON.stringify(p.error));
    const policy = p.value as never;
    expect(find(withEvent(1, { seatsInUse: 2 }), {}, policy)).toEqual([]);
    expect(find(withEvent(2, { exitsInUse: 2 }), {}, policy)).toEqual([]);
    expect(find(withEvent(2, { exitsInUse: 3 }), {}, policy).map((a) => a.details)).toEqual([
      { exitsInUse: 3, cap: 3 },
    ]);
  });

  it('checks no seat for a request without a mailbox, or without a department (4.9)', () => {
    const noMailbox = withEvent(0, { form: { ...form, mailbox: false } });
    noMailbox[1] = {
      ...noMailbox[1]!,
      event: { ...(noMailbox[1]!.event as object), seatsInUse: 2 },
    } as never;
    expect(kinds(noMailbox)).toEqual([]);
    const noDepartment = withEvent(0, {
      form: { ...form, user: { ...(form.user as object), department: ' ' } },
    });
    noDepartment[1] = {
      ...noDepartment[1]!,
      event: { ...(noDepartment[1]!.event as object), seatsInUse: 2 },
    } as never;
    expect(kinds(noDepartment)).toEqual([]);
    const noForm = withEvent(0, { form: 'F01' });
    noForm[1] = { ...noForm[1]!, event: { ...(noForm[1]!.event as object), seatsInUse: 2 } } as never;
    expect(kinds(noForm)).toEqual([]);
  });

  it('does not check the username of a transfer, of a form without a name, or a blank one (5.4.6)', () => {
    const provision = (over: object, username = 'PERLA') => {
      const forged = withEvent(0, { form: { ...form, ...over } });
      forged[3] = { ...forged[3]!, event: { ...(forged[3]!.event as object), username } } as never;
      return kinds(forged);
    };
    expect(provision({})).toEqual(['usernameNotConforming']);
    expect(provision({ kind: 'transfer' })).toEqual([]);
    expect(provision({ user: { ...(form.user as object), fullName: '' } })).toEqual([]);
    expect(provision({}, ' ')).toEqual([]);
    expect(provision({}, 'perlahl')).toEqual([]);
  });

  it('reports a nonconforming username with its expected ones, upper-cased (5.4.6)', () => {
    const forged = withEvent(3, { username: 'perla' });
    expect(find(forged)).toEqual([
      {
        kind: 'usernameNotConforming',
        clause: '5.4.6',
        subject: 'F01-2026-0001',
        entries: [0, 3],
        details: { username: 'PERLA', expected: 'PERLAHL, PHERNANDEZL' },
      },
    ]);
  });

  it('never stalls a finished request, and counts the days in the policy time zone (8.1)', () => {
    const waiting = requestLog(FULL_PATH.slice(0, 1));
    expect(find(waiting, { asOf: '2026-12-18' })[0]?.details).toEqual({
      status: 'internetReview',
      since: '2026-12-02',
      days: 16,
    });
    expect(kinds(waiting, { asOf: '2026-12-17', stalledAfterDays: 14 })).toEqual(['stalled']);
    expect(kinds(waiting, { asOf: '2026-12-16', stalledAfterDays: 14 })).toEqual([]);
    expect(ANOMALY_DEFAULTS).toEqual({ stalledAfterDays: 15, burst: { windowDays: 7, threshold: 5 } });
  });
});

describe('findApprovalAnomalies: bursts (5.4.13)', () => {
  const filed = (days: readonly number[], area = 'Dirección de Planeación') =>
    days.flatMap((d, k) =>
      requestLog([], {
        form: { folio: `F-${area}-${k}`, requestedOn: '2026-11-01', area },
        at: `2026-11-${String(d).padStart(2, '0')}T10:00:00-06:00`,
      }),
    );
  const bursts = (logs: unknown, windowDays: number, threshold: number) =>
    find(logs, { asOf: '2026-11-30', burst: { windowDays, threshold } })
      .filter((a) => a.kind === 'burst')
      .map((a) => [a.subject, a.entries, a.details.from, a.details.to, a.details.requests]);

  it('reports two bursts apart as two, and windows that overlap as one (5.4.13)', () => {
    const logs = filed([1, 2, 3, 20, 21, 22]);
    expect(bursts(logs, 3, 3)).toEqual([
      ['Dirección de Planeación', [0, 1, 2], '2026-11-01', '2026-11-03', 3],
      ['Dirección de Planeación', [3, 4, 5], '2026-11-20', '2026-11-22', 3],
    ]);
    expect(bursts(logs, 2, 3)).toEqual([]);
    expect(bursts(filed([1, 2, 3, 4]), 3, 3)).toEqual([
      ['Dirección de Planeación', [0, 1, 2, 3], '2026-11-01', '2026-11-04', 4],
    ]);
  });

  it('orders an area’s requests by day whatever the order of the log, each area on its own (5.4.13)', () => {
    const logs = [...filed([5, 1, 3]), ...filed([1, 2], 'Otra Área')];
    expect(bursts(logs, 7, 3)).toEqual([
      ['Dirección de Planeación', [1, 2, 0], '2026-11-01', '2026-11-05', 3],
    ]);
    expect(bursts(logs, 7, 2).map((b) => b[0])).toEqual(['Dirección de Planeación', 'Otra Área']);
  });

  it('does not count a form without an area (5.4.13)', () => {
    const logs = filed([1, 2, 3]).map((e) => ({
      ...e,
      event: { ...(e.event as object), form: { ...form, area: '' } },
    }));
    expect(bursts(logs, 7, 2)).toEqual([]);
  });
});

describe('findApprovalAnomalies: refusals, never throwing (5.4.13)', () => {
  it('refuses a hand-made policy, bad options, and a log that is no array, without an index', () => {
    expect(findApprovalAnomalies(log, { asOf: ASOF }, {} as never)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
    for (const options of [
      { asOf: ASOF, stalledAfterDays: 0 },
      { asOf: ASOF, burst: { windowDays: 7, threshold: 1 } },
    ])
      expect(findApprovalAnomalies(log, options)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    const e = findApprovalAnomalies('log', { asOf: ASOF })._unsafeUnwrapErr();
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.details).not.toHaveProperty('index');
    expect(
      findApprovalAnomalies([log[0], { ...log[1], version: 0 }], { asOf: ASOF })._unsafeUnwrapErr().details,
    ).toMatchObject({ index: 1 });
  });

  it('refuses hostile input with INVALID_INPUT', () => {
    const throwing = Object.defineProperty({}, 'at', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(findApprovalAnomalies([throwing], { asOf: ASOF })._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });
});

describe('findApprovalAnomalies: more edges (5.4.13, 4.9, 5.4.6)', () => {
  const filedOn = (entries: readonly { day: number; folio: string }[]) =>
    entries.flatMap(({ day, folio }) =>
      requestLog([], {
        form: { folio, requestedOn: '2026-11-01' },
        at: `2026-11-${String(day).padStart(2, '0')}T10:00:00-06:00`,
      }),
    );

  it('finds a burst of five requests in seven days by default (5.4.13)', () => {
    const logs = filedOn([1, 2, 3, 4, 7].map((day, k) => ({ day, folio: `F-${k}` })));
    expect(kinds(logs, { asOf: '2026-11-08' })).toEqual(['burst']);
    const spread = filedOn([1, 2, 3, 4, 8].map((day, k) => ({ day, folio: `F-${k}` })));
    expect(kinds(spread, { asOf: '2026-11-09' })).toEqual([]);
  });

  it('merges windows that share a single request into one burst (5.4.13)', () => {
    const logs = filedOn([1, 2, 3, 5, 5].map((day, k) => ({ day, folio: `F-${k}` })));
    expect(
      find(logs, { asOf: '2026-11-06', burst: { windowDays: 3, threshold: 3 } }).map((a) => [
        a.kind,
        a.entries,
      ]),
    ).toEqual([['burst', [0, 1, 2, 3, 4]]]);
  });

  it('orders requests of the same day by their place in the log (5.4.13)', () => {
    const [a0, a1] = requestLog(FULL_PATH.slice(0, 1), { form: { folio: 'A' } });
    const [b0] = requestLog([], { form: { folio: 'B' } });
    // A's approval comes first, so A is read first, but B was filed earlier in the log.
    const logs = [a1, b0, a0];
    expect(
      find(logs, { asOf: '2026-12-03', burst: { windowDays: 7, threshold: 2 } })
        .filter((a) => a.kind === 'burst')
        .map((a) => a.entries),
    ).toEqual([[1, 2]]);
  });

  it('orders entries of the same version by their place in the log (8.1)', () => {
    const twin = { ...log[1]!, actor: { role: 'it-head', id: 'otro' } };
    expect(find([log[0], twin, log[1], ...log.slice(2)]).map((a) => [a.kind, a.entries])).toEqual([
      ['outOfOrder', [1, 2]],
    ]);
  });

  it('counts seats only when they are a number, and reads no form that is an array (4.9)', () => {
    expect(kinds(withEvent(1, { seatsInUse: '2' }))).toEqual([]);
    const arrayForm = Object.assign([], { area: 'Dirección de Planeación', user: form.user });
    const forged = withEvent(0, { form: arrayForm });
    forged[1] = { ...forged[1]!, event: { ...(forged[1]!.event as object), seatsInUse: 2 } } as never;
    expect(kinds(forged)).toEqual([]);
    const arrayUser = withEvent(0, { form: { ...form, user: Object.assign([], form.user) } });
    arrayUser[1] = {
      ...arrayUser[1]!,
      event: { ...(arrayUser[1]!.event as object), seatsInUse: 2 },
    } as never;
    expect(kinds(arrayUser)).toEqual([]);
    const arrayException = withEvent(1, {
      seatsInUse: 2,
      exception: Object.assign([], { reason: 'Guardia' }),
    });
    expect(kinds(arrayException)).toEqual(['seatExceptionWithoutReason']);
  });

  it('does not judge the username of a name 5.4.3 cannot read (5.4.6, F01)', () => {
    const forged = withEvent(0, {
      form: { ...form, user: { ...(form.user as object), fullName: 'P. A. Hernández' } },
    });
    forged[3] = { ...forged[3]!, event: { ...(forged[3]!.event as object), username: 'PERLA' } } as never;
    expect(kinds(forged)).toEqual([]);
  });

  it('refuses cyclic arguments before reading them (5.4.13)', () => {
    const c = cyclic({ asOf: ASOF });
    for (const r of [
      findApprovalAnomalies(log, c),
      findApprovalAnomalies([c], { asOf: ASOF }),
      findApprovalAnomalies(log, { asOf: ASOF }, c as never),
    ]) {
      expect(r._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
    }
  });

  it('bounds versions to whole numbers from 1 to a million (8.1)', () => {
    const version = (v: unknown) => findApprovalAnomalies([{ ...log[0], version: v }], { asOf: ASOF }).isOk();
    expect([version(1), version(1_000_000), version(0), version(1_000_001), version(1.5)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    const options = (o: object) => findApprovalAnomalies(log, { asOf: ASOF, ...o }).isOk();
    expect([
      options({ stalledAfterDays: 1 }),
      options({ burst: { windowDays: 1, threshold: 2 } }),
      options({ burst: { windowDays: 0, threshold: 2 } }),
    ]).toEqual([true, true, false]);
  });
});
