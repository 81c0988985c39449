import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareInstants } from '../../src/_internal/instant.js';
import { isEarlier } from '../../src/request/_evidence.js';
import { isRequestState } from '../../src/request/_isRequestState.js';
import { parseRequestState, type RequestState, type RequestStatus } from '../../src/request/index.js';
import { requestHistoryArb } from '../../src/testing/request.js';
import { runs } from '../_runs.js';

type Obj = Record<string, unknown>;
const copy = (s: RequestState): Obj => JSON.parse(JSON.stringify(s)) as Obj;

/** Both readers: the schema (parseRequestState) and its hand-written twin. */
function accepted(x: Obj): boolean {
  const schema = parseRequestState(x).isOk();
  expect(isRequestState(x)).toBe(schema);
  return schema;
}

const histories = requestHistoryArb({
  seatsInUse: fc.integer({ min: 0, max: 4 }),
  exitsInUse: fc.integer({ min: 0, max: 3 }),
});

/** The main path of 8.1; a status moved forward along it skips a step. */
const PATH: readonly RequestStatus[] = [
  'submitted',
  'internetReview',
  'readyToProvision',
  'awaitingResguardo',
  'completed',
];
const EVIDENCE = ['approval', 'internetDecision', 'provisioning', 'resguardoSigned'] as const;

describe('request states: only reachable ones are accepted (issue 12)', () => {
  test.prop([histories])(
    'accepts every state the machine produces, and its JSON, by the schema and the twin (8.1)',
    (h) => {
      for (const s of h.states) {
        expect(parseRequestState(copy(s))._unsafeUnwrap()).toEqual(s);
        expect(isRequestState(s)).toBe(true);
        expect(isRequestState(copy(s))).toBe(true);
      }
    },
  );

  test.prop([histories, fc.nat(), fc.integer({ min: 1, max: 4 })])(
    'refuses a state whose status is moved forward with everything but the evidence of the skipped step (8.1-4.B, 8.1-7, 8.1-9, 8.1-13)',
    (h, pick, ahead) => {
      const s = h.states[pick % h.states.length] as RequestState;
      const from = PATH.indexOf(s.status);
      fc.pre(from >= 0 && from + ahead < PATH.length);
      const to = PATH[from + ahead] as RequestStatus;
      fc.pre(to !== 'internetReview' || s.form.internet.requested);
      const forged: Obj = { ...copy(s), status: to };
      // What the status needs besides evidence, so that only the evidence is missing.
      if (to !== 'internetReview' && s.form.internet.requested && s.internet === 'pending') {
        forged.internet = 'authorized';
      }
      if (to === 'awaitingResguardo' || to === 'completed') {
        forged.username = 'PERLAHL';
        if (s.form.mailbox !== false) forged.capacityMb = 2048;
      }
      expect(accepted(forged)).toBe(false);
    },
  );

  test.prop([histories, fc.constantFrom(...EVIDENCE)])(
    'refuses a state with one step’s evidence removed (8.1-4.B, 8.1-7, 8.1-9, 8.1-13)',
    (h, key) => {
      const s = h.state;
      // A request withdrawn under internet review is, without its approval, one withdrawn
      // before it: both are reachable.
      fc.pre(s[key] !== undefined && !(key === 'approval' && s.status === 'withdrawn'));
      const forged = copy(s);
      delete forged[key];
      expect(accepted(forged)).toBe(false);
    },
  );

  test.prop([histories, fc.integer({ min: 0, max: 3 })])(
    'refuses a mailbox approved at or over the seat cap with no exception recorded (4.9)',
    (h, over) => {
      const s = h.state;
      fc.pre(s.approval !== undefined && s.form.mailbox !== false);
      const forged = copy(s);
      delete forged.seatException;
      forged.approval = { ...s.approval, seatsInUse: (s.approval?.seatCap ?? 0) + over };
      expect(accepted(forged)).toBe(false);
    },
  );

  test.prop([histories, fc.integer({ min: 0, max: 3 })])(
    'refuses internet authorized at or over the exit cap (4.13, 8.1-7.A)',
    (h, over) => {
      const s = h.state;
      const d = s.internetDecision;
      fc.pre(s.internet === 'authorized' && d !== undefined);
      const forged = copy(s);
      forged.internetDecision = { ...d, exitsInUse: (d?.exitCap ?? 0) + over };
      expect(accepted(forged)).toBe(false);
    },
  );
});

const two = (n: number) => String(n).padStart(2, '0');
/** Instants a few hours apart in every layout an Instant may have: seconds, fractions, offsets. */
const instantArb = fc
  .record({
    day: fc.integer({ min: 28, max: 30 }),
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.constantFrom(0, 30, 59),
    s: fc.constantFrom('', ':00', ':59', ':00.5', ':00.123', ':59.999999999'),
    offset: fc.constantFrom('Z', '-06:00', '+14:00', '-0600', '+00:00', '-00:00', '+05:30', '-12:00'),
  })
  .map(({ day, h, m, s, offset }) => `2026-11-${two(day)}T${two(h)}:${two(m)}${s}${offset}`);

describe('the stamps’ order (issue 12)', () => {
  it('parses instants of the same length in different layouts (SPEC §1)', () => {
    const z = '2026-11-30T09:00:00.123Z';
    const local = '2026-11-30T09:00:00-0600';
    expect(z.length).toBe(local.length);
    expect([isEarlier(z, local), isEarlier(local, z)]).toEqual([true, false]);
  });

  test.prop([instantArb, instantArb], { numRuns: runs(5000) })(
    'isEarlier() orders instants as their moments, with or without parsing (SPEC §1)',
    (a, b) => {
      expect(isEarlier(a, b)).toBe(compareInstants(a, b) < 0);
    },
  );
});
