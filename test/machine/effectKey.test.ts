import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/effects/index.js';
import { openAccount, transitionAccount } from '../../src/lifecycle/index.js';
import { effectKey } from '../../src/machine/index.js';
import { createRequest } from '../../src/request/index.js';
import { BOSS, FORM } from '../arbitraries/request.js';

describe('effectKey (the idempotency key, unique across the library)', () => {
  it('stamps every effect with its machine, and keys it machine/subject/version/index (SPEC §10)', () => {
    const created = createRequest(FORM, '2026-11-30T09:00:00-06:00', BOSS)._unsafeUnwrap();
    const [notify] = created.effects;
    expect(notify?.machine).toBe('request');
    expect(notify && effectKey(notify)).toBe(`request/${FORM.folio}/1/0`);
  });

  it('keeps apart a request and an account that share an id (SPEC §10)', () => {
    const request = createRequest(FORM, '2026-11-30T09:00:00-06:00', BOSS)._unsafeUnwrap();
    const account = openAccount({
      id: FORM.folio,
      username: 'PERLAHL',
      department: 'Compras',
      createdOn: '2026-01-15',
    })._unsafeUnwrap();
    const suspended = transitionAccount(account, {
      type: 'SUSPEND',
      reason: 'investigation',
      until: null,
      at: '2026-11-30T09:00:00-06:00',
      actor: { role: 'it-head', id: 'ti-1' },
    })._unsafeUnwrap();
    // Same subject; the version and index the test picks to collide under the old key.
    const a = request.effects[0] as Effect;
    const b = { ...(suspended.effects[0] as Effect), version: 1, index: 0 } as Effect;
    expect(`${a.subject}/${a.version}/${a.index}`).toBe(`${b.subject}/${b.version}/${b.index}`);
    expect(b.machine).toBe('account');
    expect(effectKey(a)).not.toBe(effectKey(b));
  });

  const stamp = fc.record({
    machine: fc.constantFrom('request', 'account'),
    subject: fc.string({ maxLength: 8, unit: fc.constantFrom('a', '/', '1', '-') }),
    version: fc.nat({ max: 20 }),
    index: fc.nat({ max: 20 }),
  });

  // The second stamp is the first with some fields taken from another: near misses, often.
  const pair = fc
    .tuple(stamp, stamp, fc.subarray(['machine', 'subject', 'version', 'index'] as const))
    .map(
      ([x, other, changed]) =>
        [x, { ...x, ...Object.fromEntries(changed.map((k) => [k, other[k]])) }] as const,
    );

  test.prop([pair])('gives two effects the same key only when all four stamps agree (SPEC §10)', ([x, y]) => {
    const same =
      x.machine === y.machine && x.subject === y.subject && x.version === y.version && x.index === y.index;
    expect(effectKey(x) === effectKey(y)).toBe(same);
  });
});
