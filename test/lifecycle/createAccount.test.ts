import { describe, expect, it } from 'vitest';
import { createAccount, openAccount, replayAccount } from '../../src/lifecycle/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { accountRuns } from '../effects/_runs.js';

const INPUT = {
  id: 'cta-1',
  username: 'PERLAHL',
  department: 'Compras',
  createdOn: '2026-01-15',
  internet: true,
};
const OFFICER = { role: 'mail-officer', id: 'mov-2' } as const;

describe('createAccount and replayAccount(log) (8.1-9, SPEC §1)', () => {
  it('opens an account as a logged step: the state openAccount gives, and an OPEN entry from null (8.1-9)', () => {
    const t = createAccount(INPUT, OFFICER)._unsafeUnwrap();
    expect(t.state).toEqual(openAccount(INPUT)._unsafeUnwrap());
    expect(t.effects).toEqual([]);
    expect(t.log).toEqual({
      at: '2026-01-15T00:00:00.000-06:00',
      actor: OFFICER,
      subject: 'cta-1',
      version: 1,
      event: {
        type: 'OPEN',
        account: { ...INPUT, holder: 'staff', lastAccessOn: null, expiresOn: null },
      },
      from: null,
      to: 'active',
      clauses: ['8.1-9'],
    });
  });

  it('refuses what openAccount refuses and a malformed actor, every problem at once (4.10)', () => {
    const bad = createAccount({ ...INPUT, holder: 'external' }, { role: 'nobody', id: '' } as never);
    expect(bad._unsafeUnwrapErr().map((v) => v.code)).toEqual(
      expect.arrayContaining(['EXTERNAL_MUST_BE_TEMPORARY', 'INVALID_INPUT']),
    );
  });

  it('names the actor as the input a problem is in; walks every argument before reading it (SPEC §0)', () => {
    expect(createAccount(INPUT, { role: 'nobody', id: 'x' } as never)._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: { path: 'role', issue: 'invalid_value', issues: 'role: invalid_value', input: 'actor' },
      },
    ]);
    expect(createAccount(INPUT, cyclic(OFFICER) as never)._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });

  it('replays an account from its log alone, OPEN first, to the state the live calls gave (SPEC §1)', () => {
    const open = createAccount(INPUT, OFFICER)._unsafeUnwrap();
    for (const run of accountRuns()) {
      const log = JSON.parse(JSON.stringify([open.log, ...run.log]));
      expect(replayAccount(log)._unsafeUnwrap()).toEqual(run.states.at(-1));
      // The older form, first state apart, gives the same.
      expect(replayAccount(open.state, run.log)._unsafeUnwrap()).toEqual(run.states.at(-1));
    }
  });

  it('refuses a log that does not start with its OPEN entry, or whose OPEN does not match (SPEC §1)', () => {
    const open = createAccount(INPUT, OFFICER)._unsafeUnwrap();
    const [run] = accountRuns();
    expect(replayAccount(run?.log ?? [])._unsafeUnwrapErr().details).toMatchObject({ entry: 0 });
    expect(replayAccount([])._unsafeUnwrapErr().code).toBe('INVALID_LOG');
    const forged = { ...open.log, to: 'suspended' };
    expect(replayAccount([forged])._unsafeUnwrapErr().details).toMatchObject({ entry: 0 });
    const wrong = [open.log, { ...run?.log[1], version: 9 }];
    expect(replayAccount(wrong)._unsafeUnwrapErr().details).toMatchObject({ entry: 1 });
  });
});
