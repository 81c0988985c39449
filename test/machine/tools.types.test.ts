import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Effect } from '../../src/effects/index.js';
import {
  ACCOUNT_MACHINE,
  type AccountLogEntry,
  accountEventSchema,
  accountStateSchema,
} from '../../src/lifecycle/index.js';
import { type AnyMachineTable, defineMachine, toMarkdownTable, toMermaid } from '../../src/machine/index.js';
import {
  createRequest,
  REQUEST_MACHINE,
  type RequestLogEntry,
  requestEventSchema,
  requestStateSchema,
} from '../../src/request/index.js';
import { BOSS, FORM } from '../arbitraries/request.js';

// Compiled by `tsc` (strict, exactOptionalPropertyTypes): a cast here would hide the defect.
describe('the machine tools take every exported machine, without casts (issue 9)', () => {
  it('draws and tabulates both machines and compiles them again', () => {
    expect(toMermaid(REQUEST_MACHINE)).toMatch(/^stateDiagram-v2/);
    expect(toMermaid(ACCOUNT_MACHINE)).toMatch(/^stateDiagram-v2/);
    expect(toMarkdownTable(REQUEST_MACHINE, 'es-MX')).toContain('| desde |');
    expect(toMarkdownTable(ACCOUNT_MACHINE)).toContain('| from |');
    const tables: readonly AnyMachineTable[] = [REQUEST_MACHINE, ACCOUNT_MACHINE];
    expect(tables.map((t) => t.name)).toEqual(['request', 'account']);
    const request = defineMachine(REQUEST_MACHINE, { state: requestStateSchema, event: requestEventSchema });
    const account = defineMachine(ACCOUNT_MACHINE, { state: accountStateSchema, event: accountEventSchema });
    expect([request.table.name, account.table.name]).toEqual(['request', 'account']);
  });

  it('types each log per machine, so event.type narrows', () => {
    const created = createRequest(FORM, '2026-11-30T09:00:00-06:00', BOSS);
    if (created.isErr()) throw new Error('refused');
    const entry: RequestLogEntry = created.value.log;
    const form = entry.event.type === 'CREATE' ? entry.event.form.folio : null;
    expect(form).toBe(FORM.folio);
    expectTypeOf<Extract<AccountLogEntry['event'], { type: 'OFFBOARD' }>>().toHaveProperty('bajaOn');
    expectTypeOf<Extract<RequestLogEntry['event'], { type: 'APPROVE' }>>().toHaveProperty('seatsInUse');
    expectTypeOf<Effect['machine']>().toEqualTypeOf<'request' | 'account'>();
    expectTypeOf<Extract<Effect, { type: 'CREATE_MAILBOX' }>['machine']>().toEqualTypeOf<'request'>();
  });
});
