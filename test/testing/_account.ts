// The account the kit's tests store and replay: opened on 2026-11-30, then used on given days.
import { type AccountState, openAccount, transitionAccount } from '../../src/lifecycle/index.js';

export const openedAccount = (id = 'a1'): AccountState =>
  openAccount({ id, username: 'PERLAHL', department: 'Compras', createdOn: '2026-11-30' })._unsafeUnwrap();

/** The account's RECORD_ACCESS on `day` (at 09:00 in Querétaro), its state and log entry. */
export const accessOn = (state: AccountState, day: string) =>
  transitionAccount(state, {
    type: 'RECORD_ACCESS',
    at: `${day}T09:00:00-06:00`,
    actor: { role: 'system', id: 'mail' },
    on: day,
  })._unsafeUnwrap();
