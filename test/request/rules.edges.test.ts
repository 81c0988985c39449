import { describe, expect, it } from 'vitest';
import { parseAccountRequest } from '../../src/request/index.js';
import { form } from '../arbitraries/request.js';

// The F01 rules of src/request/rules.ts at their edges: each breach with its code, clause, path
// and reason, and a field of the wrong type left to the shape's own issue.

/** `code clause path: why` of each violation of `x` ([] when the form is read). */
const says = (x: unknown): string[] =>
  parseAccountRequest(x).match(
    () => [],
    (vs) =>
      vs.map((v) => `${v.code} ${v.clause} ${v.details?.path}: ${v.details?.message ?? v.details?.issue}`),
  );

describe('the F01 rules name each breach and why (F01, 4.11)', () => {
  it('a transfer names the previous area: missing, blank or null (MISSING_PREVIOUS_AREA, F01)', () => {
    const missing = 'MISSING_PREVIOUS_AREA F01 previousArea: a transfer names the previous area';
    expect(says(form({ kind: 'transfer' }))).toEqual([missing]);
    expect(says(form({ kind: 'transfer', previousArea: ' \t' }))).toEqual([missing]);
    expect(says(form({ kind: 'transfer', previousArea: null as never }))).toEqual([
      'INVALID_INPUT null previousArea: invalid_type',
      missing,
    ]);
    // A number is the shape's to refuse: it is not blank.
    expect(says(form({ kind: 'transfer', previousArea: 7 as never }))).toEqual([
      'INVALID_INPUT null previousArea: invalid_type',
    ]);
    expect(says(form({ kind: 'transfer', previousArea: 'Almacén' }))).toEqual([]);
  });

  it('a temporary account gives its expiry, after the request date; a fixed one none (F01)', () => {
    expect(says(form({ condition: 'temporary' }))).toEqual([
      'MISSING_EXPIRY F01 expiresOn: a temporary account gives its expiry date',
    ]);
    expect(says(form({ condition: 'temporary', expiresOn: '2026-11-30' }))).toEqual([
      'EXPIRY_NOT_AFTER_REQUEST F01 expiresOn: the expiry date comes after the request date',
    ]);
    expect(says(form({ condition: 'temporary', expiresOn: '2026-12-01' }))).toEqual([]);
    // A malformed date on either side is the shape's issue alone, not compared.
    expect(says(form({ condition: 'temporary', expiresOn: '2027-01-01', requestedOn: 'x' }))).toEqual([
      'INVALID_INPUT null requestedOn: expected YYYY-MM-DD',
    ]);
    expect(says(form({ condition: 'temporary', expiresOn: '2026-02-30' }))).toEqual([
      'INVALID_INPUT null expiresOn: expected YYYY-MM-DD',
    ]);
    expect(says(form({ expiresOn: '2027-01-01' }))).toEqual([
      'INVALID_INPUT F01 expiresOn: a fixed account has no expiry date',
    ]);
    // null is missing where a value is needed (both reports), and no expiry on a fixed account
    // (the shape's report alone).
    expect(says(form({ condition: 'temporary', expiresOn: null as never }))).toEqual([
      'INVALID_INPUT null expiresOn: invalid_type',
      'MISSING_EXPIRY F01 expiresOn: a temporary account gives its expiry date',
    ]);
    expect(says(form({ expiresOn: null as never }))).toEqual(['INVALID_INPUT null expiresOn: invalid_type']);
    // A condition that is neither is the shape's to refuse, whatever the expiry.
    expect(says(form({ condition: 'permanent' as never, expiresOn: '2027-01-01' }))).toEqual([
      'INVALID_INPUT null condition: invalid_value',
    ]);
  });

  it('a request without a mailbox asks for internet, and is no transfer (4.11)', () => {
    expect(says(form({ mailbox: false, internet: { requested: false } }))).toEqual([
      'INVALID_INPUT 4.11 mailbox: a request asks for a mailbox, internet or both',
    ]);
    expect(says(form({ mailbox: false, kind: 'transfer', previousArea: 'Almacén' }))).toEqual([
      'INVALID_INPUT 4.11 mailbox: a transfer moves a mailbox: it cannot be for internet alone',
    ]);
    expect(says(form({ mailbox: false }))).toEqual([]);
    expect(says(form({ mailbox: true, internet: { requested: false } }))).toEqual([]);
    // Internet of the wrong type is the shape's issue alone.
    expect(says(form({ mailbox: false, internet: null as never }))).toEqual([
      'INVALID_INPUT null internet: invalid_type',
    ]);
  });

  it('an internet request is justified: missing or blank, not of another type (MISSING_INTERNET_JUSTIFICATION, 4.11)', () => {
    const unjustified =
      'MISSING_INTERNET_JUSTIFICATION 4.11 internet.justification: an internet request is fully justified';
    expect(says(form({ internet: { requested: true } }))).toEqual([unjustified]);
    expect(says(form({ internet: { requested: true, justification: '  ' } }))).toEqual([unjustified]);
    expect(says(form({ internet: { requested: true, justification: 5 as never } }))).toEqual([
      'INVALID_INPUT null internet.justification: invalid_type',
    ]);
    expect(says(form({ internet: { requested: false, justification: '' } }))).toEqual([]);
    expect(says(form({ internet: { requested: 'yes' as never } }))).toEqual([
      'INVALID_INPUT null internet.requested: invalid_type',
    ]);
  });

  it('refuses what is not an object by its shape alone (F01)', () => {
    for (const x of [null, 'F01', 7]) {
      expect(says(x)).toEqual(['INVALID_INPUT null : invalid_type']);
    }
  });
});
