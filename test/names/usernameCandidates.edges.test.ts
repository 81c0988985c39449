import { describe, expect, it } from 'vitest';
import { usernameCandidates } from '../../src/names/index.js';
import type { PersonName } from '../../src/names/types.js';
import { firstRule, ruleCandidates } from '../../src/names/usernameCandidates.js';
import { cyclic } from '../_hostile.js';

// Written from the survivors of `MUTATE=names npx stryker run`: names of the wrong shape
// reach usernameCandidates from outside (SPEC §0), so each odd field has its exact outcome.

const of = (name: unknown, policy?: unknown) => usernameCandidates(name as never, policy as never);
const c = (username: string, rule: string) => ({ username, rule, clause: '5.4.3' });

describe('usernameCandidates at its edges (5.4.3, SPEC §3.2)', () => {
  it('has no candidate without a given name, an empty first given name included', () => {
    expect(of({ givenNames: [''], paternalSurname: 'PEREZ', maternalSurname: 'LOPEZ' })).toEqual([]);
    expect(of({ givenNames: [''], paternalSurname: 'PEREZ', maternalSurname: null })).toEqual([]);
  });

  it('has no candidate when the only surname is empty', () => {
    expect(of({ givenNames: ['ANA'], paternalSurname: '', maternalSurname: null })).toEqual([]);
  });

  it('reads an empty second given name as none: primary, not common-first-name (5.4.3)', () => {
    expect(of({ givenNames: ['JOSE', ''], paternalSurname: 'PEREZ', maternalSurname: 'LOPEZ' })).toEqual([
      c('JOSEPL', 'primary'),
      c('JPEREZL', 'collision'),
    ]);
  });

  it('reads an empty second given name as none: one-given-one-surname (5.4.3)', () => {
    expect(of({ givenNames: ['ANA', ''], paternalSurname: 'LUNA', maternalSurname: null })).toEqual([
      c('ANALU', 'one-given-one-surname'),
      c('ALUNA', 'collision'),
    ]);
  });

  it('leaves out given names and surnames that are not strings', () => {
    expect(of({ givenNames: [5, 'ANA'], paternalSurname: 'LUNA', maternalSurname: 'LOPEZ' })).toEqual([
      c('ANALL', 'primary'),
      c('ALUNAL', 'collision'),
    ]);
    expect(of({ givenNames: ['ANA'], paternalSurname: 5, maternalSurname: 'LOPEZ' })).toEqual([
      c('ANALO', 'one-given-one-surname'),
      c('ALOPEZ', 'collision'),
    ]);
    expect(of({ givenNames: ['ANA'], paternalSurname: 'LUNA', maternalSurname: 5 })).toEqual([
      c('ANALU', 'one-given-one-surname'),
      c('ALUNA', 'collision'),
    ]);
  });

  it('has no candidate for a name that is not a plain object with an array of given names', () => {
    const fn = Object.assign(() => null, {
      givenNames: ['ANA'],
      paternalSurname: 'LUNA',
      maternalSurname: null,
    });
    expect(of(fn)).toEqual([]);
    const arrayLike = {
      givenNames: { filter: () => ['ANA'] },
      paternalSurname: 'LUNA',
      maternalSurname: null,
    };
    expect(of(arrayLike)).toEqual([]);
    expect(of(null)).toEqual([]);
  });

  it('has no candidate for a cyclic name or a refused policy (SPEC §0)', () => {
    expect(of(cyclic({ givenNames: ['ANA'], paternalSurname: 'LUNA', maternalSurname: null }))).toEqual([]);
    expect(of({ givenNames: ['ANA'], paternalSurname: 'LUNA', maternalSurname: null }, null)).toEqual([]);
  });

  it('keeps a candidate of exactly 64 characters and leaves out one of 65 (RFC 5321, 5.4.3)', () => {
    expect(of({ givenNames: ['A'.repeat(62)], paternalSurname: 'LUNA', maternalSurname: 'LOPEZ' })).toEqual([
      c(`${'A'.repeat(62)}LL`, 'primary'),
      c('ALUNAL', 'collision'),
    ]);
    expect(of({ givenNames: ['A'.repeat(63)], paternalSurname: 'LUNA', maternalSurname: 'LOPEZ' })).toEqual([
      c('ALUNAL', 'collision'),
    ]);
    expect(of({ givenNames: ['ANA'], paternalSurname: 'L'.repeat(62), maternalSurname: 'LOPEZ' })).toEqual([
      c('ANALL', 'primary'),
      c(`A${'L'.repeat(62)}L`, 'collision'),
    ]);
  });
});

describe('firstRule and ruleCandidates without a given name or a surname (@internal, SPEC §3.2)', () => {
  const name = (givenNames: string[], p: string | null, m: string | null): PersonName => ({
    givenNames,
    paternalSurname: p,
    maternalSurname: m,
  });

  it('has no first rule and no candidates without a given name', () => {
    expect(firstRule(name([], 'PEREZ', 'LOPEZ'), ['JOSE'])).toBeNull();
    expect(firstRule(name([], 'PEREZ', null), ['JOSE'])).toBeNull();
    expect(firstRule(name([''], 'PEREZ', null), ['JOSE'])).toBeNull();
    expect(ruleCandidates(name([], 'PEREZ', 'LOPEZ'), ['JOSE'])).toEqual([]);
  });

  it('has no first rule and no candidates without a surname', () => {
    expect(firstRule(name(['ANA'], null, null), ['JOSE'])).toBeNull();
    expect(ruleCandidates(name(['ANA', 'EVA'], null, null), ['JOSE'])).toEqual([]);
  });
});
