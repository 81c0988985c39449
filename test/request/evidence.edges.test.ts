import { describe, expect, it } from 'vitest';
import { isEarlier } from '../../src/request/_evidence.js';
import { isRequestState } from '../../src/request/_isRequestState.js';
import { parseRequestState, type RequestEvent, type RequestState } from '../../src/request/index.js';
import { at, BOSS, form, HELPDESK, IT_HEAD, OFFICER, UNIT_IT } from '../arbitraries/request.js';
import { AUTHORIZE, created, DENY, PROVISION, SIGNED, step } from './_evidenceEvents.js';

// The evidence rules of src/request/_evidence.ts at their edges: each breach named by its path
// AND its reason (what parseRequestState tells the caller), each boundary on both sides.

type Obj = Record<string, unknown>;
const APPROVE: RequestEvent = { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD };
const approved = (): RequestState => step(created(), APPROVE);
const ready = (): RequestState => step(approved(), AUTHORIZE);
const provisioned = (): RequestState => step(ready(), PROVISION);
const completed = (): RequestState => step(provisioned(), SIGNED);
const internetOnly = (): RequestState => created(form({ mailbox: false }));

/** What parseRequestState says of `x` (`path: why`, [] when accepted); the twin must agree. */
function issues(x: unknown): string[] {
  const json = JSON.parse(JSON.stringify(x));
  const r = parseRequestState(json);
  expect(isRequestState(JSON.parse(JSON.stringify(x)))).toBe(r.isOk());
  return r.match(
    () => [],
    (vs) => vs.map((v) => `${v.details?.path}: ${v.details?.message}`),
  );
}
const without = (s: RequestState | Obj, ...keys: string[]): Obj => {
  const copy: Obj = { ...s };
  for (const k of keys) delete copy[k];
  return copy;
};

