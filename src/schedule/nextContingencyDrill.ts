import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { addMonths } from '../_internal/plainDate.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { inRange, plainDateArg } from './_args.js';
import type { ContingencyDrillDate } from './types.js';

/**
 * The day of the next contingency drill.
 *
 * "Programar una vez al año un simulacro para examinar la efectividad del Plan de
 * Contingencia" (5.4.12): the last drill plus `policy.contingencyDrillEvery` (12 months), with
 * end-of-month clamping (a drill on 2028-02-29 is next due on 2029-02-28).
 *
 * @param lastOn - the day of the last drill
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * nextContingencyDrill('2028-02-29')
 * //=> ok({ lastOn: '2028-02-29', nextOn: '2029-02-28', clause: '5.4.12' })
 */
export function nextContingencyDrill(
  lastOn: unknown,
  policy?: Policy,
): Result<ContingencyDrillDate, Violation> {
  return guard([lastOn, policy], () => nextContingencyDrillUnguarded(lastOn, policy), refuse);
}

function nextContingencyDrillUnguarded(
  lastOn: unknown,
  policy?: Policy,
): Result<ContingencyDrillDate, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const last = plainDateArg(lastOn, 'lastOn');
  if (last.isErr()) return err(last.error);
  const next = inRange(addMonths(last.value, p.value.contingencyDrillEvery.months), 'nextOn');
  if (next.isErr()) return err(next.error);
  return ok({ lastOn: last.value, nextOn: next.value, clause: '5.4.12' });
}
