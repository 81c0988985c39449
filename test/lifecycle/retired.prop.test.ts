import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { advanceAccount, openAccount, transitionAccount } from '../../src/lifecycle/index.js';
import { generateUsername } from '../../src/names/index.js';
import { lifeArb } from '../arbitraries/account.js';

// The holders of the arbitrary's usernames, so that their names produce them (5.4.3).
const HOLDERS: Record<string, string> = {
  PERLAHL: 'Perla Adriana Hernández Leal',
  SOLEDADRT: 'María Soledad Ramírez Trejo',
  CARLOSPJ: 'José Carlos Pérez Juárez',
  JUANAIP: 'Juana Inés Pérez',
  PATRICIAAL: 'Patricia Alvarado',
  ALEJANDROHN: 'Alejandro Hernández Núñez',
};

describe('a username cancelled for inactivity is never created again (4.19)', () => {
  test.prop([fc.array(lifeArb, { minLength: 1, maxLength: 4 })])(
    'generateUsername never proposes a retired username when the retired ones are passed as taken',
    (lives) => {
      const retired = new Set<string>();
      for (const life of lives) {
        for (const a of life.applied) {
          for (const e of a.effects) if (e.type === 'RETIRE_USERNAME') retired.add(e.username);
          // Retired exactly when cancelled for inactivity, and only then.
          const retires = a.effects.some((e) => e.type === 'RETIRE_USERNAME');
          expect(retires).toBe(
            a.after.status === 'cancelled' && a.after.cancellation?.cause === 'inactivity',
          );
        }
      }
      for (const username of retired) {
        const name = HOLDERS[username] as string;
        const proposal = generateUsername(name, retired);
        if (proposal.isOk()) expect(retired.has(proposal.value.username)).toBe(false);
        else expect(proposal.error.code).toBe('NO_USERNAME_AVAILABLE');
        // Without the retired list the same name would have produced it again.
        expect(
          generateUsername(name, new Set())._unsafeUnwrap().username === username || username === 'AHILARION',
        ).toBe(true);
      }
    },
  );

  it('retires PERLAHL after an inactivity cancellation, and the next Perla Adriana Hernández Leal gets PHERNANDEZL (4.19, 5.4.3)', () => {
    const opened = openAccount({
      id: 'a',
      username: 'PERLAHL',
      department: 'Compras',
      createdOn: '2026-01-15',
      lastAccessOn: '2026-11-30',
    })._unsafeUnwrap();
    const q = transitionAccount(opened, {
      type: 'OPEN_INACTIVITY_INQUIRY',
      at: '2027-03-01T10:00:00-06:00',
      actor: { role: 'mail-officer', id: 'm' },
    })._unsafeUnwrap();
    const n = transitionAccount(q.state, {
      type: 'REQUEST_CANCELLATION',
      at: '2027-03-03T10:00:00-06:00',
      actor: { role: 'direct-boss', id: 'j' },
    })._unsafeUnwrap();
    const done = advanceAccount(n.state, '2027-03-21')._unsafeUnwrap();
    const retired = new Set(done.effects.filter((e) => e.type === 'RETIRE_USERNAME').map((e) => e.username));
    expect([...retired]).toEqual(['PERLAHL']);
    expect(generateUsername('Perla Adriana Hernández Leal', retired)._unsafeUnwrap()).toMatchObject({
      username: 'PHERNANDEZL',
      rule: 'collision',
    });
  });
});
