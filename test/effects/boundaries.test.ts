import { describe, expect, it } from 'vitest';
import {
  accountIdFor,
  dispatchEffect,
  dispatchEffects,
  dispatchEffectsAsync,
  type Effect,
  openAccountFromRequest,
  parseEffect,
} from '../../src/effects/index.js';
import { cyclic } from '../_hostile.js';
import { form } from '../arbitraries/request.js';
import { accountRuns, requestRun, requestRuns } from './_runs.js';

// Written from the survivors of `MUTATE=effects npx stryker run` (issue 12): each test pins a
// behaviour a mutant changed without any other test noticing.

const all = (): Effect[] => [...requestRuns(), ...accountRuns()].flatMap((r) => r.effects);
const anyEffect = (): Effect => all()[0] as Effect;
// Every refusal here is INVALID_INPUT: the code is checked with the details.
const details = (r: { _unsafeUnwrapErr(): { code: string; details?: unknown }[] }) =>
  r._unsafeUnwrapErr().map((v) => {
    expect(v.code).toBe('INVALID_INPUT');
    return v.details;
  });

describe('dispatching from untyped code calls nothing it should not (SPEC §11)', () => {
  const h = { NOTIFY: () => 'notified' } as never;

  it('gives [] for effects that are not a list, sync and async', async () => {
    expect(dispatchEffects(null as never, h)).toEqual([]);
    expect(dispatchEffects({ length: 1, 0: anyEffect() } as never, h)).toEqual([]);
    expect(await dispatchEffectsAsync(null as never, h)).toEqual([]);
    expect(await dispatchEffectsAsync('NOTIFY' as never, h)).toEqual([]);
  });

  it('gives undefined for a non-effect, a non-string type, no handlers, a non-function handler', () => {
    const notify = all().find((e) => e.type === 'NOTIFY') as Effect;
    expect(dispatchEffect(notify, h)).toBe('notified');
    expect(dispatchEffect(null as never, h)).toBeUndefined();
    expect(dispatchEffect('NOTIFY' as never, h)).toBeUndefined();
    expect(dispatchEffect({ type: 1 } as never, { 1: () => 'one' } as never)).toBeUndefined();
    expect(dispatchEffect(notify, null as never)).toBeUndefined();
    expect(dispatchEffect(notify, (() => 'fn') as never)).toBeUndefined();
    expect(dispatchEffect(notify, { NOTIFY: 'not a function' } as never)).toBeUndefined();
    expect(dispatchEffects([notify, null as never], h)).toEqual(['notified', undefined]);
  });

  it('reads only own handlers: an inherited or Object.prototype one is never called', () => {
    const notify = all().find((e) => e.type === 'NOTIFY') as Effect;
    const inherited = Object.create({ NOTIFY: () => 'inherited' });
    expect(dispatchEffect(notify, inherited)).toBeUndefined();
    expect(dispatchEffect({ type: 'toString' } as never, {} as never)).toBeUndefined();
  });

  it('a getter that throws means no handler; the handler’s own throw is the adopter’s', () => {
    const notify = all().find((e) => e.type === 'NOTIFY') as Effect;
    const trap = Object.defineProperty({}, 'type', {
      get() {
        throw new Error('trap');
      },
    });
    expect(dispatchEffect(trap as never, h)).toBeUndefined();
    expect(() =>
      dispatchEffect(notify, {
        NOTIFY: () => {
          throw new Error('adopter');
        },
      } as never),
    ).toThrow('adopter');
  });
});

