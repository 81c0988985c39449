import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { openAccount, parseAccountState } from '../../src/lifecycle/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { lifeArb, openInputArb } from '../../src/testing/account.js';

const kiritimati = definePolicy({ timeZone: 'Pacific/Kiritimati' })._unsafeUnwrap();

describe('the account arbitraries at the end of the calendar (issue 12)', () => {
  test.prop([openInputArb({ from: '9999-10-01', to: '9999-12-31' })])(
    'give openAccount inputs it accepts up to 9999-12-31 (4.10, 4.29)',
    (input) => {
      expect(openAccount(input).isOk()).toBe(true);
    },
  );

  test.prop([openInputArb({ from: '9999-12-31', to: '9999-12-31' })], { numRuns: 30 })(
    'open a staff account on the last day, where no later expiry exists (4.10, 4.29)',
    (input) => {
      expect(input.holder).toBe('staff');
      expect(openAccount(input).isOk()).toBe(true);
    },
  );

  test.prop([lifeArb({ from: '9999-10-01', to: '9999-12-31', policy: kiritimati })], { numRuns: 50 })(
    'live lives whose every state parses, near 9999-12-31 at UTC+14 (SPEC §11)',
    (life) => {
      for (const a of life.applied) {
        expect(parseAccountState(JSON.parse(JSON.stringify(a.after))).isOk()).toBe(true);
      }
    },
  );
});
