import { describe, expect, it } from 'vitest';
import { toEmail } from '../../src/names/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { cyclic } from '../_hostile.js';

// From the survivors of `MUTATE=names npx stryker run --mutate src/names/toEmail.ts` (issue 12):
// toEmail answers '' for what it cannot read, never a throw, never an address built from a
// non-string or a policy that did not pass the gate.
describe('toEmail at its edges (5.4.3, SPEC §0)', () => {
  it('writes the address in lower case on the policy’s domain', () => {
    expect(toEmail('SOLEDADRT')).toBe('soledadrt@seseqro.gob.mx');
    const p = definePolicy({ domain: 'salud.qro.gob.mx' })._unsafeUnwrap();
    expect(toEmail('PerlaHL', p)).toBe('perlahl@salud.qro.gob.mx');
  });

  it('answers "" for a username that is not a string, even one that looks like one', () => {
    expect(toEmail(42 as never)).toBe('');
    expect(toEmail({ toLowerCase: () => 'mallory' } as never)).toBe('');
  });

  it('answers "" for a policy that did not pass the gate (G7), a cyclic one included', () => {
    expect(toEmail('SOLEDADRT', {} as never)).toBe('');
    expect(toEmail('SOLEDADRT', { domain: 'evil.example' } as never)).toBe('');
    expect(toEmail('SOLEDADRT', cyclic() as never)).toBe('');
  });
});