describe('the evidence rules name each breach and why (issue 12)', () => {
  it('approval: required after APPROVE, not before it, the IT head’s (8.1-4.B)', () => {
    expect(issues(without(ready(), 'approval'))).toEqual([
      'approval: required after APPROVE',
      'internetDecision: not before APPROVE',
    ]);
    expect(issues({ ...created(), approval: approved().approval, updatedAt: at(1) })).toEqual([
      'approval: not before APPROVE',
    ]);
    expect(issues({ ...approved(), approval: { ...approved().approval, actor: OFFICER } })).toEqual([
      'approval.actor.role: the IT head’s',
    ]);
    // The request's day starts at 2026-11-29T10:00Z in the first zone on Earth (UTC+14).
    const approvedAt = (t: string) => ({ ...approved(), approval: { ...approved().approval, at: t } });
    expect(issues(approvedAt('2026-11-29T09:59:59Z'))).toEqual(['approval.at: not before requestedOn']);
    expect(issues(approvedAt('2026-11-29T03:59:59-06:00'))).toEqual(['approval.at: not before requestedOn']);
    expect(issues(approvedAt('2026-11-29T10:00:00Z'))).toEqual([]);
    expect(issues(approvedAt('2026-11-29T04:00:00-06:00'))).toEqual([]);
  });

  it('approval: required in every status after APPROVE, also with no other evidence to miss (8.1-4.B)', () => {
    // A request for a mailbox alone: no internet decision to give the missing approval away.
    const mailboxOnly = created(form({ internet: { requested: false } }));
    const r = step(mailboxOnly, APPROVE);
    const p = step(r, PROVISION);
    const c = step(p, SIGNED);
    for (const s of [r, p, c])
      expect(issues(without(s, 'approval'))).toEqual(['approval: required after APPROVE']);
    expect(issues(without(approved(), 'approval'))).toEqual(['approval: required after APPROVE']);
  });

  it('an approval written on a later day in a far-west offset is not before the request (8.1-4.B)', () => {
    // 2026-12-01T00:30-12:00 is on the request's day in the east, but written on a later day:
    // never before the request's day.
    const s = approved();
    const late = {
      ...s,
      approval: { ...s.approval, at: '2026-12-01T00:30:00-12:00' },
      updatedAt: '2026-12-01T00:30:00-12:00',
    };
    expect(issues(late)).toEqual([]);
  });

  it('the seat exception: only at the seat cap, and required there, for a mailbox alone (4.9)', () => {
    const a = approved();
    expect(issues({ ...a, seatException: { reason: 'contingencia' } })).toEqual([
      'seatException: only at the seat cap (4.9)',
    ]);
    expect(issues({ ...a, approval: { ...a.approval, seatsInUse: 2 } })).toEqual([
      'seatException: required at the seat cap (4.9)',
    ]);
    expect(issues({ ...a, approval: { ...a.approval, seatsInUse: 1 } })).toEqual([]);
    // A request for internet alone takes no seat (4.11): no exception at any count, none allowed.
    const only = step(internetOnly(), { ...APPROVE, seatsInUse: 7 });
    expect(only.approval?.seatsInUse).toBe(7);
    expect(issues(only)).toEqual([]);
    expect(issues({ ...only, seatException: { reason: 'contingencia' } })).toEqual([
      'seatException: only at the seat cap (4.9)',
    ]);
  });

  it('internetReview only for a request that asked for internet (8.1-4.B)', () => {
    const s = step(created(form({ internet: { requested: false } })), APPROVE);
    expect(issues({ ...s, status: 'internetReview' })).toEqual([
      'status: internetReview without internet requested',
    ]);
  });

  it('the internet decision: exactly when decided, after the approval, the IT head’s (8.1-7)', () => {
    const r = ready();
    expect(issues(without(r, 'internetDecision'))).toEqual([
      'internetDecision: exactly when internet is decided',
    ]);
    const uncounted = { at: at(2), actor: IT_HEAD };
    expect(issues({ ...approved(), internetDecision: uncounted, updatedAt: at(2) })).toEqual([
      'internetDecision: exactly when internet is decided',
    ]);
    expect(issues({ ...r, internetDecision: { ...r.internetDecision, actor: OFFICER } })).toEqual([
      'internetDecision.actor.role: the IT head’s',
    ]);
  });

  it('an authorization has both counts and is under the exit cap; a denial has none (4.13, 8.1-7)', () => {
    const r = ready();
    const d = r.internetDecision as Obj;
    expect(issues({ ...r, internetDecision: without(d, 'exitCap') })).toEqual([
      'internetDecision: an authorization has its counts (4.13)',
    ]);
    expect(issues({ ...r, internetDecision: without(d, 'exitsInUse') })).toEqual([
      'internetDecision: an authorization has its counts (4.13)',
    ]);
    expect(issues({ ...r, internetDecision: { ...d, exitsInUse: 2 } })).toEqual([
      'internetDecision.exitsInUse: under the exit cap (4.13)',
    ]);
    expect(issues({ ...r, internetDecision: { ...d, exitsInUse: 1 } })).toEqual([]);
    const denied = step(approved(), DENY);
    const nd = denied.internetDecision as Obj;
    expect(issues({ ...denied, internetDecision: { ...nd, exitCap: 2 } })).toEqual([
      'internetDecision: a denial has no counts',
    ]);
    expect(issues({ ...denied, internetDecision: { ...nd, exitsInUse: 0 } })).toEqual([
      'internetDecision: a denial has no counts',
    ]);
  });

  it('an observation exactly when internet is denied (8.1-7.B)', () => {
    expect(issues(without(step(approved(), DENY), 'observation'))).toEqual([
      'observation: exactly when denied (8.1-7.B)',
    ]);
    expect(issues({ ...ready(), observation: 'x' })).toEqual(['observation: exactly when denied (8.1-7.B)']);
  });

  it('provisioning and capacity exactly once provisioned, by the mail officer (8.1-9, 4.14)', () => {
    const p = provisioned();
    expect(issues(without(p, 'provisioning'))).toEqual(['provisioning: exactly once provisioned']);
    expect(issues({ ...p, provisioning: { ...p.provisioning, actor: HELPDESK } })).toEqual([
      'provisioning.actor.role: the mail officer’s',
    ]);
    expect(issues(without(p, 'capacityMb'))).toEqual([
      'capacityMb: exactly once a mailbox is provisioned (4.14)',
    ]);
    // Internet alone provisions no mailbox: no capacity.
    const { capacityMb: _c, ...noCapacity } = PROVISION as Obj;
    const only = step(step(step(internetOnly(), APPROVE), AUTHORIZE), noCapacity as RequestEvent);
    expect(only.status).toBe('awaitingResguardo');
    expect(only.capacityMb).toBeUndefined();
    expect(issues(only)).toEqual([]);
    expect(issues({ ...only, capacityMb: 2048 })).toEqual([
      'capacityMb: exactly once a mailbox is provisioned (4.14)',
    ]);
  });

  it('the resguardo: exactly when completed, signed by helpdesk, unit IT or the mail officer (8.1-12, 8.1-13)', () => {
    const c = completed();
    expect(issues(without(c, 'resguardoSigned'))).toEqual(['resguardoSigned: exactly when completed']);
    for (const actor of [HELPDESK, UNIT_IT, OFFICER]) {
      expect(issues({ ...c, resguardoSigned: { at: at(4), actor } })).toEqual([]);
    }
    expect(issues({ ...c, resguardoSigned: { at: at(4), actor: IT_HEAD } })).toEqual([
      'resguardoSigned.actor.role: helpdesk, unit-it or mail-officer',
    ]);
  });

  it('a reason only when rejected or withdrawn; a rejection’s unless internet alone was denied (8.1-4.A)', () => {
    expect(issues({ ...ready(), reason: 'x' })).toEqual(['reason: only when rejected or withdrawn']);
    const withdrawn = step(approved(), {
      type: 'WITHDRAW',
      reason: 'ya no se requiere',
      at: at(2),
      actor: BOSS,
    });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', reason: 'ya no se requiere' });
    expect(issues(withdrawn)).toEqual([]);
    const rejected = step(created(), { type: 'REJECT', reason: 'No procede', at: at(1), actor: IT_HEAD });
    expect(issues(without(rejected, 'reason'))).toEqual(['reason: a rejection’s (8.1-4.A)']);
    // Internet alone, denied: the request ends rejected by the denial, with its observation.
    const denied = step(step(internetOnly(), APPROVE), DENY);
    expect(denied).toMatchObject({ status: 'rejected', internet: 'denied' });
    expect(denied.reason).toBeUndefined();
    expect(issues(denied)).toEqual([]);
    expect(issues({ ...denied, reason: 'x' })).toEqual(['reason: a rejection’s (8.1-4.A)']);
  });

  it('each step not before the one it follows, updatedAt the latest (SPEC §1)', () => {
    const c = completed();
    // The decision before the approval; the provisioning before the decision (after the
    // approval); the signature before the provisioning (after the decision).
    expect(
      issues({ ...c, internetDecision: { ...c.internetDecision, at: '2026-11-30T09:00:30-06:00' } }),
    ).toEqual(['internetDecision.at: not before the step before']);
    expect(issues({ ...c, provisioning: { ...c.provisioning, at: at(1) } })).toEqual([
      'provisioning.at: not before the step before',
    ]);
    expect(issues({ ...c, resguardoSigned: { ...c.resguardoSigned, at: at(2) } })).toEqual([
      'resguardoSigned.at: not before the step before',
    ]);
    // Equal instants are in order.
    expect(
      issues({
        ...c,
        internetDecision: { ...c.internetDecision, at: at(1) },
        provisioning: { ...c.provisioning, at: at(1) },
        resguardoSigned: { ...c.resguardoSigned, at: at(1) },
        updatedAt: at(1),
      }),
    ).toEqual([]);
    expect(issues({ ...c, updatedAt: at(3) })).toEqual(['updatedAt: not before the last step']);
    expect(issues(without(c, 'updatedAt'))).toEqual(['updatedAt: required after APPROVE']);
    // A signature with no step before it is checked against none.
    const mailboxOnly = step(
      step(step(created(form({ internet: { requested: false } })), APPROVE), PROVISION),
      SIGNED,
    );
    expect(issues(without(mailboxOnly, 'approval', 'provisioning'))).toEqual([
      'approval: required after APPROVE',
      'provisioning: exactly once provisioned',
    ]);
    // Without the steps before it, a step is checked against the last one there is.
    expect(issues({ ...without(c, 'approval', 'internetDecision') })).toEqual([
      'approval: required after APPROVE',
      'internetDecision: exactly when internet is decided',
    ]);
  });
});

