import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { SESEQ_POLICY } from '../../src/policy/policy.js';

describe('SESEQ_POLICY', () => {
  it('holds the defaults of U430-DP-P09 Rev. A (SPEC §2)', () => {
    expect(SESEQ_POLICY.domain).toBe('seseqro.gob.mx'); // 3.0
    expect(SESEQ_POLICY.mailboxSeatsPerDepartment).toBe(2); // 4.9
    expect(SESEQ_POLICY.internetExitsPerDepartment).toBe(2); // 4.13, 8.1-5/6: the cap is 2
    expect(SESEQ_POLICY.alwaysAllowedSites).toEqual(['seseq.gob.mx', 'salud.gob.mx']); // 4.13
    expect(SESEQ_POLICY.inactivityThreshold).toEqual({ months: 3 }); // 4.19 over F01's "un mes"
    expect(SESEQ_POLICY.inactivityReviewEvery).toEqual({ months: 4 }); // 8.3-1
    expect(SESEQ_POLICY.offboardingGraceDays).toBe(15); // 4.22
    expect(SESEQ_POLICY.cancellationNoticeDays).toBe(2); // 4.24
    expect(SESEQ_POLICY.bossNoticeDeadlineDays).toBe(15); // 4.23
    expect(SESEQ_POLICY.quotaWarningRatio).toBe(0.9); // 5.4.8
    expect(SESEQ_POLICY.contingencyDrillEvery).toEqual({ months: 12 }); // 5.4.12
    expect(SESEQ_POLICY.commonFirstNames).toEqual(['JOSE', 'MARIA']); // 5.4.3
    expect(SESEQ_POLICY.reservedUsernames).toEqual(
      expect.arrayContaining(['POSTMASTER', 'ABUSE', 'ADMIN', 'TODOS']),
    );
    expect(SESEQ_POLICY.timeZone).toBe('America/Mexico_City');
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(SESEQ_POLICY)).toBe(true);
    expect(Object.isFrozen(SESEQ_POLICY.commonFirstNames)).toBe(true);
    expect(Object.isFrozen(SESEQ_POLICY.inactivityThreshold)).toBe(true);
    expect(() => {
      (SESEQ_POLICY as { domain: string }).domain = 'x';
    }).toThrow();
  });
});

describe('definePolicy', () => {
  it('returns the defaults for no overrides', () => {
    expect(definePolicy({})._unsafeUnwrap()).toEqual(SESEQ_POLICY);
    expect(definePolicy(undefined)._unsafeUnwrap()).toEqual(SESEQ_POLICY);
  });

  it('applies valid overrides and leaves the rest', () => {
    const p = definePolicy({
      internetExitsPerDepartment: 3,
      inactivityThreshold: { months: 1 },
    })._unsafeUnwrap();
    expect(p.internetExitsPerDepartment).toBe(3);
    expect(p.inactivityThreshold).toEqual({ months: 1 });
    expect(p.offboardingGraceDays).toBe(15);
    expect(Object.isFrozen(p)).toBe(true);
    expect(SESEQ_POLICY.internetExitsPerDepartment).toBe(2);
  });

  it('refuses unknown keys, wrong types and negative caps, every problem at once with its path', () => {
    const r = definePolicy({ internetExitsPerDepartment: -1, offboardingGraceDays: 'quince', colour: 'red' });
    const problems = r._unsafeUnwrapErr();
    expect(problems.every((v) => v.code === 'INVALID_POLICY')).toBe(true);
    const paths = problems.map((v) => v.details?.path);
    expect(paths).toEqual(expect.arrayContaining(['internetExitsPerDepartment', 'offboardingGraceDays']));
    expect(problems.some((v) => String(v.details?.message).includes('colour'))).toBe(true);
  });

  it("holds the compound surnames of SPEC §12 and takes an institution's own, normalised (5.4.3, §12)", () => {
    const spec = [
      'Ponce de León',
      'Montes de Oca',
      'Díaz de León',
      'Fernández de Lara',
      'Ruiz de Velasco',
      'Pérez de Tagle',
      'Sánchez de Tagle',
      'Martínez de la Torre',
      'Gómez de la Cortina',
      'Ortiz de Montellano',
      'Díaz de la Vega',
      'Ruiz de Chávez',
      'Fernández de Córdoba',
      'Suárez del Real',
      'Vázquez de Mercado',
    ];
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    expect(SESEQ_POLICY.compoundSurnames).toEqual(expect.arrayContaining(spec.map(fold)));
    const own = [...SESEQ_POLICY.compoundSurnames, 'GARCIA DE ALBA'];
    expect(definePolicy({ compoundSurnames: own })._unsafeUnwrap().compoundSurnames).toEqual(own);
    for (const bad of ['Ponce de León', 'PONCE', 'PONCE  DE LEON', ' PONCE DE LEON', 'A'.repeat(101)]) {
      expect(definePolicy({ compoundSurnames: [bad] })._unsafeUnwrapErr()[0]).toMatchObject({
        code: 'INVALID_POLICY',
      });
    }
  });

  it('refuses an invalid time zone and an invalid domain', () => {
    expect(definePolicy({ timeZone: 'Mars/Olympus' })._unsafeUnwrapErr()[0]?.details?.path).toBe('timeZone');
    expect(definePolicy({ domain: 'not a domain' })._unsafeUnwrapErr()[0]?.details?.path).toBe('domain');
    expect(definePolicy({ domain: 'salud.queretaro.gob.mx', timeZone: 'UTC' }).isOk()).toBe(true);
  });

  it('keeps a "__proto__" seat exception as plain data (no prototype pollution)', () => {
    const input = JSON.parse('{"seatExceptions": {"__proto__": 5, "Urgencias": 4}}');
    const p = definePolicy(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (p.isOk()) {
      expect(Object.getPrototypeOf(p.value.seatExceptions)).toBeNull();
      expect(p.value.seatExceptions.Urgencias).toBe(4);
    }
    const polluting = JSON.parse('{"__proto__": {"polluted": true}}');
    expect(definePolicy(polluting).isErr()).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.prop([fc.anything()])('never throws on any input', (input) => {
    const r = definePolicy(input);
    expect(r.isOk() || r.isErr()).toBe(true);
  });
});
