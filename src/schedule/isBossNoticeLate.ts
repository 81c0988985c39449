import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { daysBetween } from '../_internal/plainDate.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { plainDateArg } from './_args.js';
import type { BossNoticeCheck } from './types.js';

/**
 * Whether a boss reported a baja late.
 *
 * The boss must tell the IT area "de manera inmediata (menos de 15 días)" (4.23): a notice
 * `bossNoticeDeadlineDays` (15) or more days after the baja is late. Baja 2026-12-01: a notice
 * on 2026-12-15 (14 days) is on time, on 2026-12-16 (15 days) late (SPEC §7, **Decision**). A
 * baja announced before it happens (negative days) is on time.
 *
 * @param bajaOn - the baja date
 * @param noticeOn - the day the IT area was told
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns whether it is late and by how many days, or `INVALID_DATE` / `INVALID_POLICY`
 *
 * @example
 * isBossNoticeLate('2026-12-01', '2026-12-16')
 * //=> ok({ late: true, days: 15, clause: '4.23' })
 */
export function isBossNoticeLate(
  bajaOn: unknown,
  noticeOn: unknown,
  policy?: Policy,
): Result<BossNoticeCheck, Violation> {
  return guard([bajaOn, noticeOn, policy], () => isBossNoticeLateUnguarded(bajaOn, noticeOn, policy), refuse);
}

function isBossNoticeLateUnguarded(
  bajaOn: unknown,
  noticeOn: unknown,
  policy?: Policy,
): Result<BossNoticeCheck, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const baja = plainDateArg(bajaOn, 'bajaOn');
  if (baja.isErr()) return err(baja.error);
  const notice = plainDateArg(noticeOn, 'noticeOn');
  if (notice.isErr()) return err(notice.error);
  return ok(bossNotice(baja.value, notice.value, p.value));
}

/** @internal {@link isBossNoticeLate} on valid dates and policy. */
export function bossNotice(bajaOn: string, noticeOn: string, policy: Policy): BossNoticeCheck {
  const days = daysBetween(bajaOn, noticeOn);
  return { late: days >= policy.bossNoticeDeadlineDays, days, clause: '4.23' };
}
