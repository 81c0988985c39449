import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateUsername } from '../../src/names/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import { liveRequest, nextRequestEvent, validFormArb } from '../../src/testing/index.js';
import { planFor } from './_plan.js';

// A form whose F01 carries the name's parts: the parts rule (SPEC §12), so the officer's
// username is the one 5.4.3 gives from them, not from a reading of the full name.

const [base] = fc.sample(validFormArb({ kinds: ['creation'] }), { seed: 1, numRuns: 1 }) as [
  AccountRequestForm,
];
const parts = { givenNames: 'Juan', paternalSurname: 'Pérez de Soto', maternalSurname: 'Leal' };
const form: AccountRequestForm = {
  ...base,
  user: { ...base.user, fullName: 'Juan Pérez de Soto Leal', ...parts },
};
const plan = planFor(form);

describe('a plan for a form with the name’s parts provisions the username of the parts (5.4.3, SPEC §12)', () => {
  const fromParts = generateUsername(parts, new Set())._unsafeUnwrap().username;

  test('the free-text reading of the full name gives another username, so the case tells them apart', () => {
    expect(generateUsername(form.user.fullName, new Set())._unsafeUnwrap().username).not.toBe(fromParts);
  });

  test('nextRequestEvent names the username 5.4.3 gives from the parts (5.4.3)', () => {
    const ready = liveRequest({ ...plan, steps: 2 })._unsafeUnwrap().state;
    expect(ready.status).toBe('readyToProvision');
    const e = nextRequestEvent(
      ready,
      plan,
      { seatsInUse: 0, exitsInUse: 0, taken: new Set() },
      '2026-12-01T10:00:00-06:00',
    );
    expect(e).toMatchObject({ type: 'PROVISION', username: fromParts });
  });

  test('liveRequest runs the plan to completed, every step accepted (8.1-13)', () => {
    const h = liveRequest(plan)._unsafeUnwrap();
    expect(h.state.status).toBe('completed');
    expect(h.events.find((e) => e.type === 'PROVISION')).toMatchObject({ username: fromParts });
  });
});