describe('dispatching a hostile or huge list (decision G10: never throws, bounded time)', () => {
  const h = { NOTIFY: () => 'notified' } as never;
  const notify = (): Effect => all().find((e) => e.type === 'NOTIFY') as Effect;

  it('refuses a list with a hole at once: nothing is called, [] sync and async', async () => {
    let calls = 0;
    const counting = { NOTIFY: () => ++calls } as never;
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const list = [notify(), , notify()] as Effect[];
    expect(dispatchEffects(list, counting)).toEqual([]);
    expect(await dispatchEffectsAsync(list, counting)).toEqual([]);
    const trailing = new Array(3) as Effect[];
    trailing[0] = notify();
    expect(dispatchEffects(trailing, counting)).toEqual([]);
    expect(await dispatchEffectsAsync(trailing, counting)).toEqual([]);
    expect(calls).toBe(0);
    expect(dispatchEffects([notify(), notify()], counting)).toEqual([1, 2]);
  });

  it('an entry whose getter throws is no effect: undefined in its place, no throw', async () => {
    const list = Object.defineProperty([notify(), notify()], 1, {
      get() {
        throw new Error('getter');
      },
    }) as Effect[];
    expect(dispatchEffects(list, h)).toEqual(['notified', undefined]);
    expect(await dispatchEffectsAsync(list, h)).toEqual(['notified', undefined]);
  });

  it('a Proxy of a list whose traps throw gives [] or undefined entries, never a throw', async () => {
    const lengthTrap = new Proxy([notify()], {
      get(t, k) {
        if (k === 'length') throw new Error('length trap');
        return Reflect.get(t, k);
      },
    });
    expect(dispatchEffects(lengthTrap as never, h)).toEqual([]);
    expect(await dispatchEffectsAsync(lengthTrap as never, h)).toEqual([]);
    const hasTrap = new Proxy([notify()], {
      has() {
        throw new Error('has trap');
      },
    });
    expect(dispatchEffects(hasTrap as never, h)).toEqual([]);
    expect(await dispatchEffectsAsync(hasTrap as never, h)).toEqual([]);
  });

  it('awaits only promises: plain answers cost no turn of the event loop', async () => {
    const list = Array.from({ length: 50 }, notify);
    let settled = false;
    void dispatchEffectsAsync(list, h).then(() => {
      settled = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
    // A promise is awaited, in order.
    const order: string[] = [];
    const slow = {
      NOTIFY: async (e: { template: string }) => {
        await new Promise((r) => setTimeout(r, 1));
        order.push(e.template);
        return e.template;
      },
    } as never;
    const two = [notify(), notify()];
    expect(await dispatchEffectsAsync(two, slow)).toEqual(
      two.map((e) => (e as { template: string }).template),
    );
    expect(order).toHaveLength(2);
  });

  it('does not walk a sparse list of length 10⁶: refused at its first hole', async () => {
    const sparse = Object.assign(new Array(1_000_000), { 0: notify() }) as Effect[];
    expect(dispatchEffects(sparse, h)).toEqual([]);
    expect(await dispatchEffectsAsync(sparse, h)).toEqual([]);
  });
});

describe('parseEffect refusals name the path and what was wrong (SPEC §11)', () => {
  it('refuses a non-object, an array, a string, at the root', () => {
    for (const input of [null, [anyEffect()], 'NOTIFY', 7]) {
      expect(details(parseEffect(input))).toEqual([{ path: '', issue: 'invalid_type', expected: 'object' }]);
    }
  });

  it('names the type it does not know, cut at 40 characters, or the type’s type', () => {
    expect(details(parseEffect({ type: 'LAUNCH' }))).toEqual([
      { path: 'type', issue: 'invalid_value', message: 'not an effect type: LAUNCH' },
    ]);
    expect(details(parseEffect({ type: 'X'.repeat(60) }))[0]).toMatchObject({
      message: `not an effect type: ${'X'.repeat(40)}`,
    });
    expect(details(parseEffect({ type: 7 }))[0]).toMatchObject({ message: 'not an effect type: number' });
    const inherited = Object.assign(Object.create({ type: 'NOTIFY' }), { machine: 'request' });
    expect(details(parseEffect(inherited))[0]).toMatchObject({
      path: 'type',
      message: 'not an effect type: undefined',
    });
  });

  it('says which machine never produces the type (SPEC §11)', () => {
    const del = all().find((e) => e.type === 'DELETE_MAILBOX');
    expect(details(parseEffect({ ...del, machine: 'request' }))).toEqual([
      { path: 'type', issue: 'invalid_value', message: 'the request machine produces no DELETE_MAILBOX' },
    ]);
    const create = requestRun().effects.find((e) => e.type === 'CREATE_MAILBOX');
    expect(details(parseEffect({ ...create, machine: 'account' }))).toEqual([
      { path: 'type', issue: 'invalid_value', message: 'the account machine produces no CREATE_MAILBOX' },
    ]);
  });
});

describe('parseEffect loads every holder a CREATE_MAILBOX may carry (8.1-9)', () => {
  it('staff, external and contractor load back; another holder is refused at its path', () => {
    const create = requestRun().effects.find((e) => e.type === 'CREATE_MAILBOX');
    for (const holder of ['staff', 'external', 'contractor']) {
      expect(parseEffect({ ...create, holder })._unsafeUnwrap()).toEqual({ ...create, holder });
    }
    expect(
      details(parseEffect({ ...create, holder: 'intern' })).map((d) => (d as { path: string }).path),
    ).toEqual(['holder']);
  });
});

describe('the account a request opens, refusal by refusal (8.1-9, 8.2-6)', () => {
  const creation = () => {
    const run = requestRun();
    const mailbox = run.effects.find((e) => e.type === 'CREATE_MAILBOX');
    if (mailbox === undefined || mailbox.type !== 'CREATE_MAILBOX') throw new Error('no CREATE_MAILBOX');
    return { run, completed: run.states.at(-1), mailbox };
  };
  const custom = (path: string, message: string) => ({ path, issue: 'custom', message });

  it('accountIdFor answers null for what is not a request state', () => {
    expect(accountIdFor({} as never)).toBeNull();
    expect(accountIdFor(null as never)).toBeNull();
  });

  it('opens the account with every field of CREATE_MAILBOX, and the actor given (8.1-9)', () => {
    const { completed, mailbox } = creation();
    const actor = { role: 'mail-officer', id: 'ana' } as const;
    const t = openAccountFromRequest(completed, mailbox, actor)._unsafeUnwrap();
    expect(t.state).toMatchObject({
      id: completed?.id,
      username: mailbox.username,
      department: mailbox.department,
      holder: mailbox.holder,
      createdOn: mailbox.createdOn,
      expiresOn: mailbox.expiresOn,
      internet: mailbox.internet,
    });
    expect(t.log.actor).toEqual(actor);
  });

  it('opens from the state PROVISION left (awaitingResguardo), whose version is the effect’s (8.1-9)', () => {
    const { run, mailbox } = creation();
    const provisioned = run.states.find((s) => s.status === 'awaitingResguardo');
    expect(provisioned?.version).toBe(mailbox.version);
    expect(openAccountFromRequest(provisioned, mailbox).isOk()).toBe(true);
  });

  it('refuses an effect newer than the request state, and a request not yet provisioned (8.1-9)', () => {
    const { run, completed, mailbox } = creation();
    expect(
      details(openAccountFromRequest(completed, { ...mailbox, version: (completed?.version ?? 0) + 1 })),
    ).toEqual([custom('effect.version', 'the effect is newer than the request state')]);
    const approved = run.states.find((s) => s.status === 'readyToProvision');
    expect(details(openAccountFromRequest(approved, { ...mailbox, version: 1 }))).toEqual([
      custom('request.status', 'the request has not been provisioned'),
      custom('effect.username', 'the request provisioned another username'),
    ]);
  });

  it('refuses another request’s effect, a stale username, with their messages (8.1-9)', () => {
    const { completed, mailbox } = creation();
    expect(details(openAccountFromRequest(completed, { ...mailbox, subject: 'OTRO' }))).toEqual([
      custom('effect.subject', `not an effect of request ${completed?.id}`),
    ]);
    expect(details(openAccountFromRequest(completed, { ...mailbox, username: 'PERLAHX' }))).toEqual([
      custom('effect.username', 'the request provisioned another username'),
    ]);
  });

  it('refuses another effect type of the same request, and a transfer, every problem at once (8.2-6)', () => {
    const { completed, run } = creation();
    const resguardo = run.effects.find((e) => e.type === 'ISSUE_RESGUARDO');
    expect(details(openAccountFromRequest(completed, resguardo))).toEqual([
      custom('effect.type', 'expected the request machine’s CREATE_MAILBOX effect'),
    ]);
    const transferRun = requestRun(form({ kind: 'transfer', previousArea: 'Compras' }));
    const issue = transferRun.effects.find((e) => e.type === 'ISSUE_RESGUARDO');
    expect(details(openAccountFromRequest(transferRun.states.at(-1), issue))).toEqual([
      custom('effect.type', 'expected the request machine’s CREATE_MAILBOX effect'),
      custom('request.form.kind', 'a transfer moves an existing account'),
    ]);
  });

  it('refuses a bad request alone, and another effect for another username only for its type (8.1-9)', () => {
    const { completed, mailbox, run } = creation();
    expect(
      details(openAccountFromRequest({ ...completed, id: 7 }, mailbox)).map(
        (d) => (d as { path: string }).path,
      ),
    ).toEqual(['request.id']);
    const resguardo = run.effects.find((e) => e.type === 'ISSUE_RESGUARDO');
    expect(details(openAccountFromRequest(completed, { ...resguardo, username: 'OTRO' }))).toEqual([
      custom('effect.type', 'expected the request machine’s CREATE_MAILBOX effect'),
    ]);
  });

  it('a request that becomes unreadable on its second reading is refused under its name', () => {
    const { completed, mailbox } = creation();
    let reads = 0;
    const flaky = Object.defineProperty({ ...completed }, 'id', {
      enumerable: true,
      get() {
        reads++;
        if (reads > 1) throw new Error('gone');
        return completed?.id;
      },
    });
    expect(details(openAccountFromRequest(flaky, mailbox))).toEqual([
      { issues: ['(root): unreadable input'], path: 'request' },
    ]);
  });

  it('puts each input’s problems under its name: request.…, effect, request (8.1-9)', () => {
    const { completed, mailbox } = creation();
    const r = openAccountFromRequest({ ...completed, id: 7 }, null)._unsafeUnwrapErr();
    expect(r.map((v) => v.details?.path)).toEqual(['request.id', 'effect']);
    expect(r[1]?.details).toEqual({ path: 'effect', issue: 'invalid_type', expected: 'object' });
    const c = cyclic();
    // The outer guard refuses it before parseRequestState sees it: no path, the reason at the root.
    expect(details(openAccountFromRequest(c, mailbox))).toEqual([{ issues: ['(root): cyclic'] }]);
    expect(details(openAccountFromRequest(completed, c))).toEqual([{ issues: ['(root): cyclic'] }]);
  });
});

describe('the guards of the effects functions (SPEC §0)', () => {
  it('refuses a cyclic request, even with a creation form, and a cyclic effect, at the root', () => {
    const request = cyclic({ id: 'SOL-1', form: { kind: 'creation' } });
    expect(accountIdFor(request as never)).toBeNull();
    const effect = cyclic(anyEffect());
    expect(details(parseEffect(effect))).toEqual([{ issues: ['(root): cyclic'] }]);
  });
});