describe('isEarlier, with and without parsing (SPEC §1)', () => {
  it('an instant is not earlier than itself, in any layout', () => {
    for (const t of [
      '2026-11-30T09:00:00Z',
      '2026-11-30T09:00:00-06:00',
      '2026-11-30T09:00-0600',
      '2026-11-30T09:00:00.5+05:30',
    ]) {
      expect(isEarlier(t, t)).toBe(false);
    }
  });

  it('compares the text only when both layouts are the same', () => {
    // The same length, both `Z`, or the same offset: the text decides.
    expect([
      isEarlier('2026-11-30T09:00:00Z', '2026-11-30T09:00:01Z'),
      isEarlier('2026-11-30T09:00:01Z', '2026-11-30T09:00:00Z'),
    ]).toEqual([true, false]);
    expect([
      isEarlier('2026-11-30T09:00-06:00', '2026-11-30T09:01-06:00'),
      isEarlier('2026-11-30T09:01-06:00', '2026-11-30T09:00-06:00'),
    ]).toEqual([true, false]);
    // Both `Z`, another length: the same moment, whose text sorts either way.
    expect([
      isEarlier('2026-11-30T09:00Z', '2026-11-30T09:00:00Z'),
      isEarlier('2026-11-30T09:00:00Z', '2026-11-30T09:00Z'),
    ]).toEqual([false, false]);
    // The same length, `Z` against an offset (the fraction makes up the length).
    const zulu = '2026-11-30T15:00:00.5Z';
    const local = '2026-11-30T09:00-06:00';
    expect(zulu.length).toBe(local.length);
    expect([isEarlier(zulu, local), isEarlier(local, zulu)]).toEqual([false, true]);
    // The same length, `Z` against an offset, the text sorting against the moments: only one
    // layout is `Z`, so the instants are parsed (14:00:00.5Z is before 09:00-06:00, 15:00Z).
    const early = '2026-11-30T14:00:00.5Z';
    expect(early.length).toBe(local.length);
    expect([isEarlier(early, local), isEarlier(local, early)]).toEqual([true, false]);
    // The same length and last character, another offset.
    const east = '2026-11-30T20:00:00+10:00';
    const west = '2026-11-30T09:00:00-06:00';
    expect([isEarlier(east, west), isEarlier(west, east)]).toEqual([true, false]);
    // Another length, the same moment in two offsets.
    expect([
      isEarlier('2026-11-30T15:00Z', '2026-11-30T09:00:00-06:00'),
      isEarlier('2026-11-30T09:00:00-06:00', '2026-11-30T15:00Z'),
    ]).toEqual([false, false]);
  });
});
