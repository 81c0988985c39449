import { describe, expect, it } from 'vitest';
import { accountIdFor, openAccountFromRequest } from '../../src/effects/index.js';
import { replayAccount } from '../../src/lifecycle/index.js';
import { effectKey } from '../../src/machine/index.js';
import { form } from '../arbitraries/request.js';
import { requestRun, requestRuns } from './_runs.js';

const creation = () => {
  const run = requestRun();
  const mailbox = run.effects.find((e) => e.type === 'CREATE_MAILBOX');
  if (mailbox === undefined) throw new Error('no CREATE_MAILBOX');
  return { run, completed: run.states.at(-1), mailbox };
};
const paths = (r: ReturnType<typeof openAccountFromRequest>) =>
  r._unsafeUnwrapErr().map((v) => v.details?.path);

describe('the account a request creates (8.1-9, 8.2-6)', () => {
  it('takes its id from the folio; a transfer creates none (8.1-9, 8.2-6)', () => {
    const { completed } = creation();
    expect(completed && accountIdFor(completed)).toBe(completed?.id);
    const transfer = requestRun(form({ kind: 'transfer', previousArea: 'Compras' })).states.at(-1);
    expect(transfer && accountIdFor(transfer)).toBeNull();
  });

  it('opens it from the completed request and its CREATE_MAILBOX, logged, replayable alone (8.1-9)', () => {
    const { completed, mailbox } = creation();
    const t = openAccountFromRequest(JSON.parse(JSON.stringify(completed)), mailbox)._unsafeUnwrap();
    expect(t.state).toMatchObject({
      id: completed?.id,
      status: 'active',
      username: 'PERLAHL',
      department: completed?.form.user.department,
      internet: true,
      version: 1,
    });
    expect(t.log.actor).toEqual({ role: 'system', id: effectKey(mailbox) });
    expect(replayAccount([t.log])._unsafeUnwrap()).toEqual(t.state);
  });

  it('refuses another request’s effect, a stale username, a transfer, every problem at once (8.1-9, 8.2-6)', () => {
    const { completed, mailbox } = creation();
    expect(paths(openAccountFromRequest(completed, { ...mailbox, subject: 'OTRO' }))).toEqual([
      'effect.subject',
    ]);
    expect(paths(openAccountFromRequest(completed, { ...mailbox, username: 'PERLAHX' }))).toEqual([
      'effect.username',
    ]);
    const [, transfer] = requestRuns();
    const issue = transfer?.effects.find((e) => e.type === 'ISSUE_RESGUARDO');
    expect(paths(openAccountFromRequest(transfer?.states.at(-1), issue))).toEqual(
      expect.arrayContaining(['effect.type', 'request.form.kind']),
    );
    expect(paths(openAccountFromRequest({}, null))).toEqual(expect.arrayContaining(['request.id', 'effect']));
  });
});
