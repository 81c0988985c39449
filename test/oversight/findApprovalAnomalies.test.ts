import { describe, expect, expectTypeOf, it } from 'vitest';
import { findApprovalAnomalies, type RequestLogRecord } from '../../src/oversight/index.js';
import type { RequestLogEntry } from '../../src/request/log.js';
import { FULL_PATH, HEAD, OFFICER, requestLog } from './_log.js';

const ASOF = '2026-12-10';
const find = (logs: unknown, options: object = {}) =>
  findApprovalAnomalies(logs, { asOf: ASOF, ...options })._unsafeUnwrap().anomalies;
const kinds = (logs: unknown, options: object = {}) => find(logs, options).map((a) => a.kind);

describe('findApprovalAnomalies (5.4.13)', () => {
  it('reads the typed request log entries of the kit (RequestLogEntry) as they are', () => {
    expectTypeOf<RequestLogEntry>().toMatchTypeOf<RequestLogRecord>();
  });

  it('finds nothing in a request that went the procedure way (8.1)', () => {
    const r = findApprovalAnomalies(requestLog(FULL_PATH), { asOf: ASOF })._unsafeUnwrap();
    expect(r).toEqual({ asOf: ASOF, entries: 5, requests: 1, anomalies: [] });
  });

  it('reports the same person filing and approving, with both entries (5.3.5, segregation of duties)', () => {
    const log = requestLog([
      { ...FULL_PATH[0]!, actor: { role: 'it-head', id: 'jefe-7' } },
      ...FULL_PATH.slice(1),
    ]);
    expect(find(log)).toEqual([
      {
        kind: 'segregationOfDuties',
        clause: '5.3.5',
        subject: 'F01-2026-0001',
        entries: [0, 1],
        details: { actor: 'jefe-7', step: 'APPROVE' },
      },
    ]);
  });

  it('reports provisioning with no approval before it (8.1-4.B, 8.1-9)', () => {
    const log = requestLog(FULL_PATH);
    const forged = [log[0], { ...log[3]!, version: 2, from: 'submitted' }];
    const k = kinds(forged);
    expect(k).toContain('provisionedWithoutApproval');
    expect(k).toContain('outOfOrder');
    expect(find(forged).find((a) => a.kind === 'provisionedWithoutApproval')?.entries).toEqual([1]);
  });

  it('reports entries out of the procedure order: a gap, a repeat, a wrong from (8.1)', () => {
    const log = requestLog(FULL_PATH);
    expect(kinds([log[0], log[1], log[3], log[4]])).toEqual(['outOfOrder']);
    expect(kinds([log[0], log[1], log[1], log[2], log[3], log[4]])).toEqual(['outOfOrder']);
    expect(kinds([log[1], log[2], log[3], log[4]])).toEqual(['outOfOrder']);
    // entries given in any order are read by version
    expect(kinds([log[4], log[2], log[0], log[3], log[1]])).toEqual([]);
  });

  it('reports internet authorized with the exits at the cap (4.13, 8.1-6)', () => {
    const log = requestLog(FULL_PATH);
    const e = log[2]!;
    const forged: object[] = [...log];
    forged[2] = { ...e, event: { ...(e.event as object), exitsInUse: 2 } };
    expect(find(forged)).toEqual([
      {
        kind: 'exitOverCap',
        clause: '4.13',
        subject: 'F01-2026-0001',
        entries: [2],
        details: { exitsInUse: 2, cap: 2 },
      },
    ]);
  });

  it('reports a seat granted at the cap with no reason, not one with an exception (4.9, 8.1-4.B)', () => {
    const log = requestLog(FULL_PATH);
    const e = log[1]!;
    const at = (event: object) => {
      const forged: object[] = [...log];
      forged[1] = { ...e, event: { ...(e.event as object), seatsInUse: 2, ...event } };
      return kinds(forged);
    };
    expect(at({})).toEqual(['seatExceptionWithoutReason']);
    expect(at({ exception: { reason: '  ' } })).toEqual(['seatExceptionWithoutReason']);
    expect(
      kinds(
        requestLog([
          { ...FULL_PATH[0]!, seatsInUse: 2, exception: { reason: 'Guardia' } },
          ...FULL_PATH.slice(1),
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a provisioned username that 5.4.3 does not give the person (5.4.3, 5.4.6)', () => {
    const log = requestLog(FULL_PATH);
    const forged: object[] = [...log];
    forged[3] = { ...log[3]!, event: { ...(log[3]!.event as object), username: 'PERLA' } };
    const [a] = find(forged);
    expect(a).toMatchObject({ kind: 'usernameNotConforming', clause: '5.4.6', entries: [0, 3] });
    expect(a?.details.expected).toContain('PERLAHL');
  });

  it('reports a request stalled past the configured days in one status (8.1)', () => {
    const log = requestLog(FULL_PATH.slice(0, 1));
    expect(kinds(log, { asOf: '2026-12-17' })).toEqual([]);
    expect(find(log, { asOf: '2026-12-18' })).toEqual([
      {
        kind: 'stalled',
        clause: '8.1',
        subject: 'F01-2026-0001',
        entries: [1],
        details: { status: 'internetReview', since: '2026-12-02', days: 16 },
      },
    ]);
    expect(kinds(log, { asOf: '2026-12-18', stalledAfterDays: 30 })).toEqual([]);
    expect(kinds(requestLog(FULL_PATH), { asOf: '2027-12-18' })).toEqual([]);
  });

  it('reports a burst of requests from one area once, with its entries (5.4.13)', () => {
    const logs = [];
    for (let d = 1; d <= 6; d++) {
      logs.push(
        ...requestLog([], {
          form: { folio: `F-${d}`, requestedOn: `2026-11-0${d}` },
          at: `2026-11-0${d}T10:00:00-06:00`,
        }),
      );
    }
    const options = { asOf: '2026-11-10', burst: { windowDays: 7, threshold: 5 } };
    expect(find(logs, options)).toEqual([
      {
        kind: 'burst',
        clause: '5.4.13',
        subject: 'Dirección de Planeación',
        entries: [0, 1, 2, 3, 4, 5],
        details: { requests: 6, from: '2026-11-01', to: '2026-11-06', windowDays: 7, threshold: 5 },
      },
    ]);
    expect(kinds(logs, { ...options, burst: { windowDays: 7, threshold: 6 } })).toEqual(['burst']);
    expect(kinds(logs, { ...options, burst: { windowDays: 7, threshold: 7 } })).toEqual([]);
    expect(kinds(logs, { ...options, burst: { windowDays: 3, threshold: 5 } })).toEqual([]);
  });

  it('refuses a malformed log with the index of the entry, and bad options (5.4.13)', () => {
    const log = requestLog(FULL_PATH);
    const bad = findApprovalAnomalies([log[0], { ...log[1], version: 'two' }], { asOf: ASOF });
    expect(bad._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_INPUT', details: { index: 1 } });
    expect(findApprovalAnomalies(log, { asOf: '2026-13-01' }).isErr()).toBe(true);
    expect(findApprovalAnomalies(log, { asOf: ASOF, stalledAfterDays: 'x' }).isErr()).toBe(true);
    expect(findApprovalAnomalies(null, null).isErr()).toBe(true);
    void HEAD;
    void OFFICER;
  });
});
